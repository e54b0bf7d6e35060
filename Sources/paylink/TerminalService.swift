import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI
import PayseraCheckout

/// The terminal program's window on the world: PaylinkService's workflows behind PaylinkTUI's `TerminalServices`.
struct TerminalService: TerminalServices {
    let context: AppContext
    let workflow: LinkWorkflow
    let history: HistoryStore

    var isSandbox: Bool { context.isSandbox }
    func confirmSandbox() async -> Bool { await context.answersAsSandbox() }
    var profileName: String { context.profile.name }

    private var actions: LinkActions {
        context.linkActions(history: history)
    }

    func create(_ draft: LinkDraft) async -> CreateOutcome { await workflow.create(draft) }

    func methods(amount: Int?, currency: String?) async throws -> [PaymentMethod] {
        try await context.client.paymentMethods(amount: amount, currency: currency)
    }

    func refresh(linkID: String) async throws -> PaymentLink { try await actions.refresh(linkID: linkID) }

    func simulatePayment(linkID: String) async throws -> PaymentLink {
        guard await confirmSandbox() else { throw SimulatedPaymentRefused(message: "Simulated payments exist only on the sandbox.") }
        return try await actions.simulatePayment(linkID: linkID)
    }

    func cancel(linkID: String) async throws -> PaymentLink { try await actions.cancel(linkID: linkID) }

    func reconcile() async -> ReconcileReport {
        guard let reconciler = try? context.reconciler() else { return ReconcileReport() }
        return await reconciler.run()
    }

    func update(linkID: String, _ change: LinkUpdate) async -> LinkUpdateOutcome {
        await LinkUpdateWorkflow(client: context.client, history: history, profile: profileName).update(linkID: linkID, change)
    }

    func order(id: String, known: OrderOverview) async -> OrderOverview {
        await OrderLookup(client: context.client).overview(orderID: id, known: known)
    }

    var historyStore: HistoryStore? { history }

    func refundStanding(linkID: String) async -> Result<RefundStandingReport, MessageError> {
        await context.refundWorkflow(history: history).standing(linkID: linkID).mapError { MessageError($0.message) }
    }

    func refund(linkID: String, draft: RefundDraft, key: String) async -> RefundOutcome {
        await context.refundWorkflow(history: history).refund(linkID: linkID, draft: draft, key: key)
    }

    var draftStore: DraftStore? { DraftStore(paths: context.paths) }

    var isLive: Bool { context.profile.isLive }

    var profileNames: [String] { ProfilesCommand.summaries(context.config, named: profileName).map(\.name) }

    var newLinkDraft: LinkDraft { context.draftDefaults.blankDraft }

    func switchingProfile(to name: String) async throws -> any TerminalServices {
        // The context of the profile left behind stays up: a sandbox it serves keeps answering its payment pages.
        let next: AppContext
        do {
            next = try await AppContext.make(profileName: name)
        } catch let failure as CommandFailure {
            let message = failure.message ?? "the profile could not be read"
            throw MessageError(message.hasPrefix("paylink: ") ? String(message.dropFirst(9)) : message)
        }
        // The same file, showing the new profile's project.
        let scoped: HistoryStore
        do { scoped = try history.scoped(to: HistoryProject(next.profile)) } catch { throw MessageError(error.description) }
        return TerminalService(context: next, workflow: next.workflow(history: scoped), history: scoped)
    }

    func sync() async throws -> SyncReport {
        do {
            return try await HistorySync(client: context.client, history: history, profile: profileName).run()
        } catch {
            throw MessageError(error.message)
        }
    }
}
