import PayseraCheckout

/// A form field, named by the API's own dotted path so server errors land on the right field.
public enum FieldPath: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case orderID = "order_id"
    case reference = "purchase.reference"
    case currency = "purchase.currency"
    case amount = "purchase.amount"
    case name
    case language = "experience.language"
    case paymentFlow = "experience.payment_flow"
    case lifetime
    case methodKey = "payment_details.key"
    case purpose = "payment_details.purpose"
    case countryCode = "payment_details.country_code"
    case payerName = "payer_information.name"
    case payerEmail = "payer_information.email"
    case metadata
    case successURL = "redirect_urls.success_url"
    case failureURL = "redirect_urls.failure_url"
    case cancelURL = "redirect_urls.cancel_url"
    case callbackURL = "redirect_urls.callback_url"

    /// The order's addresses: where the payer's browser goes back to, and where webhooks go.
    public static let orderURLs: [FieldPath] = [.successURL, .failureURL, .cancelURL, .callbackURL]

    /// The label a person reads beside the field, in English.
    public var label: String { English.label(self) }

    /// The label in a language.
    public func label(in language: UILanguage) -> String { language.text(.label(self)) }

    /// Form order: the order in which fields are shown and errors are listed.
    public static func < (a: FieldPath, b: FieldPath) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A refused field value: which field, and a sentence a shop assistant understands.
public struct FieldError: Error, Hashable, Sendable, CustomStringConvertible {
    public var field: FieldPath
    /// The sentence, in the language it was made for (English unless told).
    public var message: String
    /// What the sentence says, so it can be said in another language.
    public var reason: Message
    public init(_ field: FieldPath, _ message: String) {
        self.field = field
        self.message = message
        reason = .verbatim(message)
    }
    public init(_ field: FieldPath, _ reason: Message, in language: UILanguage = .en) {
        self.field = field
        self.reason = reason
        message = language.text(reason)
    }
    /// The sentence in a language.
    public func message(in language: UILanguage) -> String { language.text(reason) }
    public var description: String { "\(field.rawValue): \(message)" }
}

/// Every refused field of a draft at once, in form order.
public struct ValidationErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [FieldPath: String]
    public init(_ errors: [FieldPath: String]) { self.errors = errors }
    public var ordered: [FieldError] { errors.keys.sorted().map { FieldError($0, errors[$0]!) } }
    public var description: String { ordered.map(\.description).joined(separator: "\n") }
}
