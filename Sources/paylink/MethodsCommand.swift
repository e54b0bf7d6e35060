import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PayseraCheckout

/// `paylink methods`: the payment methods the project offers, optionally for an amount and a country.
struct MethodsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "methods", abstract: "List the payment methods (keys for --method).")

    @OptionGroup var profileOptions: ProfileOptions

    @Option(help: "Only methods that take this amount, in major units (needs --currency).")
    var amount: String?

    @Option(help: "Currency of --amount, ISO 4217.")
    var currency: String?

    @Option(help: "Only methods available in this country, ISO 3166-1 alpha-2.")
    var country: String?

    @Flag(help: "Print the methods as JSON.")
    var json = false

    func run() async throws {
        var minor: Int?
        var code: String?
        if amount != nil || currency != nil {
            guard let amount, let currency else {
                throw CommandFailure(.invalidInput, "purchase.amount: " + profileOptions.language.text(.command(.amountAndCurrencyTogether)))
            }
            code = currency.trimmingCharacters(in: .whitespaces).uppercased()
            switch Money.parse(amount, currency: code!) {
            case .success(let value): minor = value
            case .failure(let error): throw CommandFailure(.invalidInput, error.description)
            }
        }
        var countryCode: String?
        if let country {
            let upper = country.trimmingCharacters(in: .whitespaces).uppercased()
            guard ISOTables.countryName(upper) != nil else {
                throw CommandFailure(.invalidInput, "payment_details.country_code: " + profileOptions.language.text(.command(.countryNotISO(TerminalText.sanitize(country)))))
            }
            countryCode = upper
        }
        let context = try await profileOptions.session()
        let methods = try await context.closing { try await context.paymentMethods(amount: minor, currency: code, country: countryCode) }
        if json {
            printJSON(PaymentMethodList(items: methods))
            return
        }
        PaymentMethod.lines(methods).forEach(printOut)
    }
}
