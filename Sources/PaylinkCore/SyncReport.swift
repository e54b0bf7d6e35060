import Foundation

/// What one sync of the history with the API's list of links did.
public struct SyncReport: Sendable, Hashable, Codable {
    /// Links the history did not know before (made on another till, the dashboard …).
    public var added = 0
    /// Known links that changed (status, name, expiry …).
    public var changed = 0
    /// Known links found as they were.
    public var unchanged = 0
    /// Pages read.
    public var pages = 0
    /// Why the walk ended.
    public var stoppedBecause = ""

    public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0, pages: Int = 0, stoppedBecause: String = "") {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.pages = pages
        self.stoppedBecause = stoppedBecause
    }

    enum CodingKeys: String, CodingKey {
        case added, changed, unchanged, pages
        case stoppedBecause = "stopped_because"
    }
}
