import Foundation
import PaylinkStore
import PayseraCheckout

/// Settles create attempts whose outcome is unknown by asking the API which links the order has.
public struct Reconciler: Sendable {
    public let client: CheckoutClient
    public let history: HistoryStore
    public let profile: String
    public let paths: AppPaths

    public init(client: CheckoutClient, history: HistoryStore, profile: String, paths: AppPaths) {
        self.client = client
        self.history = history
        self.profile = profile
        self.paths = paths
    }

    /// An attempt younger than this may not have taken its lock yet.
    public static let lockGrace: TimeInterval = 2

    /// Looks at every unresolved attempt of the profile; never creates anything.
    public func run() async -> ReconcileReport {
        var report = ReconcileReport()
        let attempts: [HistoryRecord]
        do {
            // With no create in flight anywhere, every attempt still `sending` lost its process.
            let candidates = try history.unknownAttempts(profile: profile, staleAfter: 0)
            let idle = InFlightLock.nothingInFlight(paths)
            let cutoff = Date().addingTimeInterval(-Self.lockGrace)
            attempts = candidates.filter { idle || $0.state == .unknown || $0.createdAt <= cutoff }
        } catch {
            return report
        }
        for listed in attempts {
            guard let id = listed.attemptID, let attempt = try? history.record(id), attempt.state.isUnresolved else {
                continue
            }
            // A process that is still waiting for the answer will write the outcome itself.
            if attempt.state == .sending && AttemptLock.isHeld(id, paths: paths) {
                report.inFlight.append(attempt)
                continue
            }
            if attempt.state == .sending {
                _ = try? history.markUnknown(id, message: "The process sending it stopped before the answer came.")
            }
            guard let orderID = attempt.orderID else {
                _ = try? history.markNotCreated(id)
                report.notCreated.append(attempt)
                continue
            }
            do {
                switch try history.reconcile(id, listed: try await allLinks(orderID: orderID)) {
                case .adopted(let record): report.adopted.append(record)
                case .notCreated: report.notCreated.append(attempt)
                case .alreadySettled: break
                }
            } catch {
                report.stillUnknown.append(.init(attempt: attempt, reason: "\(error)"))
            }
        }
        return report
    }

    /// Every link of an order, page by page.
    private func allLinks(orderID: String) async throws -> [PaymentLink] {
        var links: [PaymentLink] = []
        var offset = 0
        while true {
            let page = try await client.paymentLinks(orderID: orderID, limit: 200, offset: offset)
            links += page.items
            offset += page.items.count
            if page.items.isEmpty || offset >= (page.metadata?.total ?? offset) { break }
        }
        return links
    }
}
