import GRDB

/// One payment tried on a link: the method the payer chose and whether it went through.
struct PaymentRow: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "sandbox_payment"
    /// Stored statuses.
    static let completed = "completed", failed = "failed"

    var paymentID: String
    var linkID: String
    var orderID: String
    var method: String
    var status: String
    var amount: Int
    var currency: String
    var createdAt: Int

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case paymentID = "payment_id"
        case linkID = "link_id"
        case orderID = "order_id"
        case method, status, amount, currency
        case createdAt = "created_at"
    }
}
