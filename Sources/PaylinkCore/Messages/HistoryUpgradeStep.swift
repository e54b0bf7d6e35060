/// What one step of bringing an earlier version's history up to this one does; the raw value is its English words.
public enum HistoryUpgradeStep: String, CaseIterable, Sendable {
    case searchIndex = "the search index"
    case listOrder = "the list's order"
    case batchColumns = "the batch columns"
    case creatorsAndSearchIndex = "who made each link, and the search index"
    case callbackReceipts = "the callback receipts"
    case linkProjects = "each link's project"
    case searchWithinProject = "the search within a project"
    case searchIndexByProject = "the search index by project"
    case refunds = "the refunds"
    case customerDisplays = "the customer displays"
    case takingsIndexOfPayments = "the takings index of payments"
    case takingsIndexOfLinksMade = "the takings index of links made"
    case takingsIndexOfExpiries = "the takings index of expiries"
    case fillingSearchIndex = "filling the search index"
    /// A step no name was given to.
    case unnamed = "a change to the file"
}
