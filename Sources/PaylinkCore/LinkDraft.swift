import PayseraCheckout

/// Everything a person types to make one payment link, kept as typed.
public struct LinkDraft: Sendable, Hashable, Codable {
    /// Whether the link goes on an existing order or a new one made first.
    public enum OrderMode: String, Sendable, Hashable, Codable, CaseIterable {
        case existing, new
    }

    public var orderMode: OrderMode = .new
    public var orderID: String = ""
    public var reference: String = ""
    public var currency: String = "EUR"
    /// Major units as typed: "25.00", "25,5", "1000".
    public var amount: String = ""
    public var name: String = ""
    public var language: String = ""
    public var paymentFlow: String = "paysera_checkout"
    /// As typed: "259200", "90m", "3d", "1d12h", "never"; empty means the API default (3 days).
    public var lifetime: String = "3d"
    public var methodKey: String = ""
    public var purpose: String = ""
    public var countryCode: String = ""
    public var payerName: String = ""
    public var payerEmail: String = ""
    /// `key=value` entries separated by `;` or new lines.
    public var metadata: String = ""
    /// The new order's addresses as typed; nil (or empty) leaves them out. Optional so older saved drafts still load.
    public var successURL: String?
    public var failureURL: String?
    public var cancelURL: String?
    public var callbackURL: String?

    public init() {}

    /// The text of one field.
    public func value(of field: FieldPath) -> String {
        switch field {
        case .orderID: orderID
        case .reference: reference
        case .currency: currency
        case .amount: amount
        case .name: name
        case .language: language
        case .paymentFlow: paymentFlow
        case .lifetime: lifetime
        case .methodKey: methodKey
        case .purpose: purpose
        case .countryCode: countryCode
        case .payerName: payerName
        case .payerEmail: payerEmail
        case .metadata: metadata
        case .successURL: successURL ?? ""
        case .failureURL: failureURL ?? ""
        case .cancelURL: cancelURL ?? ""
        case .callbackURL: callbackURL ?? ""
        }
    }

    /// Replaces the text of one field.
    public mutating func set(_ field: FieldPath, _ text: String) {
        switch field {
        case .orderID: orderID = text
        case .reference: reference = text
        case .currency: currency = text
        case .amount: amount = text
        case .name: name = text
        case .language: language = text
        case .paymentFlow: paymentFlow = text
        case .lifetime: lifetime = text
        case .methodKey: methodKey = text
        case .purpose: purpose = text
        case .countryCode: countryCode = text
        case .payerName: payerName = text
        case .payerEmail: payerEmail = text
        case .metadata: metadata = text
        case .successURL: successURL = text
        case .failureURL: failureURL = text
        case .cancelURL: cancelURL = text
        case .callbackURL: callbackURL = text
        }
    }

    /// The fields that take part in this draft (order id or reference, by order mode).
    public var activeFields: [FieldPath] {
        FieldPath.allCases.filter { field in
            switch field {
            case .orderID: orderMode == .existing
            case .reference: orderMode == .new
            // An order's addresses belong to the order being made; an existing order keeps its own.
            case .successURL, .failureURL, .cancelURL, .callbackURL: orderMode == .new
            default: true
            }
        }
    }

    /// Whether a field must be filled in for this draft.
    public func isRequired(_ field: FieldPath) -> Bool {
        switch field {
        case .orderID: orderMode == .existing
        case .reference: orderMode == .new
        case .currency, .amount, .name, .language: true
        default: false
        }
    }
}
