import Foundation

/// An amount in minor units that decodes from either a JSON integer or a string of digits.
public struct MinorAmount: Codable, Sendable, Hashable, ExpressibleByIntegerLiteral {
    public var value: Int
    /// Order create sends the amount as a string of digits; link create as an integer.
    public var encodesAsString: Bool

    public init(_ value: Int, encodesAsString: Bool = false) {
        self.value = value
        self.encodesAsString = encodesAsString
    }
    public init(integerLiteral value: Int) { self.init(value) }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let i = try? c.decode(Int.self) {
            self.init(i)
        } else {
            let s = try c.decode(String.self)
            guard let i = Int(s.trimmingCharacters(in: .whitespaces)) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "amount is not a whole number")
            }
            self.init(i, encodesAsString: true)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if encodesAsString { try c.encode(String(value)) } else { try c.encode(value) }
    }

    public static func == (a: MinorAmount, b: MinorAmount) -> Bool { a.value == b.value }
    public func hash(into h: inout Hasher) { h.combine(value) }
}

/// How the payer meets the link: language and flow.
public struct Experience: Codable, Sendable, Hashable {
    public var language: String?
    public var paymentFlow: String?
    public init(language: String? = nil, paymentFlow: String? = nil) {
        self.language = language
        self.paymentFlow = paymentFlow
    }
    enum CodingKeys: String, CodingKey {
        case language
        case paymentFlow = "payment_flow"
    }
}

/// The amount a link asks for (the order's currency applies).
public struct LinkPurchase: Codable, Sendable, Hashable {
    public var amount: MinorAmount
    public init(amount: Int) { self.amount = MinorAmount(amount) }
}

/// Method preselection, purpose text and the country used to filter methods.
public struct PaymentDetails: Codable, Sendable, Hashable {
    public var key: String?
    public var purpose: String?
    public var countryCode: String?
    public init(key: String? = nil, purpose: String? = nil, countryCode: String? = nil) {
        self.key = key
        self.purpose = purpose
        self.countryCode = countryCode
    }
    enum CodingKeys: String, CodingKey {
        case key, purpose
        case countryCode = "country_code"
    }
}

/// Who is expected to pay.
public struct PayerInformation: Codable, Sendable, Hashable {
    public var name: String?
    public var email: String?
    public init(name: String? = nil, email: String? = nil) {
        self.name = name
        self.email = email
    }
}

/// Body of `POST /checkout-payment-link/integration/v1/payment-links`.
public struct CreatePaymentLinkRequest: Codable, Sendable, Hashable {
    public var orderID: String
    public var name: String
    public var experience: Experience
    public var purchase: LinkPurchase
    public var lifetime: Int?
    public var paymentDetails: PaymentDetails?
    public var payerInformation: PayerInformation?
    public var metadata: [String: String]?

    public init(
        orderID: String, name: String, experience: Experience, purchase: LinkPurchase,
        lifetime: Int? = nil, paymentDetails: PaymentDetails? = nil,
        payerInformation: PayerInformation? = nil, metadata: [String: String]? = nil
    ) {
        self.orderID = orderID
        self.name = name
        self.experience = experience
        self.purchase = purchase
        self.lifetime = lifetime
        self.paymentDetails = paymentDetails
        self.payerInformation = payerInformation
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case orderID = "order_id"
        case name, experience, purchase, lifetime, metadata
        case paymentDetails = "payment_details"
        case payerInformation = "payer_information"
    }
}

/// Link status values; unknown values from the server are kept as `.other`.
public enum LinkStatus: Sendable, Hashable, Codable, CustomStringConvertible {
    case active, completed, expired, canceled
    case other(String)

    public init(rawValue: String) {
        switch rawValue {
        case "active": self = .active
        case "completed": self = .completed
        case "expired": self = .expired
        case "canceled", "cancelled": self = .canceled
        default: self = .other(rawValue)
        }
    }
    public var rawValue: String {
        switch self {
        case .active: "active"
        case .completed: "completed"
        case .expired: "expired"
        case .canceled: "canceled"
        case .other(let s): s
        }
    }
    public var description: String { rawValue }
    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// A payment link as the API answers it (create, get, list, cancel).
public struct PaymentLink: Codable, Sendable, Hashable {
    public var linkID: String
    public var orderID: String
    public var paymentURL: String
    public var name: String?
    public var experience: Experience?
    public var paymentDetails: PaymentDetails?
    public var purchase: LinkPurchase?
    public var payerInformation: PayerInformation?
    public var metadata: [String: String]?
    public var lifetime: Int?
    public var status: LinkStatus?
    public var createdAt: Int?
    public var expiredAt: Int?
    public var updatedAt: Int?

    public init(
        linkID: String, orderID: String, paymentURL: String, name: String? = nil,
        experience: Experience? = nil, paymentDetails: PaymentDetails? = nil,
        purchase: LinkPurchase? = nil, payerInformation: PayerInformation? = nil,
        metadata: [String: String]? = nil, lifetime: Int? = nil, status: LinkStatus? = nil,
        createdAt: Int? = nil, expiredAt: Int? = nil, updatedAt: Int? = nil
    ) {
        self.linkID = linkID
        self.orderID = orderID
        self.paymentURL = paymentURL
        self.name = name
        self.experience = experience
        self.paymentDetails = paymentDetails
        self.purchase = purchase
        self.payerInformation = payerInformation
        self.metadata = metadata
        self.lifetime = lifetime
        self.status = status
        self.createdAt = createdAt
        self.expiredAt = expiredAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case linkID = "link_id"
        case orderID = "order_id"
        case paymentURL = "payment_URL"
        case paymentURLLower = "payment_url"
        case name, experience, purchase, metadata, lifetime, status
        case paymentDetails = "payment_details"
        case payerInformation = "payer_information"
        case createdAt = "created_at"
        case expiredAt = "expired_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        linkID = try c.decode(String.self, forKey: .linkID)
        orderID = try c.decodeIfPresent(String.self, forKey: .orderID) ?? ""
        if let url = try c.decodeIfPresent(String.self, forKey: .paymentURL) {
            paymentURL = url
        } else {
            paymentURL = try c.decode(String.self, forKey: .paymentURLLower)
        }
        name = try c.decodeIfPresent(String.self, forKey: .name)
        experience = try c.decodeIfPresent(Experience.self, forKey: .experience)
        paymentDetails = try c.decodeIfPresent(PaymentDetails.self, forKey: .paymentDetails)
        purchase = try c.decodeIfPresent(LinkPurchase.self, forKey: .purchase)
        payerInformation = try c.decodeIfPresent(PayerInformation.self, forKey: .payerInformation)
        metadata = try? c.decodeIfPresent([String: String].self, forKey: .metadata)
        lifetime = try? c.decodeIfPresent(Int.self, forKey: .lifetime)
        status = try c.decodeIfPresent(LinkStatus.self, forKey: .status)
        createdAt = try? c.decodeIfPresent(Int.self, forKey: .createdAt)
        expiredAt = try? c.decodeIfPresent(Int.self, forKey: .expiredAt)
        updatedAt = try? c.decodeIfPresent(Int.self, forKey: .updatedAt)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(linkID, forKey: .linkID)
        try c.encode(orderID, forKey: .orderID)
        try c.encode(paymentURL, forKey: .paymentURL)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(experience, forKey: .experience)
        try c.encodeIfPresent(paymentDetails, forKey: .paymentDetails)
        try c.encodeIfPresent(purchase, forKey: .purchase)
        try c.encodeIfPresent(payerInformation, forKey: .payerInformation)
        try c.encodeIfPresent(metadata, forKey: .metadata)
        try c.encodeIfPresent(lifetime, forKey: .lifetime)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeIfPresent(createdAt, forKey: .createdAt)
        // A link that never expires carries expired_at: null.
        if let expiredAt { try c.encode(expiredAt, forKey: .expiredAt) } else { try c.encodeNil(forKey: .expiredAt) }
        try c.encodeIfPresent(updatedAt, forKey: .updatedAt)
    }
}

/// Paging facts of a list answer.
public struct ListMetadata: Codable, Sendable, Hashable {
    public var total: Int?
    public var limit: Int?
    public var offset: Int?
    public init(total: Int? = nil, limit: Int? = nil, offset: Int? = nil) {
        self.total = total
        self.limit = limit
        self.offset = offset
    }
}

/// Answer of `GET …/payment-links`.
public struct PaymentLinkList: Codable, Sendable, Hashable {
    public var items: [PaymentLink]
    public var metadata: ListMetadata?
    public init(items: [PaymentLink], metadata: ListMetadata? = nil) {
        self.items = items
        self.metadata = metadata
    }
    enum CodingKeys: String, CodingKey {
        case items
        case metadata = "_metadata"
    }
}

/// Body of `PUT …/payment-links/{id}`: only these may change on an active link.
public struct UpdatePaymentLinkRequest: Codable, Sendable, Hashable {
    public var name: String?
    public var lifetime: Int?
    public var payerInformation: PayerInformation?
    public var paymentDetails: PaymentDetails?
    public init(
        name: String? = nil, lifetime: Int? = nil, payerInformation: PayerInformation? = nil,
        purpose: String? = nil
    ) {
        self.name = name
        self.lifetime = lifetime
        self.payerInformation = payerInformation
        self.paymentDetails = purpose.map { PaymentDetails(purpose: $0) }
    }
    enum CodingKeys: String, CodingKey {
        case name, lifetime
        case payerInformation = "payer_information"
        case paymentDetails = "payment_details"
    }
}

/// What an order is for: reference, amount and currency.
public struct OrderPurchase: Codable, Sendable, Hashable {
    public var reference: String
    public var amount: MinorAmount
    public var currency: String
    public init(reference: String, amount: Int, currency: String) {
        self.reference = reference
        self.amount = MinorAmount(amount, encodesAsString: true)
        self.currency = currency
    }
}

/// Where the payer is sent afterwards, and where webhooks go.
public struct RedirectURLs: Codable, Sendable, Hashable {
    public var successURL: String?
    public var failureURL: String?
    public var cancelURL: String?
    public var callbackURL: String?
    public init(successURL: String? = nil, failureURL: String? = nil, cancelURL: String? = nil, callbackURL: String? = nil) {
        self.successURL = successURL
        self.failureURL = failureURL
        self.cancelURL = cancelURL
        self.callbackURL = callbackURL
    }
    enum CodingKeys: String, CodingKey {
        case successURL = "success_url"
        case failureURL = "failure_url"
        case cancelURL = "cancel_url"
        case callbackURL = "callback_url"
    }
}

/// Body of `POST /merchant-order/integration/v1/orders`.
public struct CreateOrderRequest: Codable, Sendable, Hashable {
    public var purchase: OrderPurchase
    public var redirectURLs: RedirectURLs?
    public var projectID: String?
    public var metadata: [String: String]?
    public var merchantData: [String: String]?
    public init(
        purchase: OrderPurchase, redirectURLs: RedirectURLs? = nil, projectID: String? = nil,
        metadata: [String: String]? = nil, merchantData: [String: String]? = nil
    ) {
        self.purchase = purchase
        self.redirectURLs = redirectURLs
        self.projectID = projectID
        self.metadata = metadata
        self.merchantData = merchantData
    }
    enum CodingKeys: String, CodingKey {
        case purchase, metadata
        case redirectURLs = "redirect_urls"
        case projectID = "project_id"
        case merchantData = "merchant_data"
    }
}

/// An order as the API answers it.
public struct Order: Codable, Sendable, Hashable {
    public var orderID: String
    public var projectID: String?
    public var createdAt: Int?
    public var purchase: OrderPurchase?
    public var metadata: [String: String]?
    public var isTest: Bool?
    public var status: String?
    /// What the order's links have been paid so far, in minor units (several links may pay one order in parts).
    public var amountPaid: MinorAmount?
    /// What has gone back to the payer so far, failed refunds aside, in minor units (sandbox convention).
    public var amountRefunded: MinorAmount?
    /// The order's refunds, oldest first (sandbox convention; Paysera documents no way to list them).
    public var refunds: [Refund]?
    public init(
        orderID: String, projectID: String? = nil, createdAt: Int? = nil, purchase: OrderPurchase? = nil,
        metadata: [String: String]? = nil, isTest: Bool? = nil, status: String? = nil, amountPaid: Int? = nil,
        amountRefunded: Int? = nil, refunds: [Refund]? = nil
    ) {
        self.orderID = orderID
        self.projectID = projectID
        self.createdAt = createdAt
        self.purchase = purchase
        self.metadata = metadata
        self.isTest = isTest
        self.status = status
        self.amountPaid = amountPaid.map { MinorAmount($0) }
        self.amountRefunded = amountRefunded.map { MinorAmount($0) }
        self.refunds = refunds
    }
    enum CodingKeys: String, CodingKey {
        case orderID = "order_id"
        case projectID = "project_id"
        case createdAt = "created_at"
        case purchase, metadata, status, refunds
        case isTest = "is_test"
        case amountPaid = "amount_paid"
        case amountRefunded = "amount_refunded"
    }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        orderID = try c.decode(String.self, forKey: .orderID)
        // Everything but the id is optional here: an answer missing a part of it still gives the order.
        projectID = try? c.decodeIfPresent(String.self, forKey: .projectID)
        createdAt = try? c.decodeIfPresent(Int.self, forKey: .createdAt)
        purchase = try? c.decodeIfPresent(OrderPurchase.self, forKey: .purchase)
        metadata = try? c.decodeIfPresent([String: String].self, forKey: .metadata)
        isTest = try? c.decodeIfPresent(Bool.self, forKey: .isTest)
        status = try? c.decodeIfPresent(String.self, forKey: .status)
        amountPaid = try? c.decodeIfPresent(MinorAmount.self, forKey: .amountPaid)
        amountRefunded = try? c.decodeIfPresent(MinorAmount.self, forKey: .amountRefunded)
        refunds = try? c.decodeIfPresent([Refund].self, forKey: .refunds)
    }
}

/// One payment method of a project.
public struct PaymentMethod: Codable, Sendable, Hashable {
    public var key: String
    public var title: String?
    public var description: String?
    public var type: String?
    public var flow: String?
    public var availableCountries: [String]?
    public var availableCurrencies: [String]?
    public var logoURL: String?

    public init(
        key: String, title: String? = nil, description: String? = nil, type: String? = nil, flow: String? = nil,
        availableCountries: [String]? = nil, availableCurrencies: [String]? = nil, logoURL: String? = nil
    ) {
        self.key = key
        self.title = title
        self.description = description
        self.type = type
        self.flow = flow
        self.availableCountries = availableCountries
        self.availableCurrencies = availableCurrencies
        self.logoURL = logoURL
    }

    enum CodingKeys: String, CodingKey {
        case key, title, description, type, flow
        case availableCountries = "available_countries"
        case availableCurrencies = "available_currencies"
        case logoURL = "logo_url"
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        title = try? c.decodeIfPresent(String.self, forKey: .title)
        description = try? c.decodeIfPresent(String.self, forKey: .description)
        type = try? c.decodeIfPresent(String.self, forKey: .type)
        flow = try? c.decodeIfPresent(String.self, forKey: .flow)
        availableCountries = try? c.decodeIfPresent([String].self, forKey: .availableCountries)
        logoURL = try? c.decodeIfPresent(String.self, forKey: .logoURL)
        // The API gives an object keyed by currency code; only the codes matter here.
        if let nested = try? c.nestedContainer(keyedBy: AnyKey.self, forKey: .availableCurrencies) {
            availableCurrencies = nested.allKeys.map(\.stringValue).sorted()
        } else {
            availableCurrencies = try? c.decodeIfPresent([String].self, forKey: .availableCurrencies)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(type, forKey: .type)
        try c.encodeIfPresent(flow, forKey: .flow)
        try c.encodeIfPresent(availableCountries, forKey: .availableCountries)
        if let availableCurrencies {
            var nested = c.nestedContainer(keyedBy: AnyKey.self, forKey: .availableCurrencies)
            for code in availableCurrencies {
                _ = nested.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey(stringValue: code))
            }
        }
        try c.encodeIfPresent(logoURL, forKey: .logoURL)
    }
}

/// Answer of `GET /checkout-project/integration/v1/methods`.
public struct PaymentMethodList: Codable, Sendable, Hashable {
    public var items: [PaymentMethod]
    public init(items: [PaymentMethod]) { self.items = items }
}

/// Answer of the token endpoint.
public struct AccessToken: Codable, Sendable, Hashable {
    public var accessToken: String
    public var expiresIn: Int
    public var tokenType: String?
    public var refreshExpiresIn: Int?
    public var scope: String?
    public init(accessToken: String, expiresIn: Int, tokenType: String? = "Bearer", refreshExpiresIn: Int? = 0, scope: String? = nil) {
        self.accessToken = accessToken
        self.expiresIn = expiresIn
        self.tokenType = tokenType
        self.refreshExpiresIn = refreshExpiresIn
        self.scope = scope
    }
    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case expiresIn = "expires_in"
        case tokenType = "token_type"
        case refreshExpiresIn = "refresh_expires_in"
        case scope
    }
}

/// Paysera's current error body: `{"error", "error_description", "error_properties"}`.
public struct ErrorBody: Codable, Sendable, Hashable {
    public var error: String?
    public var errorDescription: String?
    public var errorProperties: [String: [String]]?
    public init(error: String?, errorDescription: String?, errorProperties: [String: [String]]? = nil) {
        self.error = error
        self.errorDescription = errorDescription
        self.errorProperties = errorProperties
    }
    enum CodingKeys: String, CodingKey {
        case error
        case errorDescription = "error_description"
        case errorProperties = "error_properties"
    }
}

/// API paths, shared by the client and the sandbox.
public enum APIPath {
    public static let token = "/auth/realms/Paysera/protocol/openid-connect/token"
    public static let orders = "/merchant-order/integration/v1/orders"
    public static let paymentLinks = "/checkout-payment-link/integration/v1/payment-links"
    public static let methods = "/checkout-project/integration/v1/methods"
    /// The SDK's `REFUND_REQUEST_PATH`.
    public static let refunds = "/v1/refund/refund_requests"
}
