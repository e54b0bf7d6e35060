import Foundation
import PaylinkCore
import PayseraCheckout

/// Which screen is showing.
public enum Screen: Sendable, Hashable {
    case form
    case result
    case history
}

/// A one-line message at the bottom of the screen.
public struct Notice: Sendable, Hashable {
    /// How a notice looks.
    public enum Kind: Sendable, Hashable { case info, success, warning, error }
    public var text: String
    public var kind: Kind
    public init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// A link that was made, and what is known about it since.
public struct ResultState: Sendable, Hashable {
    public var link: PaymentLink
    /// The draft it was made from, for `d` (duplicate).
    public var draft: LinkDraft
    public var qr: QRMatrix?
    public var lastPoll: Date
    public var polling = false
    public var paying = false
}

/// What the terminal can show, found by the backend at start.
public struct TerminalCapabilities: Sendable, Hashable {
    public var colours: Int
    public var unicode: Bool
    public init(colours: Int, unicode: Bool) {
        self.colours = colours
        self.unicode = unicode
    }
}

/// The whole state of the terminal program, as one value.
public struct AppState: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public var now: Date
    public var timeZone: TimeZone
    public var screen: Screen = .form
    public var showingHelp = false
    public var form: FormState
    public var result: ResultState?
    public var notice: Notice?
    public var isSandbox: Bool
    public var profileName: String
    public var keys: KeyTable
    public var capabilities: TerminalCapabilities
    /// The last payment URL made, printed after the screen closes.
    public var lastURL: String?
    /// The history list (F2, `h`).
    public var history = HistoryState()
    /// The result screen shows a link opened from the history (Esc goes back there).
    public var resultFromHistory = false
    /// Follows the form's draft so it is saved once typing pauses.
    public var draftSaving: DraftSaving
    /// A saved draft offered back at start, waiting for y/n.
    public var draftOffer: DraftOffer?
    public var quitting = false

    /// The smallest screen the program draws on.
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public init(
        draft: LinkDraft, width: Int, height: Int, now: Date, timeZone: TimeZone = .current,
        isSandbox: Bool, profileName: String, keys: KeyTable = .standard,
        capabilities: TerminalCapabilities = TerminalCapabilities(colours: 256, unicode: true)
    ) {
        self.width = width
        self.height = height
        self.now = now
        self.timeZone = timeZone
        self.form = FormState(draft: draft)
        self.draftSaving = DraftSaving(seen: draft)
        self.isSandbox = isSandbox
        self.profileName = profileName
        self.keys = keys
        self.capabilities = capabilities
    }

    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

    /// The key contexts that apply now, most specific first.
    public var keyContexts: [KeyContext] {
        if showingHelp { return [.help, .global] }
        if draftOffer != nil { return [.confirm, .global] }
        switch screen {
        case .result: return [.result, .browse, .global]
        case .history:
            if history.confirmingCancel != nil { return [.confirm, .global] }
            if history.searching { return [.historySearch, .editing, .global] }
            return [.history, .global]
        case .form:
            if form.picker != nil { return [.picker, .global] }
            switch form.focus {
            case .orderMode: return [.choice, .browse, .form, .global]
            case .create: return [.browse, .form, .global]
            case .field: return [.form, .editing, .global]
            }
        }
    }
}

/// Everything that can happen to the program: keys, pastes, the clock, and answers from outside.
public enum Msg: Sendable, Hashable {
    case key(Key)
    case paste(String)
    case resize(width: Int, height: Int)
    case tick(Date)
    case created(CreateOutcome)
    case methodsLoaded(key: String, Result<[PaymentMethod], MessageError>)
    case statusChanged(PaymentLink)
    case statusFailed(String)
    case paymentSimulated(Result<PaymentLink, MessageError>)
    case copied(String)
    case opened(Result<String, MessageError>)
    /// An answer for the history list (a page read, a status, a cancel, a reconciliation).
    case history(HistoryMsg)
    /// Reconciliation at start-up finished.
    case startupReconciled(ReconcileSummary)
    /// SIGTERM, SIGHUP or SIGINT: leave cleanly.
    case terminate
    /// The API turned out to be a paylink sandbox (found after the first frame): the badge and the simulated payer.
    case sandboxConfirmed
    /// The history's row of a link says this status (e.g. `paylink listen` applied a callback).
    case historyStatus(linkID: String, LinkStatus)
}

/// An error carried as the sentence a person reads.
public struct MessageError: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// I/O that `update` asks the runtime for; nothing in `update` does it itself.
public enum Effect: Sendable, Hashable {
    case create(LinkDraft)
    case loadMethods(amount: Int?, currency: String?, key: String)
    case refresh(linkID: String)
    case simulatePayment(linkID: String)
    case copy(String)
    case open(String)
    /// History I/O: a page read, a status refresh, a cancel, a reconciliation.
    case history(HistoryEffect)
    /// Write the form's draft to the draft store, or remove it.
    case draft(DraftWrite)
    case suspend
    case quit
    /// Read the status the history holds for the link on screen (one indexed row; no API call).
    case watchHistory(linkID: String)
}
