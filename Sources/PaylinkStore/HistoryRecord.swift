import Foundation
import GRDB
import PayseraCheckout

/// Where a create request stands: written before it leaves, settled by the answer or by reconciliation.
public enum AttemptState: String, Sendable, Hashable, Codable, CaseIterable, DatabaseValueConvertible {
    /// Stored, request on its way; no answer yet.
    case sending
    /// The API made the link.
    case created
    /// The API answered with a refusal; no link exists.
    case refused
    /// The answer was lost; a link may or may not exist until reconciliation says.
    case unknown
    /// Reconciliation found no link for this attempt.
    case notCreated = "not_created"

    /// How the state reads on screen.
    public var label: String {
        switch self {
        case .sending: "sending"
        case .created: "created"
        case .refused: "refused"
        case .unknown: "outcome unknown"
        case .notCreated: "not created"
        }
    }

    /// Whether reconciliation still has to settle this attempt.
    public var isUnresolved: Bool { self == .sending || self == .unknown }
}

/// Where a history row came from.
public enum LinkSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// Made by paylink with this history.
    case local
    /// Found on the API's list (another till, the dashboard, a shop's server).
    case synced
}

/// One link or create attempt in the history; never holds a secret or a token.
public struct HistoryRecord: Sendable, Hashable {
    /// Local row id, nil before the row is stored; ids grow with created time, so they order the history.
    public var id: Int64?
    public var profile: String
    public var linkID: String?
    public var orderID: String?
    public var reference: String?
    public var name: String
    /// Minor units (2500 = 25.00 EUR).
    public var amount: Int?
    public var currency: String?
    public var language: String?
    public var paymentFlow: String?
    public var method: String?
    public var purpose: String?
    public var country: String?
    public var payerName: String?
    public var payerEmail: String?
    public var metadata: [String: String]?
    public var paymentURL: String?
    /// Seconds the link lives; 0 means it never expires.
    public var lifetime: Int?
    public var createdAt: Date
    /// Nil for a link that never expires, or before the link exists.
    public var expiresAt: Date?
    public var updatedAt: Date?
    /// The link's status as last seen; nil until the link exists.
    public var status: LinkStatus?
    public var state: AttemptState
    /// The create request as sent, JSON with the API's field names.
    public var requestJSON: String?
    /// Why the attempt was refused or its outcome is unknown.
    public var errorMessage: String?
    /// The batch this row was made by, if any.
    public var batchID: String?
    /// The row's number in its batch file (the header is row 1).
    public var batchRow: Int?
    /// What identifies the batch row's payment (`BatchTag.paymentKey`), so a rerun finds it.
    public var paymentKey: String?
    /// Who made the link: its `metadata.created_by`, when it has one.
    public var createdBy: String?
    /// Whether the row was made here or found on the API.
    public var source: LinkSource = .local
    /// The project the link belongs to (see `HistoryProject`); empty until the row is stored.
    public var project = ""
    /// The tag the row's words are filed under in the search index, one of its project's (see `HistorySearchScope`).
    var searchTag = ""
    /// Minor units given back to the payer by refunds of this link (failed ones aside); kept by the database.
    public var refunded = 0
    /// The method the payer paid with, when a callback said so.
    public var paidMethod: String?

    public init(
        id: Int64? = nil, profile: String, linkID: String? = nil, orderID: String? = nil, reference: String? = nil,
        name: String = "", amount: Int? = nil, currency: String? = nil, language: String? = nil,
        paymentFlow: String? = nil, method: String? = nil, purpose: String? = nil, country: String? = nil,
        payerName: String? = nil, payerEmail: String? = nil, metadata: [String: String]? = nil,
        paymentURL: String? = nil, lifetime: Int? = nil, createdAt: Date, expiresAt: Date? = nil,
        updatedAt: Date? = nil, status: LinkStatus? = nil, state: AttemptState, requestJSON: String? = nil,
        errorMessage: String? = nil, createdBy: String? = nil, source: LinkSource = .local
    ) {
        self.id = id
        self.profile = profile
        self.linkID = linkID
        self.orderID = orderID
        self.reference = reference
        self.name = name
        self.amount = amount
        self.currency = currency
        self.language = language
        self.paymentFlow = paymentFlow
        self.method = method
        self.purpose = purpose
        self.country = country
        self.payerName = payerName
        self.payerEmail = payerEmail
        self.metadata = metadata
        self.paymentURL = paymentURL
        self.lifetime = lifetime
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.updatedAt = updatedAt
        self.status = status
        self.state = state
        self.requestJSON = requestJSON
        self.errorMessage = errorMessage
        self.createdBy = createdBy ?? metadata?[Self.creatorKey]
        self.source = source
    }

    /// The metadata key that names who made a link.
    public static let creatorKey = "created_by"

    /// The handle of this row for the write-ahead calls.
    public var attemptID: AttemptID? { id.map(AttemptID.init(rawValue:)) }

    /// Where the next page starts when this row is the last one shown.
    public var cursor: HistoryCursor? { id.map(HistoryCursor.init(id:)) }

    /// The status a person should see at `now`: an active link past its expiry is expired, no request needed.
    public func effectiveStatus(at now: Date) -> LinkStatus? {
        if status == .active, let expiresAt, expiresAt <= now { return .expired }
        return status
    }

    /// This record with `status` replaced by the status at `now` (for printing).
    public func withEffectiveStatus(at now: Date) -> HistoryRecord {
        var copy = self
        copy.status = effectiveStatus(at: now)
        return copy
    }

    /// The link as the API would describe it; nil until the link exists.
    public var paymentLink: PaymentLink? {
        guard let linkID, let paymentURL else { return nil }
        let details = method == nil && purpose == nil && country == nil
            ? nil : PaymentDetails(key: method, purpose: purpose, countryCode: country)
        let payer = payerName == nil && payerEmail == nil ? nil : PayerInformation(name: payerName, email: payerEmail)
        return PaymentLink(
            linkID: linkID, orderID: orderID ?? "", paymentURL: paymentURL, name: name,
            experience: Experience(language: language, paymentFlow: paymentFlow), paymentDetails: details,
            purchase: amount.map { LinkPurchase(amount: $0) }, payerInformation: payer, metadata: metadata,
            lifetime: lifetime, status: status, createdAt: Self.seconds(createdAt),
            expiredAt: expiresAt.map(Self.seconds), updatedAt: updatedAt.map(Self.seconds))
    }

    /// Whether `link` is what this attempt asked for: same order, name and amount, and no field that contradicts it.
    public func isAnswered(by link: PaymentLink) -> Bool {
        func agrees(_ mine: String?, _ theirs: String?) -> Bool {
            guard let mine, !mine.isEmpty, let theirs else { return true }
            return mine == theirs
        }
        guard link.orderID == orderID, link.name == nil || link.name == name else { return false }
        if let amount, let theirs = link.purchase?.amount.value, theirs != amount { return false }
        if let metadata, let theirs = link.metadata, theirs != metadata { return false }
        return agrees(language, link.experience?.language) && agrees(paymentFlow, link.experience?.paymentFlow)
            && agrees(payerEmail, link.payerInformation?.email) && agrees(payerName, link.payerInformation?.name)
            && agrees(purpose, link.paymentDetails?.purpose)
    }

    /// Takes every field the API answered with; fields it left out keep their values.
    mutating func apply(_ link: PaymentLink) {
        linkID = link.linkID
        if !link.orderID.isEmpty { orderID = link.orderID }
        paymentURL = link.paymentURL
        if let value = link.name { name = value }
        if let value = link.experience?.language { language = value }
        if let value = link.experience?.paymentFlow { paymentFlow = value }
        if let value = link.paymentDetails?.key { method = value }
        if let value = link.paymentDetails?.purpose { purpose = value }
        if let value = link.paymentDetails?.countryCode { country = value }
        if let value = link.payerInformation?.name { payerName = value }
        if let value = link.payerInformation?.email { payerEmail = value }
        if let value = link.metadata {
            metadata = value
            createdBy = value[Self.creatorKey] ?? createdBy
        }
        if let value = link.purchase?.amount.value { amount = value }
        if let value = link.lifetime { lifetime = value }
        if let value = link.createdAt { createdAt = Date(timeIntervalSince1970: TimeInterval(value)) }
        if let value = link.expiredAt {
            expiresAt = Date(timeIntervalSince1970: TimeInterval(value))
        } else if link.lifetime == 0 {
            expiresAt = nil
        }
        if let value = link.updatedAt { updatedAt = Date(timeIntervalSince1970: TimeInterval(value)) }
        status = link.status ?? status ?? .active
        state = .created
        errorMessage = nil
    }

    /// Whole seconds since 1970; a date past what Int holds (an API's 2^63 − 1 becomes 2^63 as a Date) is held at the end.
    static func seconds(_ date: Date) -> Int {
        let value = date.timeIntervalSince1970.rounded(.down)
        return Int(exactly: value) ?? (value < 0 ? Int.min : Int.max)
    }
}

/// The local handle of a create attempt, returned before the request leaves.
public struct AttemptID: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// What reconciling one attempt did.
public enum ReconcileOutcome: Sendable, Hashable {
    /// A listed link matched; the attempt is now that created link.
    case adopted(HistoryRecord)
    /// No listed link matched; the attempt is marked not created and may be sent again by the person.
    case notCreated
    /// The attempt had already been settled (its answer arrived meanwhile); nothing changed.
    case alreadySettled(HistoryRecord)
}

/// What merging one listed page into the history did.
public struct MergeCount: Sendable, Hashable, Codable {
    /// Links the history did not know.
    public var added = 0
    /// Known links whose status, name, expiry or other fields changed.
    public var changed = 0
    /// Known links exactly as stored.
    public var unchanged = 0
    public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
    }
}

/// Where a page of history ends: the last row's local id (keyset pagination; ids follow created time).
public struct HistoryCursor: Sendable, Hashable, Codable {
    public var id: Int64
    public init(id: Int64) { self.id = id }
}

/// Which rows a history page shows.
public enum HistoryFilter: Sendable, Hashable {
    /// Every row.
    case all
    /// Links whose status (as seen now: active links past expiry count as expired) is this one.
    case status(LinkStatus)
    /// Rows whose attempt is in this state.
    case state(AttemptState)
    /// Attempts that reconciliation still has to settle (sending or outcome unknown).
    case unresolved
    /// The rows one batch made (by its id).
    case batch(String)
}

// MARK: - Database row

extension HistoryRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "link"

    /// Column names of the `link` table.
    enum Column: String {
        case id, profile, linkID = "link_id", orderID = "order_id", reference, name, amount, currency, language
        case paymentFlow = "payment_flow", method, purpose, country, payerName = "payer_name"
        case payerEmail = "payer_email", metadata, paymentURL = "payment_url", lifetime
        case createdAt = "created_at", expiresAt = "expires_at", updatedAt = "updated_at", status, state
        case requestJSON = "request", errorMessage = "error"
        case batchID = "batch_id", batchRow = "batch_row", paymentKey = "payment_key"
        case createdBy = "created_by", source, project, searchTag = "search_tag"
        case refunded, paidMethod = "paid_method"
    }

    public init(row: Row) throws {
        func text(_ c: Column) -> String? { row[c.rawValue] }
        func date(_ c: Column) -> Date? {
            (row[c.rawValue] as Int64?).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        id = row[Column.id.rawValue]
        profile = text(.profile) ?? ""
        linkID = text(.linkID)
        orderID = text(.orderID)
        reference = text(.reference)
        name = text(.name) ?? ""
        amount = row[Column.amount.rawValue]
        currency = text(.currency)
        language = text(.language)
        paymentFlow = text(.paymentFlow)
        method = text(.method)
        purpose = text(.purpose)
        country = text(.country)
        payerName = text(.payerName)
        payerEmail = text(.payerEmail)
        metadata = text(.metadata).flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
        paymentURL = text(.paymentURL)
        lifetime = row[Column.lifetime.rawValue]
        createdAt = date(.createdAt) ?? Date(timeIntervalSince1970: 0)
        expiresAt = date(.expiresAt)
        updatedAt = date(.updatedAt)
        status = text(.status).map(LinkStatus.init(rawValue:))
        state = text(.state).flatMap(AttemptState.init(rawValue:)) ?? .unknown
        requestJSON = text(.requestJSON)
        errorMessage = text(.errorMessage)
        batchID = text(.batchID)
        batchRow = row[Column.batchRow.rawValue]
        paymentKey = text(.paymentKey)
        createdBy = text(.createdBy)
        source = text(.source).flatMap(LinkSource.init(rawValue:)) ?? .local
        project = text(.project) ?? ""
        searchTag = text(.searchTag) ?? ""
        refunded = row[Column.refunded.rawValue] ?? 0
        paidMethod = text(.paidMethod)
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Column.id.rawValue] = id
        container[Column.profile.rawValue] = profile
        container[Column.linkID.rawValue] = linkID
        container[Column.orderID.rawValue] = orderID
        container[Column.reference.rawValue] = reference
        container[Column.name.rawValue] = name
        container[Column.amount.rawValue] = amount
        container[Column.currency.rawValue] = currency
        container[Column.language.rawValue] = language
        container[Column.paymentFlow.rawValue] = paymentFlow
        container[Column.method.rawValue] = method
        container[Column.purpose.rawValue] = purpose
        container[Column.country.rawValue] = country
        container[Column.payerName.rawValue] = payerName
        container[Column.payerEmail.rawValue] = payerEmail
        container[Column.metadata.rawValue] = try metadata.map(Self.json)
        container[Column.paymentURL.rawValue] = paymentURL
        container[Column.lifetime.rawValue] = lifetime
        container[Column.createdAt.rawValue] = Self.seconds(createdAt)
        container[Column.expiresAt.rawValue] = expiresAt.map(Self.seconds)
        container[Column.updatedAt.rawValue] = updatedAt.map(Self.seconds)
        container[Column.status.rawValue] = status?.rawValue
        container[Column.state.rawValue] = state.rawValue
        container[Column.requestJSON.rawValue] = requestJSON
        container[Column.errorMessage.rawValue] = errorMessage
        container[Column.batchID.rawValue] = batchID
        container[Column.batchRow.rawValue] = batchRow
        container[Column.paymentKey.rawValue] = paymentKey
        container[Column.createdBy.rawValue] = createdBy
        container[Column.source.rawValue] = source.rawValue
        container[Column.project.rawValue] = project
        container[Column.searchTag.rawValue] = searchTag
        // `refunded` is the refund table's sum, kept by triggers; `paid_method` only by callbacks.
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// A request as the history keeps it: JSON with sorted keys.
    public static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

// MARK: - JSON for `paylink list --json`

extension HistoryRecord: Encodable {
    private enum JSONKey: String, CodingKey {
        case linkID = "link_id", orderID = "order_id", paymentURL = "payment_URL", name, experience, purchase
        case paymentDetails = "payment_details", payerInformation = "payer_information", metadata, lifetime
        case status, createdAt = "created_at", expiredAt = "expired_at", updatedAt = "updated_at"
        case currency, reference, state, error, profile, id
        case batchID = "batch_id", batchRow = "batch_row"
        case createdBy = "created_by", source, refunded
        case paidMethod = "paid_method"
    }

    /// The API's link fields plus `status`, `currency`, `state`, `source` (and `reference`, `error`, `profile`, `id`, `created_by`).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encodeIfPresent(linkID, forKey: .linkID)
        try c.encodeIfPresent(orderID, forKey: .orderID)
        try c.encodeIfPresent(paymentURL, forKey: .paymentURL)
        try c.encode(name, forKey: .name)
        if language != nil || paymentFlow != nil {
            try c.encode(Experience(language: language, paymentFlow: paymentFlow), forKey: .experience)
        }
        if let amount { try c.encode(LinkPurchase(amount: amount), forKey: .purchase) }
        if method != nil || purpose != nil || country != nil {
            try c.encode(PaymentDetails(key: method, purpose: purpose, countryCode: country), forKey: .paymentDetails)
        }
        if payerName != nil || payerEmail != nil {
            try c.encode(PayerInformation(name: payerName, email: payerEmail), forKey: .payerInformation)
        }
        try c.encodeIfPresent(metadata, forKey: .metadata)
        try c.encodeIfPresent(lifetime, forKey: .lifetime)
        if let status { try c.encode(status, forKey: .status) } else { try c.encodeNil(forKey: .status) }
        try c.encode(Self.seconds(createdAt), forKey: .createdAt)
        if let expiresAt {
            try c.encode(Self.seconds(expiresAt), forKey: .expiredAt)
        } else if state == .created {
            try c.encodeNil(forKey: .expiredAt)
        }
        try c.encodeIfPresent(updatedAt.map(Self.seconds), forKey: .updatedAt)
        try c.encodeIfPresent(currency, forKey: .currency)
        try c.encodeIfPresent(reference, forKey: .reference)
        try c.encode(state.rawValue, forKey: .state)
        try c.encodeIfPresent(errorMessage, forKey: .error)
        try c.encode(profile, forKey: .profile)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeIfPresent(batchID, forKey: .batchID)
        try c.encodeIfPresent(batchRow, forKey: .batchRow)
        try c.encodeIfPresent(createdBy, forKey: .createdBy)
        try c.encode(source.rawValue, forKey: .source)
        if refunded > 0 { try c.encode(refunded, forKey: .refunded) }
        try c.encodeIfPresent(paidMethod, forKey: .paidMethod)
    }
}
