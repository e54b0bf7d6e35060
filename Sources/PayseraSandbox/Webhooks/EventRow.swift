import GRDB

/// One webhook event as sent: its body is kept byte for byte so a resend is the same event.
struct EventRow: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "sandbox_event"

    var sequence: Int64?
    /// Also the `X-Paysera-Request-Id` of every delivery of this event.
    var eventID: String
    var callbackID: String
    var orderID: String
    var linkID: String?
    var type: String
    var name: String
    /// Where the event went: the refund's or the order's `callback_url` when it happened; nil when there was none.
    var url: String?
    var body: String
    var createdAt: Int

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case sequence
        case eventID = "event_id"
        case callbackID = "callback_id"
        case orderID = "order_id"
        case linkID = "link_id"
        case type, name, url, body
        case createdAt = "created_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { sequence = inserted.rowID }
}

/// One attempt to deliver an event: when, where, what came back and how long it took.
struct DeliveryRow: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "sandbox_delivery"

    var sequence: Int64?
    var eventID: String
    var attempt: Int
    var url: String
    var sentAt: Int
    /// The answer's HTTP status; nil when none came (refused, timed out).
    var status: Int?
    var latencyMS: Int
    /// The answer's first bytes, as text.
    var answer: String?
    var error: String?
    /// Whether someone asked for this delivery (`resend`) rather than the schedule.
    var resend: Bool

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case sequence
        case eventID = "event_id"
        case attempt, url, status, answer, error, resend
        case sentAt = "sent_at"
        case latencyMS = "latency_ms"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { sequence = inserted.rowID }

    /// Whether the receiver took the event (any 2xx).
    var delivered: Bool { status.map { (200..<300).contains($0) } ?? false }
}

/// The tables behind payments and the event log.
enum SandboxEventTables {
    static func create(_ db: Database) throws {
        try db.create(table: PaymentRow.databaseTableName) { t in
            t.primaryKey("payment_id", .text)
            t.column("link_id", .text).notNull().indexed()
            t.column("order_id", .text).notNull().indexed()
            t.column("method", .text).notNull()
            t.column("status", .text).notNull()
            t.column("amount", .integer).notNull()
            t.column("currency", .text).notNull()
            t.column("created_at", .integer).notNull()
        }
        try db.create(table: EventRow.databaseTableName) { t in
            t.autoIncrementedPrimaryKey("sequence")
            t.column("event_id", .text).notNull().unique()
            t.column("callback_id", .text).notNull()
            t.column("order_id", .text).notNull().indexed()
            t.column("link_id", .text)
            t.column("type", .text).notNull()
            t.column("name", .text).notNull()
            t.column("url", .text)
            t.column("body", .text).notNull()
            t.column("created_at", .integer).notNull()
        }
        try db.create(table: DeliveryRow.databaseTableName) { t in
            t.autoIncrementedPrimaryKey("sequence")
            t.column("event_id", .text).notNull().indexed()
            t.column("attempt", .integer).notNull()
            t.column("url", .text).notNull()
            t.column("sent_at", .integer).notNull()
            t.column("status", .integer)
            t.column("latency_ms", .integer).notNull()
            t.column("answer", .text)
            t.column("error", .text)
            t.column("resend", .boolean).notNull()
        }
    }
}

extension SandboxStore {
    func insert(_ payment: PaymentRow) throws {
        try writer.write { db in try payment.insert(db) }
    }

    /// Payments of an order, oldest first.
    func payments(ofOrder orderID: String) throws -> [PaymentRow] {
        try writer.read { db in
            try PaymentRow.filter(PaymentRow.CodingKeys.orderID == orderID).order(PaymentRow.CodingKeys.createdAt).fetchAll(db)
        }
    }

    func insert(_ event: EventRow) throws -> EventRow {
        try writer.write { db in
            var event = event
            try event.insert(db)
            return event
        }
    }

    func event(id: String) throws -> EventRow? {
        try writer.read { db in try EventRow.filter(EventRow.CodingKeys.eventID == id).fetchOne(db) }
    }

    @discardableResult
    func insert(_ delivery: DeliveryRow) throws -> DeliveryRow {
        try writer.write { db in
            var delivery = delivery
            try delivery.insert(db)
            return delivery
        }
    }

    /// Events newest first with their deliveries oldest first; `orderID` narrows to one order.
    func events(orderID: String?, limit: Int = 500) throws -> [(event: EventRow, deliveries: [DeliveryRow])] {
        try writer.read { db in
            var query = EventRow.all()
            if let orderID { query = query.filter(EventRow.CodingKeys.orderID == orderID) }
            let events = try query.order(EventRow.CodingKeys.sequence.desc).limit(limit).fetchAll(db)
            let ids = events.map(\.eventID)
            let deliveries = try DeliveryRow.filter(ids.contains(DeliveryRow.CodingKeys.eventID))
                .order(DeliveryRow.CodingKeys.sequence).fetchAll(db)
            let grouped = Dictionary(grouping: deliveries, by: \.eventID)
            return events.map { ($0, grouped[$0.eventID] ?? []) }
        }
    }
}
