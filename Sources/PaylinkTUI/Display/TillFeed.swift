import Foundation
import PaylinkStore

/// What the till tells its customer display: the link on its result or QR screen, and the profile it works with.
struct TillFeed: Sendable, Hashable {
    var linkID: String?
    var profile: String

    /// The feed of the till's state now; a link shows only while the result or the QR view is up.
    init(_ state: AppState) {
        let showsLink = state.screen == .result || state.screen == .qr
        linkID = showsLink ? state.result?.link.linkID : nil
        profile = state.profileName
    }
}

/// Writes the till's feed to the history whenever it changes, off the screen's thread, in order.
final class TillFeedWriter: @unchecked Sendable {
    private let store: HistoryStore
    private let till: TillName
    private let queue = DispatchQueue(label: "paylink.till-feed")
    private var last: TillFeed?

    init(store: HistoryStore, till: TillName) {
        self.store = store
        self.till = till
    }

    /// Called after every update on the loop's thread; writes only a change.
    func follow(_ state: AppState) {
        let feed = TillFeed(state)
        guard feed != last else { return }
        last = feed
        let store = store
        let till = till
        queue.async { try? store.show(onTill: till, linkID: feed.linkID, profile: feed.profile, pid: getpid()) }
    }

    /// The till closes: its display goes idle before the program ends.
    func close(profile: String) {
        let store = store
        let till = till
        queue.sync { try? store.show(onTill: till, linkID: nil, profile: profile, pid: getpid()) }
    }
}
