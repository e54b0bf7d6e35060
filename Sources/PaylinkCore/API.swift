import Foundation
import PayseraCheckout

// Public surface of the core that the other targets build against.

extension LinkDraft {
    /// Every refused field with its message; empty when the draft can be sent.
    public func validate() -> [FieldPath: String] { [:] }

    /// The link request this draft stands for; `orderID` overrides the draft's (after a new order was made).
    public func request(orderID: String? = nil) throws(ValidationErrors) -> CreatePaymentLinkRequest {
        CreatePaymentLinkRequest(orderID: orderID ?? self.orderID, name: name, experience: Experience(language: language), purchase: LinkPurchase(amount: 0))
    }

    /// The order request for `orderMode == .new`.
    public func orderRequest() throws(ValidationErrors) -> CreateOrderRequest {
        CreateOrderRequest(purchase: OrderPurchase(reference: reference, amount: 0, currency: currency))
    }
}

/// Field rules, each once, keyed by API path; used by the form, the command line, the prompts and the sandbox.
public enum FieldRules {
    /// Rules over wire values, as the sandbox receives them: API path → messages.
    public static func check(_ request: CreatePaymentLinkRequest) -> [String: [String]] { [:] }
    /// Rules over an order request's wire values.
    public static func check(_ request: CreateOrderRequest) -> [String: [String]] { [:] }
}

/// Amounts in minor units, with ISO 4217 exponents.
public enum Money {
    /// Decimal digits of a currency (EUR 2, JPY 0, KWD 3); nil for an unknown code.
    public static func exponent(of currency: String) -> Int? { 2 }
    /// Parses what a person typed ("25.00", "25,5") into minor units.
    public static func parse(_ text: String, currency: String) -> Result<Int, FieldError> { .success(0) }
    /// "25.00" for 2500 EUR.
    public static func format(minor: Int, currency: String) -> String { String(minor) }
}

/// Link lifetimes in seconds.
public enum Lifetime {
    public static let defaultSeconds = 259_200
    public static let maximumSeconds = 86_313_600
    /// "3d", "90m", "1d12h", "never", "3600" → seconds (0 = never expires).
    public static func parse(_ text: String) -> Result<Int, FieldError> { .success(defaultSeconds) }
    /// 259200 → "3d", 0 → "never".
    public static func format(seconds: Int) -> String { String(seconds) }
}

/// Time left on a link, as text.
public enum Countdown {
    /// "2d 03:04:05", "59:59", "expired", "never expires".
    public static func text(from now: Date, to expiresAt: Date?) -> String { "" }
}
