import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// What the form, result, edit, order and refund screens ask of the API: make, read, change and refund links.
public protocol LinkRequests: Sendable {
    /// Creates the order when the draft asks for a new one, then the link. Never repeats a POST.
    func create(_ draft: LinkDraft) async -> CreateOutcome
    /// The project's payment methods for an amount (minor units) and currency.
    func methods(amount: Int?, currency: String?) async throws -> [PaymentMethod]
    /// The link as the API knows it now.
    func refresh(linkID: String) async throws -> PaymentLink
    /// Makes the sandbox's simulated payer pay the link (sandbox only).
    func simulatePayment(linkID: String) async throws -> PaymentLink
    /// Cancels an active link (`PUT …/cancel`) and keeps the history's copy current.
    func cancel(linkID: String) async throws -> PaymentLink
    /// Changes an active link (`PUT`) after PaylinkCore's checks, and keeps the history's copy current.
    func update(linkID: String, _ change: LinkUpdate) async -> LinkUpdateOutcome
    /// The order behind a link and its links; `known` is kept where the API does not answer.
    func order(id: String, known: OrderOverview) async -> OrderOverview
    /// What a paid link's payment stands at: paid, refunded, what remains, to whom.
    func refundStanding(linkID: String) async -> Result<RefundStandingReport, MessageError>
    /// Gives back `draft`'s amount of a paid link, written ahead; `key` names it, so it is never sent twice.
    func refund(linkID: String, draft: RefundDraft, key: String) async -> RefundOutcome
}

extension LinkRequests {
    public func cancel(linkID: String) async throws -> PaymentLink {
        throw MessageError(.canceling)
    }
    public func update(linkID: String, _ change: LinkUpdate) async -> LinkUpdateOutcome {
        .failed(MessageError(.changing).message)
    }
    public func order(id: String, known: OrderOverview) async -> OrderOverview { known }
    public func refundStanding(linkID: String) async -> Result<RefundStandingReport, MessageError> {
        .failure(MessageError(.refunds))
    }
    public func refund(linkID: String, draft: RefundDraft, key: String) async -> RefundOutcome {
        .failed(MessageError(.refunds).message)
    }
}

/// What the history screen and the form's draft ask: the files kept on disk, sync and reconciliation.
public protocol HistoryRequests: Sendable {
    /// The history the list reads; nil when none is kept.
    var historyStore: HistoryStore? { get }
    /// Where the form's unfinished draft is kept; nil when drafts are not saved.
    var draftStore: DraftStore? { get }
    /// Brings the history up to date with the API's list of links (other tills, the dashboard).
    func sync() async throws -> SyncReport
    /// Settles create attempts whose outcome is unknown; never creates anything.
    func reconcile() async -> ReconcileReport
}

extension HistoryRequests {
    public var historyStore: HistoryStore? { nil }
    public var draftStore: DraftStore? { nil }
    public func sync() async throws -> SyncReport { throw MessageError(.syncing) }
    public func reconcile() async -> ReconcileReport { ReconcileReport() }
}

/// What the batch screen asks: a file checked, its rows run, the run stopped.
public protocol BatchRequests: Sendable {
    /// Reads and checks a batch file; nothing is sent.
    func checkBatch(path: String) async -> Result<BatchPreview, MessageError>
    /// Makes the links of a batch file's valid rows, reporting each row and the end through `report`.
    func runBatch(path: String, report: @escaping @Sendable (BatchMsg) -> Void) async
    /// Sends no more rows of the running batch.
    func stopBatch()
}

extension BatchRequests {
    public func checkBatch(path: String) async -> Result<BatchPreview, MessageError> {
        .failure(MessageError(.batches))
    }
    public func runBatch(path: String, report: @escaping @Sendable (BatchMsg) -> Void) async {
        report(.failed(MessageError(.batches).message))
    }
    public func stopBatch() {}
}

/// What the header and the profile switcher ask: the profile in use, sandbox or live, and the others.
public protocol ProfileRequests: Sendable {
    /// Whether requests are known at start to go to a paylink sandbox (shows the SANDBOX badge, enables simulated payment).
    var isSandbox: Bool { get }
    /// Whether requests go to a paylink sandbox, asking the API when that is not known at start.
    func confirmSandbox() async -> Bool
    /// The profile in use, shown in the header.
    var profileName: String { get }
    /// Whether the profile reaches a live API (real money).
    var isLive: Bool { get }
    /// The profiles the program can switch to.
    var profileNames: [String] { get }
    /// The draft a new link of this profile starts from: its default currency, language, country and addresses.
    var newLinkDraft: LinkDraft { get }
    /// The services for another profile (same history and drafts, that profile's API and credentials).
    func switchingProfile(to name: String) async throws -> any TerminalServices
}

extension ProfileRequests {
    public func confirmSandbox() async -> Bool { isSandbox }
    public var isLive: Bool { false }
    public var profileNames: [String] { [] }
    public var newLinkDraft: LinkDraft { LinkDraft() }
    public func switchingProfile(to name: String) async throws -> any TerminalServices {
        throw MessageError(.switchingProfiles)
    }
}

/// Everything the terminal program asks of the outside world; the executable wires PaylinkService's workflows behind it.
public typealias TerminalServices = LinkRequests & HistoryRequests & BatchRequests & ProfileRequests

/// How the terminal program starts: the prefilled draft and the person's preferences.
public struct TUIOptions: Sendable {
    /// The form's starting values (from the command line's field options).
    public var draft: LinkDraft
    /// Theme by name (`default`, `light`, `high-contrast`, `mono`, `paysera` or a user theme).
    public var themeName: String?
    /// `--no-color`: draw without colour.
    public var noColor: Bool
    /// `keys:` from config.yaml: action id → key names ("ctrl+s", "f2", "x").
    public var keyOverrides: [String: [String]]
    /// The process environment (TERM, NO_COLOR, XDG_CONFIG_HOME, LANG, DISPLAY …).
    public var environment: [String: String]
    /// The clock.
    public var now: @Sendable () -> Date
    /// Time zone used for expiry times shown on screen.
    public var timeZone: TimeZone
    /// Extra folders searched for theme files before the user's (tests point this at a temp folder).
    public var themeDirectories: [String]
    /// The screen shown first (`paylink history` opens the history).
    public var startScreen: Screen = .form
    /// The CSV file the batch screen opens on (`paylink batch FILE` on a terminal).
    public var batchFile: String?
    /// The language of the screen (`--ui-language`, `ui_language:`, the locale variables, else English).
    public var language: UILanguage = .en
    /// The till whose customer display follows this program's result screen (`--till`); nil feeds none.
    public var till: TillName?

    public init(
        draft: LinkDraft = LinkDraft(), themeName: String? = nil, noColor: Bool = false,
        keyOverrides: [String: [String]] = [:],
        environment: [String: String] = ProcessInfo.processInfo.environment,
        now: @escaping @Sendable () -> Date = { Date() }, timeZone: TimeZone = .current,
        themeDirectories: [String] = []
    ) {
        self.draft = draft
        self.themeName = themeName
        self.noColor = noColor
        self.keyOverrides = keyOverrides
        self.environment = environment
        self.now = now
        self.timeZone = timeZone
        self.themeDirectories = themeDirectories
    }

    /// Whether colour is off: `--no-color`, `NO_COLOR` set (any value), or `TERM=dumb`.
    public var colourless: Bool {
        noColor || environment["NO_COLOR"].map { !$0.isEmpty } == true || environment["TERM"] == "dumb"
    }

    /// Whether the locale says UTF-8 (LC_ALL, then LC_CTYPE, then LANG).
    public var localeIsUTF8: Bool {
        let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let lower = locale.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8")
    }

    /// Whether the plain line-prompt mode should be used instead of the screen.
    public func wantsPlainPrompts(stdinIsTerminal: Bool) -> Bool {
        environment["ACCESSIBLE"].map { !$0.isEmpty && $0 != "0" } == true
            || environment["TERM"] == "dumb" || !stdinIsTerminal
    }
}

extension MessageError {
    /// That `what` is not offered, in the language the environment asks for (these services know no other).
    init(_ what: Unoffered) {
        self.init(UILanguage.environment.text(.notice(.notAvailableHere(what))))
    }
}
