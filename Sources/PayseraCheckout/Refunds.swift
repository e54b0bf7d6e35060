import Foundation

/// A refund's progress, as Paysera's `RefundStatus` lists it; unknown values are kept as `.other`.
public enum RefundStatus: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Accepted; the money is on its way back.
    case processing
    /// The money went back to the payer.
    case completed
    /// The refund did not go through; nothing left the shop.
    case failed
    case other(String)

    public init(rawValue: String) {
        switch rawValue {
        case "processing": self = .processing
        case "completed": self = .completed
        case "failed": self = .failed
        default: self = .other(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .processing: "processing"
        case .completed: "completed"
        case .failed: "failed"
        case .other(let value): value
        }
    }

    public var description: String { rawValue }

    /// Whether the money counts as given back (a failed refund gives nothing back).
    public var takesMoney: Bool { self != .failed }

    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// Where Paysera reports the refund's end (the SDK's `RefundUrls`); all optional to paylink.
public struct RefundURLs: Codable, Sendable, Hashable {
    public var successURL: String?
    public var failureURL: String?
    public var callbackURL: String?
    public init(successURL: String? = nil, failureURL: String? = nil, callbackURL: String? = nil) {
        self.successURL = successURL
        self.failureURL = failureURL
        self.callbackURL = callbackURL
    }
    enum CodingKeys: String, CodingKey {
        case successURL = "success_url"
        case failureURL = "failure_url"
        case callbackURL = "callback_url"
    }
}

/// The `refund` part of a refund request: its URLs and metadata (the SDK's `Refund`).
public struct RefundSettings: Codable, Sendable, Hashable {
    public var refundURLs: RefundURLs
    public var metadata: [String: String]?
    public init(refundURLs: RefundURLs = RefundURLs(), metadata: [String: String]? = nil) {
        self.refundURLs = refundURLs
        self.metadata = metadata
    }
    enum CodingKeys: String, CodingKey {
        case refundURLs = "refund_urls"
        case metadata
    }
}

/// The method the money goes back through (the SDK's `SelectedRefundMethod`).
public struct RefundMethod: Codable, Sendable, Hashable {
    public var key: String
    public init(key: String) { self.key = key }
}

/// What is refunded, to whom and why (the SDK's `RefundDetails`).
public struct RefundDetails: Codable, Sendable, Hashable {
    public var orderID: String
    public var reference: String
    /// Minor units of `currency`.
    public var refundAmount: Int
    public var currency: String
    public var payer: PayerInformation
    public var refundMethod: RefundMethod?
    public var reason: String?
    public init(
        orderID: String, reference: String, refundAmount: Int, currency: String, payer: PayerInformation,
        refundMethod: RefundMethod? = nil, reason: String? = nil
    ) {
        self.orderID = orderID
        self.reference = reference
        self.refundAmount = refundAmount
        self.currency = currency
        self.payer = payer
        self.refundMethod = refundMethod
        self.reason = reason
    }
    enum CodingKeys: String, CodingKey {
        case orderID = "order_id"
        case reference
        case refundAmount = "refund_amount"
        case currency, payer, reason
        case refundMethod = "refund_method"
    }
}

/// Body of `POST /v1/refund/refund_requests`, as the SDK's `RefundOrderRequestNormalizer` writes it.
public struct RefundRequest: Codable, Sendable, Hashable {
    public var refund: RefundSettings
    public var refundDetails: RefundDetails
    public init(refund: RefundSettings = RefundSettings(), refundDetails: RefundDetails) {
        self.refund = refund
        self.refundDetails = refundDetails
    }
    enum CodingKeys: String, CodingKey {
        case refund
        case refundDetails = "refund_details"
    }
}

/// The API's answer to a refund request (the SDK's `RefundOrderResponse`); `created_at` is ISO 8601, not Unix time.
public struct Refund: Codable, Sendable, Hashable {
    public var refundID: String
    public var status: RefundStatus
    /// Minor units.
    public var amount: Int
    public var currency: String
    public var createdAt: String?
    /// The order's reference.
    public var reference: String?
    /// What the refund request carried in `refund.metadata` (sandbox convention: the order's snapshot lists it).
    public var metadata: [String: String]?
    /// Why the money went back (sandbox convention: listed in the order's snapshot).
    public var reason: String?

    public init(
        refundID: String, status: RefundStatus, amount: Int, currency: String, createdAt: String? = nil,
        reference: String? = nil, metadata: [String: String]? = nil, reason: String? = nil
    ) {
        self.refundID = refundID
        self.status = status
        self.amount = amount
        self.currency = currency
        self.createdAt = createdAt
        self.reference = reference
        self.metadata = metadata
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case refundID = "refund_id"
        case status, amount, currency, reference, metadata, reason
        case createdAt = "created_at"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        refundID = try c.decode(String.self, forKey: .refundID)
        status = try c.decode(RefundStatus.self, forKey: .status)
        amount = try c.decode(MinorAmount.self, forKey: .amount).value
        currency = try c.decode(String.self, forKey: .currency)
        createdAt = try? c.decodeIfPresent(String.self, forKey: .createdAt)
        reference = try? c.decodeIfPresent(String.self, forKey: .reference)
        metadata = try? c.decodeIfPresent([String: String].self, forKey: .metadata)
        reason = try? c.decodeIfPresent(String.self, forKey: .reason)
    }

    /// `created_at` as a date (ATOM: `2026-12-04T10:15:00+02:00`); nil when absent or in another form.
    public var createdDate: Date? {
        guard let createdAt else { return nil }
        return ISO8601DateFormatter().date(from: createdAt)
    }

    /// The metadata key paylink tags its refunds with, so a refund whose answer was lost is recognised on the order.
    public static let requestKeyName = "paylink_refund_key"
}
