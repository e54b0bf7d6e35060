import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// Brings refunds made elsewhere (another till, the dashboard) into the history by reading the orders of paid links.
/// The API lists no refunds of its own, so each order is read; only recent payments are looked at unless asked.
public struct RefundSync: Sendable {
    public let client: CheckoutClient
    public let history: HistoryStore
    public let profile: String

    public init(client: CheckoutClient, history: HistoryStore, profile: String) {
        self.client = client
        self.history = history
        self.profile = profile
    }

    /// Payments older than this are not looked at by an ordinary sync: refunds come soon after the sale.
    public static let recentWindow: TimeInterval = 14 * 86_400
    /// Orders read at once.
    static let parallel = 8

    /// What one pass did.
    public struct Report: Sendable, Hashable, Codable {
        /// Orders read.
        public var orders = 0
        /// Refunds the history did not know.
        public var added = 0
        /// Known refunds whose status changed.
        public var changed = 0
        /// Orders that could not be read.
        public var failed = 0
        public init() {}
    }

    /// Reads the orders of the links paid since `since` (all paid links when nil) and takes their refunds.
    public func run(since: Date?) async -> Report {
        let links = (try? history.paidLinks(since: since)) ?? []
        var report = Report()
        var next = links.makeIterator()
        await withTaskGroup(of: (HistoryRecord, Order?).self) { group in
            func start() -> Bool {
                guard let link = next.next() else { return false }
                group.addTask { [client] in
                    (link, try? await client.order(id: link.orderID ?? ""))
                }
                return true
            }
            for _ in 0..<Self.parallel where !start() { break }
            while let (link, order) = await group.next() {
                report.orders += 1
                if let order, let listed = order.refunds, let orderID = link.orderID {
                    if let merge = try? history.mergeRefunds(
                        orderID: orderID, listed: listed, linkID: link.linkID, reference: order.purchase?.reference,
                        profile: profile)
                    {
                        report.added += merge.added
                        report.changed += merge.changed
                    }
                } else if order == nil {
                    report.failed += 1
                }
                _ = start()
            }
        }
        return report
    }
}

extension HistorySync {
    /// The links, then, when that worked, the refunds of the recent payments (of every payment with `full`).
    public func runWithRefunds(full: Bool = false) async throws(Failure) -> (links: SyncReport, refunds: RefundSync.Report) {
        let links = try await run(full: full)
        let refunds = await RefundSync(client: client, history: history, profile: profile)
            .run(since: full ? nil : Date().addingTimeInterval(-RefundSync.recentWindow))
        return (links, refunds)
    }
}

/// What one sync did, the links' and the refunds' part, as `paylink sync` prints it.
public struct SyncResult: Encodable {
    public var links: SyncReport
    public var refunds: RefundSync.Report

    public init(links: SyncReport, refunds: RefundSync.Report) {
        self.links = links
        self.refunds = refunds
    }

    enum CodingKeys: String, CodingKey { case refunds, added, changed, unchanged, pages, stoppedBecause = "stopped_because" }

    /// `--json`: the links' sync, and the refunds found on the paid links' orders under `refunds`.
    public func encode(to encoder: Encoder) throws {
        try links.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(refunds, forKey: .refunds)
    }

    /// "Synced: 3 new, 1 changed, 200 unchanged (2 pages).", then the refunds' line when any were new or changed.
    public var lines: [String] { lines(language: .en) }

    /// The lines in `language`.
    public func lines(language: UILanguage) -> [String] {
        let report = links
        var lines = [
            language.text(.command(.syncedLinks(
                added: report.added, changed: report.changed, unchanged: report.unchanged, pages: report.pages)))
        ]
        if refunds.added + refunds.changed > 0 {
            lines.append(language.text(.command(.syncedRefunds(
                added: refunds.added, changed: refunds.changed, orders: refunds.orders))))
        }
        return lines
    }
}
