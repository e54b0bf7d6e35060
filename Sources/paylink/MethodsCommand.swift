import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PayseraCheckout

/// `paylink methods`: the payment methods the project offers, optionally for an amount and a country.
struct MethodsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "methods", abstract: UILanguage.environment.help(.methodsAbstract))

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
        let filter: MethodFilter
        switch MethodFilter.read(amount: amount, currency: currency, country: country, language: profileOptions.language) {
        case .success(let value): filter = value
        case .failure(let problem): throw CommandFailure(.invalidInput, TerminalText.sanitize(problem.description))
        }
        let context = try await profileOptions.session()
        let methods = try await context.closing {
            try await context.paymentMethods(amount: filter.amount, currency: filter.currency, country: filter.country)
        }
        if json { printJSON(PaymentMethodList(items: methods)) } else { PaymentMethod.lines(methods).forEach(printOut) }
    }
}
