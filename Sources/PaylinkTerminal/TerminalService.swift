import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI
import PayseraCheckout

/// Opens another profile's session for the profile switcher (with `--ui-language`'s code, if one was given);
/// a failure is the sentence the screen shows.
public typealias ProfileOpener = @Sendable (_ name: String, _ uiLanguage: String?) async throws(MessageError) -> ProfileSession

/// The terminal program's window on the world: PaylinkService's workflows behind PaylinkTUI's `TerminalServices`.
public struct TerminalService: TerminalServices {
    let context: ProfileSession
    let workflow: LinkWorkflow
    let history: HistoryStore
    let openProfile: ProfileOpener

    public var isSandbox: Bool { context.isSandbox }
    public func confirmSandbox() async -> Bool { await context.answersAsSandbox() }
    public var profileName: String { context.profile.name }

    private var actions: LinkActions {
        context.linkActions(history: history)
    }

    public func create(_ draft: LinkDraft) async -> CreateOutcome { await workflow.create(draft) }

    public func methods(amount: Int?, currency: String?) async throws -> [PaymentMethod] {
        try await context.paymentMethods(amount: amount, currency: currency)
    }

    public func refresh(linkID: String) async throws -> PaymentLink { try await actions.refresh(linkID: linkID) }

    public func simulatePayment(linkID: String) async throws -> PaymentLink {
        guard await confirmSandbox() else { throw SimulatedPaymentRefused(message: context.uiLanguage.text(.ui(.simulatedOnlySandbox)) + ".") }
        return try await actions.simulatePayment(linkID: linkID)
    }

    public func cancel(linkID: String) async throws -> PaymentLink { try await actions.cancel(linkID: linkID) }

    public func reconcile() async -> ReconcileReport {
        await context.reconciler(history: history).run()
    }

    public func update(linkID: String, _ change: LinkUpdate) async -> LinkUpdateOutcome {
        await context.linkUpdates(history: history).update(linkID: linkID, change)
    }

    public func order(id: String, known: OrderOverview) async -> OrderOverview {
        await OrderLookup(client: context.client).overview(orderID: id, known: known)
    }

    public var historyStore: HistoryStore? { history }

    public func refundStanding(linkID: String) async -> Result<RefundStandingReport, MessageError> {
        await context.refundWorkflow(history: history).standing(linkID: linkID).mapError { MessageError($0.message) }
    }

    public func refund(linkID: String, draft: RefundDraft, key: String) async -> RefundOutcome {
        await context.refundWorkflow(history: history).refund(linkID: linkID, draft: draft, key: key)
    }

    public var draftStore: DraftStore? { DraftStore(paths: context.paths) }

    public var isLive: Bool { context.profile.isLive }

    public var profileNames: [String] { context.config.profileSummaries(named: profileName).map(\.name) }

    public var newLinkDraft: LinkDraft { context.draftDefaults.blankDraft }

    public func switchingProfile(to name: String) async throws -> any TerminalServices {
        // The context of the profile left behind stays up: a sandbox it serves keeps answering its payment pages.
        let next = try await openProfile(name, context.chosenLanguage?.rawValue)
        // The same file, showing the new profile's project.
        let scoped: HistoryStore
        do { scoped = try history.scoped(to: HistoryProject(next.profile)) } catch { throw MessageError(error.description) }
        return TerminalService(context: next, workflow: next.workflow(history: scoped), history: scoped, openProfile: openProfile)
    }

    public func sync() async throws -> SyncReport {
        do {
            return try await context.historySync(history: history).run()
        } catch {
            throw MessageError(error.message)
        }
    }
}

extension ProfileSession {
    /// The terminal program's services on this profile's `history`; `openProfile` opens the profiles it switches to.
    public func terminalServices(history: HistoryStore, openProfile: @escaping ProfileOpener) -> TerminalService {
        TerminalService(context: self, workflow: workflow(history: history), history: history, openProfile: openProfile)
    }

    /// The terminal program's options for this profile: the draft, its theme, its keys, its language and the user's theme folder.
    public func terminalOptions(draft: LinkDraft? = nil, theme: String? = nil, noColor: Bool = false) -> TUIOptions {
        var options = TUIOptions(
            draft: draft ?? draftDefaults.blankDraft, themeName: theme ?? config.theme, noColor: noColor, keyOverrides: config.keys)
        options.themeDirectories = [paths.configDirectory.appendingPathComponent("themes").path]
        options.language = uiLanguage
        return options
    }
}

/// How a run of the terminal program ended.
public enum TerminalEnding: Sendable {
    /// The screen closed; the last URL made, if any, safe for the terminal.
    case closed(lastURL: String?)
    /// The line-by-line prompts ended with this exit code.
    case prompted(exitCode: Int32)
}

extension ProfileSession {
    /// Runs the terminal program (or, with `plain`, its line-by-line prompts) on `history` to its end, then stops
    /// what this session started, whatever happened; `openProfile` opens the profiles it switches to.
    public func runTerminal(
        _ options: TUIOptions, history: HistoryStore, plain: Bool, openProfile: @escaping ProfileOpener
    ) async throws -> TerminalEnding {
        let services = terminalServices(history: history, openProfile: openProfile)
        let ending: Result<TerminalEnding, any Error>
        if plain {
            ending = .success(.prompted(exitCode: await PlainPrompts.run(options: options, service: services).exitCode))
        } else {
            do { ending = .success(.closed(lastURL: try await TerminalApp.run(options: options, service: services).map(TerminalText.sanitize))) } catch {
                ending = .failure(error)
            }
        }
        await shutdown()
        return try ending.get()
    }
}
