import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI
import PayseraCheckout

/// The terminal program's window on the world: PaylinkService's workflows behind PaylinkTUI's `LinkService`.
struct TerminalService: LinkService {
    let context: AppContext
    let workflow: LinkWorkflow
    let history: HistoryStore

    var isSandbox: Bool { context.isSandbox }
    func confirmSandbox() async -> Bool { await context.answersAsSandbox() }
    var profileName: String { context.profile.name }

    private var actions: LinkActions {
        LinkActions(client: context.client, history: history, profile: profileName, baseURL: context.baseURL)
    }

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

    func refresh(linkID: String) async throws -> PaymentLink { try await actions.refresh(linkID: linkID) }

    func simulatePayment(linkID: String) async throws -> PaymentLink {
        guard await confirmSandbox() else { throw SimulatedPaymentRefused(message: "Simulated payments exist only on the sandbox.") }
        return try await actions.simulatePayment(linkID: linkID)
    }

    func cancel(linkID: String) async throws -> PaymentLink { try await actions.cancel(linkID: linkID) }

    func reconcile() async -> ReconcileSummary {
        guard let reconciler = try? context.reconciler() else { return ReconcileSummary() }
        let report = await reconciler.run()
        return ReconcileSummary(
            adopted: report.adopted.count, notCreated: report.notCreated.count,
            stillUnknown: report.stillUnknown.count, inFlight: report.inFlight.count)
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

    func switchingProfile(to name: String) async throws -> any LinkService {
        // The context of the profile left behind stays up: a sandbox it serves keeps answering its payment pages.
        let next: AppContext
        do {
            next = try await AppContext.make(profileName: name, uiLanguage: context.chosenLanguage?.rawValue)
        } catch let failure as CommandFailure {
            let message = failure.message ?? "the profile could not be read"
            throw MessageError(message.hasPrefix("paylink: ") ? String(message.dropFirst(9)) : message)
        }
        // The same file, showing the new profile's project.
        let scoped: HistoryStore
        do { scoped = try history.scoped(to: HistoryProject(next.profile)) } catch { throw MessageError(error.description) }
        return TerminalService(context: next, workflow: next.workflow(history: scoped), history: scoped)
    }

    func sync() async throws -> SyncSummary {
        do {
            let report = try await HistorySync(client: context.client, history: history, profile: profileName).run()
            return SyncSummary(added: report.added, changed: report.changed)
        } catch {
            throw MessageError(error.message)
        }
    }
}
