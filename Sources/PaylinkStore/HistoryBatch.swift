import Foundation

/// One batch as the history knows it: its id, when it began, the file rows it tried and how many got a link.
public struct HistoryBatch: Sendable, Hashable {
    public var id: String
    /// When its first row was written ahead.
    public var startedAt: Date
    /// File rows with at least one attempt in the history.
    public var rows: Int
    /// File rows whose link was made.
    public var created: Int

    public init(id: String, startedAt: Date, rows: Int, created: Int) {
        self.id = id
        self.startedAt = startedAt
        self.rows = rows
        self.created = created
    }
}
