/// Marks a create attempt as one row of a batch: which batch, which row, and what identifies its payment.
public struct BatchTag: Sendable, Hashable {
    public var batchID: String
    /// The row's number in the file, the header being row 1 (as a spreadsheet numbers it).
    public var row: Int
    /// The order reference, or the order id and the link's name: the same payment in any later run of the file.
    public var paymentKey: String

    public init(batchID: String, row: Int, paymentKey: String) {
        self.batchID = batchID
        self.row = row
        self.paymentKey = paymentKey
    }
}
