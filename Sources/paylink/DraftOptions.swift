import ArgumentParser
import PaylinkCore

/// The link's fields as command-line options, shared by `create` and the terminal program.
struct DraftOptions: ParsableArguments {
    @Option(name: .customLong("order-id"), help: "Put the link on this existing order (UUID).")
    var orderID: String?

    @Option(help: "Reference of a new order to make first (1-255 of A-Z a-z 0-9 space _ / ? : ( ) . , ' + -).")
    var reference: String?

    @Option(help: "Currency of the order, ISO 4217 (EUR, USD, JPY …).")
    var currency: String?

    @Option(help: "Amount in major units, e.g. 25.00 (',' or '.' as the decimal separator).")
    var amount: String?

    @Option(name: .customLong("amount-minor"), help: "Amount in minor units, e.g. 2500 for 25.00 EUR.")
    var amountMinor: String?

    @Option(help: "Name of the link, shown to the payer (1-255 characters).")
    var name: String?

    @Option(help: "Language of the payment page, ISO 639-1 (en, lt, de …).")
    var language: String?

    @Option(name: .customLong("payment-flow"), help: "paysera_checkout (default) or direct_payment.")
    var paymentFlow: String?

    @Option(help: "How long the link stays valid: seconds, 90m, 3d, 1d12h or never (default 3d).")
    var lifetime: String?

    @Option(help: "Preselected payment method key (see `paylink methods`).")
    var method: String?

    @Option(help: "Purpose of the payment (up to 255 characters).")
    var purpose: String?

    @Option(help: "Payer's country, ISO 3166-1 alpha-2 (LT, LV, EE …); filters the methods offered.")
    var country: String?

    @Option(name: .customLong("payer-name"), help: "Payer's name (up to 150 characters).")
    var payerName: String?

    @Option(name: .customLong("payer-email"), help: "Payer's e-mail address.")
    var payerEmail: String?

    @Option(name: .customLong("metadata"), help: "A key=value pair kept with the link; repeat for more.")
    var metadata: [String] = []

    @Option(name: .customLong("success-url"), help: "A new order's page the payer returns to after paying (https; http only for loopback).")
    var successURL: String?

    @Option(name: .customLong("failure-url"), help: "A new order's page the payer returns to when the payment fails.")
    var failureURL: String?

    @Option(name: .customLong("cancel-url"), help: "A new order's page the payer returns to without paying.")
    var cancelURL: String?

    @Option(name: .customLong("callback-url"), help: "Where a new order's webhooks are sent (see `paylink listen`).")
    var callbackURL: String?

    /// A draft with the profile's defaults and these options on top.
    func draft(defaults: DraftDefaults) throws(ValidationErrors) -> LinkDraft {
        var draft = defaults.blankDraft
        if let orderID {
            draft.orderMode = .existing
            draft.orderID = orderID
        }
        if let reference {
            draft.orderMode = .new
            draft.reference = reference
        }
        let given: [(FieldPath, String?)] = [
            (.currency, currency), (.amount, amount), (.name, name), (.language, language), (.paymentFlow, paymentFlow),
            (.lifetime, lifetime), (.methodKey, method), (.purpose, purpose), (.countryCode, country),
            (.payerName, payerName), (.payerEmail, payerEmail), (.successURL, successURL), (.failureURL, failureURL),
            (.cancelURL, cancelURL), (.callbackURL, callbackURL),
        ]
        for case (let field, let text?) in given { draft.set(field, text) }
        if !metadata.isEmpty { draft.metadata = metadata.joined(separator: "\n") }
        if amount != nil { try draft.readAmount(in: defaults.uiLanguage) }
        if let amountMinor {
            if amount != nil { throw ValidationErrors([.amount: "Give either --amount or --amount-minor, not both."]) }
            do throws(FieldError) { try draft.setAmount(minorUnits: amountMinor) } catch { throw ValidationErrors([error.field: error.message]) }
        }
        return draft
    }
}
