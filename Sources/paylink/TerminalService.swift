import AsyncHTTPClient
import Foundation
import NIOCore
import PaylinkCore
import PaylinkStore
import PaylinkTUI
import PayseraCheckout

/// The terminal program's window on the world: the SDK, the history and, on the sandbox, the simulated payer.
struct TerminalService: LinkService {
    let context: AppContext
    let workflow: LinkWorkflow
    let history: HistoryStore

    var isSandbox: Bool { context.isSandbox }
    func confirmSandbox() async -> Bool { await context.answersAsSandbox() }
    var profileName: String { context.profile.name }

    func create(_ draft: LinkDraft) async -> PaylinkTUI.CreateOutcome {
        switch await workflow.create(draft) {
        case .created(let link, _): return .created(link)
        case .invalid(let fields, let message): return .invalid(fields, message)
        case .refused(let message): return .refused(message)
        case .outcomeUnknown(let message): return .outcomeUnknown(message)
        case .failed(let message): return .failed(message)
        }
    }

    func methods(amount: Int?, currency: String?) async throws -> [PaymentMethod] {
        try await context.client.paymentMethods(amount: amount, currency: currency)
    }

    func refresh(linkID: String) async throws -> PaymentLink {
        let link = try await context.client.paymentLink(id: linkID)
        remember(link)
        return link
    }

    func simulatePayment(linkID: String) async throws -> PaymentLink {
        guard await confirmSandbox() else { throw SimulatedPaymentRefused(message: "Simulated payments exist only on the sandbox.") }
        let id = linkID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? linkID
        var request = HTTPClientRequest(url: context.baseURL.absoluteString + "/sandbox/payment-links/\(id)/pay")
        request.method = .POST
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard (200..<300).contains(Int(response.status.code)) else {
            throw SimulatedPaymentRefused(message: "The sandbox refused the payment (\(response.status.code)).")
        }
        let link = try JSONDecoder().decode(PaymentLink.self, from: Data(body.readableBytesView))
        remember(link)
        return link
    }

    func cancel(linkID: String) async throws -> PaymentLink {
        let link = try await context.client.cancelPaymentLink(id: linkID)
        remember(link)
        return link
    }

    func reconcile() async -> ReconcileSummary {
        guard let reconciler = try? context.reconciler() else { return ReconcileSummary() }
        let report = await reconciler.run()
        return ReconcileSummary(
            adopted: report.adopted.count, notCreated: report.notCreated.count,
            stillUnknown: report.stillUnknown.count, inFlight: report.inFlight.count)
    }

    var historyStore: HistoryStore? { history }

    var draftStore: DraftStore? { DraftStore(paths: context.paths) }

    /// Keeps the history's copy of a link current.
    private func remember(_ link: PaymentLink) {
        let known = try? history.record(linkID: link.linkID)
        _ = try? history.upsert(link: link, currency: known?.currency, profile: known?.profile ?? profileName)
    }
}

/// The sandbox did not take the simulated payment.
struct SimulatedPaymentRefused: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
