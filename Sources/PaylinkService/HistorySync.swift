import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// Brings the local history up to date with the project's links as the API lists them, page by page.
public struct HistorySync: Sendable {
    public let client: CheckoutClient
    public let history: HistoryStore
    public let profile: String
    /// Links asked for per page (the API's largest page).
    public let pageSize: Int
    /// The language of the failure's sentence.
    public var language: UILanguage = .en

    public init(client: CheckoutClient, history: HistoryStore, profile: String, pageSize: Int = 200) {
        self.client = client
        self.history = history
        self.profile = profile
        self.pageSize = pageSize
    }

    /// Why a sync could not finish; what it had already stored stays stored.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// Whether the API refused the listing (credentials, permissions) rather than failing to answer.
        public var isRefused: Bool
        public var message: String
        /// What was done before the failure.
        public var report: SyncReport
        public var description: String { message }
    }

    /// Reads the list newest first. Without `full` it stops after a page that brought nothing new or changed;
    /// it always stops on an empty page, the listed total, or a page of links already seen on
    /// this walk (an API that ignores `offset` repeats its first page). The next page is asked for while
    /// the current one is written, so the network and the disk work side by side; at most one page is
    /// read that the walk then does not need.
    public func run(full: Bool = false) async throws(Failure) -> SyncReport {
        var report = SyncReport()
        var seen = Set<String>()
        var offset = 0
        var next = fetch(offset: 0)
        defer { next.cancel() }
        while true {
            let page: PaymentLinkList
            switch await next.result {
            case .success(let answer): page = answer
            case .failure(let failure):
                let error = failure as? CheckoutError ?? CheckoutError(kind: .notSent, message: String(describing: failure))
                throw Failure(
                    isRefused: error.isRefused,
                    message: language.text(.notice(.linkListUnreadable(why: language.text(.notice(.api(error))), readBefore: report.pages > 0))),
                    report: report)
            }
            // The first answer proves the token; links are then filed under the project it names.
            if report.pages == 0 { await history.learnProject(from: client) }
            let fresh = page.items.filter { !seen.contains($0.linkID) }
            if page.items.isEmpty {
                report.stoppedBecause = "end of the list"
                break
            }
            if fresh.isEmpty {
                report.stoppedBecause = "the API repeated a page"
                break
            }
            offset += page.items.count
            let pastTotal = page.metadata?.total.map { offset >= $0 } ?? false
            if !pastTotal { next = fetch(offset: offset) }
            let count: MergeCount
            do {
                count = try history.merge(listed: fresh, profile: profile)
            } catch {
                throw Failure(isRefused: false, message: language.text(.notice(.historyNotUpdated(why: "\(error)"))), report: report)
            }
            report.pages += 1
            report.added += count.added
            report.changed += count.changed
            report.unchanged += count.unchanged
            seen.formUnion(fresh.map(\.linkID))
            if pastTotal {
                report.stoppedBecause = "end of the list"
                break
            }
            if !full, count.added == 0, count.changed == 0 {
                report.stoppedBecause = "reached links already known"
                break
            }
        }
        return report
    }

    /// Asks for one page in the background.
    private func fetch(offset: Int) -> Task<PaymentLinkList, any Error> {
        let client = client
        let limit = pageSize
        return Task { try await client.paymentLinks(limit: limit, offset: offset) }
    }
}
