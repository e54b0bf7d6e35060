import Foundation
import GRDB
import PayseraCheckout

/// An order as the sandbox keeps it.
struct OrderRow: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "sandbox_order"

    var orderID: String
    var projectID: String
    var reference: String
    var amount: Int
    var currency: String
    var status: String
    var successURL: String?
    var failureURL: String?
    var cancelURL: String?
    var callbackURL: String?
    var metadata: [String: String]?
    var merchantData: [String: String]?
    var createdAt: Int
    var updatedAt: Int

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case orderID = "order_id"
        case projectID = "project_id"
        case reference, amount, currency, status, metadata
        case successURL = "success_url"
        case failureURL = "failure_url"
        case cancelURL = "cancel_url"
        case callbackURL = "callback_url"
        case merchantData = "merchant_data"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The order as the API answers it (amount as an integer).
    var wire: Order {
        var purchase = OrderPurchase(reference: reference, amount: amount, currency: currency)
        purchase.amount = MinorAmount(amount)
        return Order(
            orderID: orderID, projectID: projectID, createdAt: createdAt, purchase: purchase,
            metadata: metadata, isTest: true, status: status)
    }

    /// The order as the API answers it, with what its links have been paid so far.
    func wire(amountPaid: Int) -> Order {
        var order = wire
        order.amountPaid = MinorAmount(amountPaid)
        return order
    }
}

/// A payment link as the sandbox keeps it; `state` is what happened to it, `status(at:)` adds expiry.
struct LinkRow: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "sandbox_link"

    /// Insertion order, so links made in the same second still list newest first.
    var sequence: Int64?
    var linkID: String
    var orderID: String
    var pageToken: String
    var name: String
    var language: String
    var paymentFlow: String
    var amount: Int
    var lifetime: Int
    var methodKey: String?
    var purpose: String?
    var countryCode: String?
    var payerName: String?
    var payerEmail: String?
    var metadata: [String: String]?
    var state: String
    var createdAt: Int
    var expiredAt: Int?
    var updatedAt: Int

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case sequence
        case linkID = "link_id"
        case orderID = "order_id"
        case pageToken = "page_token"
        case name, language, amount, lifetime, purpose, metadata, state
        case paymentFlow = "payment_flow"
        case methodKey = "method_key"
        case countryCode = "country_code"
        case payerName = "payer_name"
        case payerEmail = "payer_email"
        case createdAt = "created_at"
        case expiredAt = "expired_at"
        case updatedAt = "updated_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { sequence = inserted.rowID }

    /// Stored states; `expired` is never stored, it is computed from `expired_at`.
    static let active = "active", completed = "completed", canceled = "canceled"

    /// The status a reader sees at `now` (Unix seconds).
    func status(at now: Int) -> LinkStatus {
        switch state {
        case Self.completed: return .completed
        case Self.canceled: return .canceled
        default:
            if let expiredAt, now >= expiredAt { return .expired }
            return .active
        }
    }

    /// The link as the API answers it.
    func wire(baseURL: String, now: Int) -> PaymentLink {
        let details = PaymentDetails(key: methodKey, purpose: purpose, countryCode: countryCode)
        let payer = PayerInformation(name: payerName, email: payerEmail)
        return PaymentLink(
            linkID: linkID, orderID: orderID, paymentURL: baseURL + PaymentPage.pathPrefix + pageToken, name: name,
            experience: Experience(language: language, paymentFlow: paymentFlow),
            paymentDetails: details == PaymentDetails() ? nil : details,
            purchase: LinkPurchase(amount: amount),
            payerInformation: payer == PayerInformation() ? nil : payer,
            metadata: metadata, lifetime: lifetime, status: status(at: now),
            createdAt: createdAt, expiredAt: expiredAt, updatedAt: updatedAt)
    }
}

/// The sandbox's state in SQLite: orders, links and refunds, kept across restarts when a file is used.
final class SandboxStore: Sendable {
    let writer: any DatabaseWriter

    /// Opens (and migrates) the database; nil path keeps everything in memory.
    init(path: String?) throws {
        if let path {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            writer = try DatabasePool(path: path, configuration: configuration)
        } else {
            writer = try DatabaseQueue()
        }
        try Self.migrator.migrate(writer)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("create orders and payment links") { db in
            try db.create(table: OrderRow.databaseTableName) { t in
                t.primaryKey("order_id", .text)
                t.column("project_id", .text).notNull()
                t.column("reference", .text).notNull()
                t.column("amount", .integer).notNull()
                t.column("currency", .text).notNull()
                t.column("status", .text).notNull()
                t.column("success_url", .text)
                t.column("failure_url", .text)
                t.column("cancel_url", .text)
                t.column("callback_url", .text)
                t.column("metadata", .text)
                t.column("merchant_data", .text)
                t.column("created_at", .integer).notNull()
                t.column("updated_at", .integer).notNull()
                t.uniqueKey(["project_id", "reference"])
            }
            try db.create(table: LinkRow.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("sequence")
                t.column("link_id", .text).notNull().unique()
                t.column("order_id", .text).notNull().indexed().references(OrderRow.databaseTableName)
                t.column("page_token", .text).notNull().unique()
                t.column("name", .text).notNull()
                t.column("language", .text).notNull()
                t.column("payment_flow", .text).notNull()
                t.column("amount", .integer).notNull()
                t.column("lifetime", .integer).notNull()
                t.column("method_key", .text)
                t.column("purpose", .text)
                t.column("country_code", .text)
                t.column("payer_name", .text)
                t.column("payer_email", .text)
                t.column("metadata", .text)
                t.column("state", .text).notNull()
                t.column("created_at", .integer).notNull()
                t.column("expired_at", .integer)
                t.column("updated_at", .integer).notNull()
            }
        }
        migrator.registerMigration("payments and webhook events") { db in
            try SandboxEventTables.create(db)
        }
        migrator.registerMigration("refunds") { db in
            try SandboxRefundTable.create(db)
        }
        return migrator
    }

    /// Stores a new order; 409 when the project already has an order with this reference.
    func insert(_ order: OrderRow) throws -> OrderRow {
        try writer.write { db in
            let taken = try OrderRow
                .filter(OrderRow.CodingKeys.projectID == order.projectID && OrderRow.CodingKeys.reference == order.reference)
                .fetchCount(db) > 0
            if taken { throw APIError.conflict("Order with this reference already exists") }
            try order.insert(db)
            return order
        }
    }

    func order(id: String) throws -> OrderRow? {
        // Cached statements for the lookups every request makes: compiling one costs more than running it.
        try writer.read { db in
            try OrderRow.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(OrderRow.databaseTableName) WHERE order_id = ?"), arguments: [id])
        }
    }

    /// The orders with this reference, in any project (the API itself finds orders only by id).
    func orders(reference: String) throws -> [OrderRow] {
        try writer.read { db in try OrderRow.filter(OrderRow.CodingKeys.reference == reference).fetchAll(db) }
    }

    func insert(_ link: LinkRow) throws -> LinkRow {
        try writer.write { db in
            var link = link
            try link.insert(db)
            return link
        }
    }

    func link(id: String) throws -> LinkRow? {
        try writer.read { db in
            try LinkRow.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(LinkRow.databaseTableName) WHERE link_id = ?"), arguments: [id])
        }
    }

    func link(pageToken: String) throws -> LinkRow? {
        try writer.read { db in
            try LinkRow.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM \(LinkRow.databaseTableName) WHERE page_token = ?"), arguments: [pageToken])
        }
    }

    /// One page of links, newest first, and how many match in all.
    func links(orderID: String?, status: LinkStatus?, limit: Int, offset: Int, now: Int) throws -> (items: [LinkRow], total: Int) {
        try writer.read { db in
            var query = LinkRow.all()
            if let orderID { query = query.filter(LinkRow.CodingKeys.orderID == orderID) }
            let state = LinkRow.CodingKeys.state, expiredAt = LinkRow.CodingKeys.expiredAt
            switch status {
            case .active?: query = query.filter(state == LinkRow.active && (expiredAt == nil || expiredAt > now))
            case .expired?: query = query.filter(state == LinkRow.active && expiredAt != nil && expiredAt <= now)
            case .completed?: query = query.filter(state == LinkRow.completed)
            case .canceled?: query = query.filter(state == LinkRow.canceled)
            case .other?, nil: break
            }
            let total = try query.fetchCount(db)
            let items = try query
                .order(LinkRow.CodingKeys.createdAt.desc, LinkRow.CodingKeys.sequence.desc)
                .limit(limit, offset: offset)
                .fetchAll(db)
            return (items, total)
        }
    }

    /// Changes one link (and its order) in one transaction; `change` may refuse with an `APIError`.
    func change(
        linkID: String, _ change: @Sendable (inout LinkRow, inout OrderRow) throws -> Void
    ) throws -> (link: LinkRow, order: OrderRow) {
        try self.change(linkID: linkID) { link, order, _ in try change(&link, &order) }
    }

    /// Changes one link and its order in one transaction, told what the order's other paid links add up to.
    func change(
        linkID: String, _ change: @Sendable (inout LinkRow, inout OrderRow, _ paidByOthers: Int) throws -> Void
    ) throws -> (link: LinkRow, order: OrderRow) {
        try writer.write { db in
            guard var link = try LinkRow.filter(LinkRow.CodingKeys.linkID == linkID).fetchOne(db),
                var order = try OrderRow.fetchOne(db, key: link.orderID)
            else { throw APIError.notFound("Payment link \(linkID) was not found.") }
            let paidByOthers = try Int.fetchOne(
                db,
                sql: "SELECT COALESCE(SUM(amount), 0) FROM sandbox_link WHERE order_id = ? AND state = ? AND link_id != ?",
                arguments: [order.orderID, LinkRow.completed, linkID]) ?? 0
            try change(&link, &order, paidByOthers)
            try link.update(db)
            try order.update(db)
            return (link, order)
        }
    }

    /// What the paid links of an order add up to, in minor units.
    func amountPaid(orderID: String) throws -> Int {
        try writer.read { db in try Self.amountPaid(db, orderID: orderID) }
    }

    /// All links of an order, oldest first (for webhook snapshots).
    func links(ofOrder orderID: String) throws -> [LinkRow] {
        try writer.read { db in
            try LinkRow.filter(LinkRow.CodingKeys.orderID == orderID).order(LinkRow.CodingKeys.sequence).fetchAll(db)
        }
    }
}
