import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// Which screen is showing.
public enum Screen: Sendable, Hashable {
    case form
    case result
    case history
    /// The link's QR code as large as the terminal allows, for turning the screen to the customer.
    case qr
    /// A CSV file's rows checked, confirmed and made into links.
    case batch
    /// The day's (week's, month's) takings at a glance.
    case takings
}

/// A one-line message at the bottom of the screen.
public struct Notice: Sendable, Hashable {
    /// How a notice looks.
    public enum Kind: Sendable, Hashable { case info, success, warning, error }
    public var text: String
    public var kind: Kind
    /// The sentence the text says, kept so the notice can be said again in another language; nil for text from elsewhere.
    public var message: Message?

    public init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    /// The notice of `message` in `language`.
    public init(_ message: Message, _ kind: Kind = .info, in language: UILanguage) {
        self.init(language.text(message), kind)
        self.message = message
    }

    /// Says the notice again in `language`, when it was made from a sentence of the catalogue.
    public mutating func speak(_ language: UILanguage) {
        if let message { text = language.text(message) }
    }
}

/// A link that was made, and what is known about it since.
public struct ResultState: Sendable, Hashable {
    /// The link as last known; its QR codes follow its URL, whichever way the link arrived.
    public var link: PaymentLink {
        didSet { if link.paymentURL != oldValue.paymentURL { codes = QRFit(encoding: TerminalText.sanitize(link.paymentURL)) } }
    }
    /// The draft it was made from, for `d` (duplicate).
    public var draft: LinkDraft
    /// The code beside the text on the result screen (level M).
    public var qr: QRMatrix? { codes.medium }
    public var lastPoll: Date
    public var polling = false
    public var paying = false
    /// The order behind the link, once read; asked again when the link's status changes.
    public var order: OrderOverview?
    /// The link status the order was last asked for at (nil: not asked yet).
    public var orderAskedAt: LinkStatus??
    /// The link status the order on screen was read at: shown only while the link still has that status.
    public var orderReadAt: LinkStatus??
    /// The code at both error-correction levels, for the full-screen QR view.
    public private(set) var codes: QRFit
    /// Minor units given back by refunds so far (a paid link only).
    public var refunded = 0
    /// Since when the link has been on screen without a pause: polling is quick at first, then slower.
    public var watchedSince: Date?
    /// A 429 answer's `Retry-After`: no status request before then.
    public var pollNotBefore: Date?

    /// A link on screen; its QR codes are made here from its URL, so every way of showing a link has them.
    public init(link: PaymentLink, draft: LinkDraft, lastPoll: Date, order: OrderOverview? = nil) {
        self.link = link
        self.draft = draft
        self.lastPoll = lastPoll
        self.order = order
        codes = QRFit(encoding: TerminalText.sanitize(link.paymentURL))
    }
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
    /// The help screen's first line shown; it opens at the top.
    public var helpScroll = 0
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
    /// The form as it was before a link was opened for changing, given back when the change ends.
    public var formBeforeEdit: FormState?
    public var quitting = false
    /// The history screen's background sync with the API's list.
    public var historySync = HistorySyncState()
    /// The profile reaches a live API (real money): the header shows LIVE on every screen.
    public var isLive = false
    /// The profiles `P` offers (config.yaml's and the built-in sandbox).
    public var profileNames: [String] = []
    /// The open list of profiles.
    public var profileChoice: ProfileChoice?
    /// The profile being switched to, until the service for it is ready.
    public var switchingProfile: String?
    /// The draft a new link starts from: the current profile's defaults.
    public var newLinkDraft = LinkDraft()
    /// The batch screen (F3, or `paylink batch FILE` on a terminal).
    public var batch = BatchScreenState()
    /// The result screen shows a link opened from the batch screen (Esc goes back there).
    public var resultFromBatch = false
    /// The refund pop-up over the result or history screen.
    public var refund: RefundFormState?
    /// The takings screen (F4, `t`).
    public var takings = TakingsState()
    /// The language every word on screen is in (`L` on the help screen changes it).
    public var language: UILanguage = .en {
        didSet {
            history.language = language
            history.notice?.speak(language)
        }
    }

    /// The smallest screen the program draws on.
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    /// A message in the screen's language.
    public func text(_ message: Message) -> String { language.text(message) }

    /// An amount in the screen's language ("12,50 €" in Lithuanian).
    public func amount(minor: Int, currency: String) -> String {
        Money.text(minor: minor, currency: currency, language: language)
    }

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
        if profileChoice != nil { return [.picker, .global] }
        if let refund {
            if refund.confirming { return [.confirm, .global] }
            // Nothing is typed while the refund is on its way.
            if refund.sending { return [.global] }
            return [.refund, .editing, .global]
        }
        switch screen {
        case .batch:
            if batch.confirmingStart || batch.confirmingStop { return [.confirm, .global] }
            // The path is typed as raw keys; only the global keys (quit, help) apply.
            if batch.phase == .choosingFile { return [.global] }
            return [.batch, .global]
        case .result: return [.result, .browse, .global]
        case .qr: return [.qr, .global]
        case .takings: return [.takings, .global]
        case .history:
            if history.confirmingCancel != nil { return [.confirm, .global] }
            if history.batchChoice != nil { return [.picker, .global] }
            if history.searching { return [.historySearch, .editing, .global] }
            return [.history, .global]
        case .form:
            if form.picker != nil { return [.picker, .global] }
            switch form.focus {
            case .orderMode: return [.choice, .browse, .form, .global]
            case .create: return [.browse, .form, .global]
            case .field(.paymentFlow): return [.flowChoice, .browse, .form, .global]
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
    /// The API answered a status request with 429 and asked to wait this many seconds.
    case statusLimited(retryAfter: Int)
    case paymentSimulated(Result<PaymentLink, MessageError>)
    case copied(Message)
    case opened(Message, succeeded: Bool)
    /// An answer for the history list (a page read, a status, a cancel, a reconciliation).
    case history(HistoryMsg)
    /// Reconciliation at start-up finished.
    case startupReconciled(ReconcileReport)
    /// SIGTERM, SIGHUP or SIGINT: leave cleanly.
    case terminate
    /// The API of this profile turned out to be a paylink sandbox (found after the first frame): the badge and the
    /// simulated payer. Ignored when another profile is in use by the time the answer comes.
    case sandboxConfirmed(profile: String)
    /// What came of changing a link from the edit form.
    case updated(LinkUpdateOutcome)
    /// The order behind the result screen's link was read.
    case orderLoaded(OrderOverview)
    /// A background sync of the history with the API's list finished.
    case synced(Result<SyncReport, MessageError>)
    /// The service for another profile is ready (or could not be made).
    case profileSwitched(Result<ProfileSwitch, MessageError>)
    /// An answer for the batch screen (the file checked, a row made, the run over).
    case batch(BatchMsg)
    /// The history's row of a link says this status (e.g. `paylink listen` applied a callback).
    case historyStatus(linkID: String, LinkStatus)
    /// The history's row of a link says this much was refunded (here, on another till, or by a callback).
    case historyRefunded(linkID: String, Int)
    /// An answer for the refund pop-up.
    case refund(RefundMsg)
    /// The history's rows on screen as they are now (another program may have changed them).
    case historyRowsReread([HistoryRecord])
    /// The takings of a period were read.
    case takingsLoaded(TakingsPeriod, Result<TakingsBoard, MessageError>)
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
    /// Batch I/O: check a file, run it, stop it.
    case batch(BatchEffect)
    case suspend
    case quit
    /// Change a link (`PUT`), from the edit form.
    case update(linkID: String, LinkUpdate)
    /// Read the order behind a link, and its links.
    case loadOrder(orderID: String, known: OrderOverview)
    /// Bring the history up to date with the API's list of links.
    case sync
    /// Make the service for this profile and use it from now on.
    case switchProfile(String)
    /// Read the status the history holds for the link on screen (one indexed row; no API call).
    case watchHistory(linkID: String)
    /// Refund I/O: what was paid, and the refund itself.
    case refund(RefundEffect)
    /// Read these history rows again (by local id): a refund or a callback may have changed them.
    case rereadHistoryRows([Int64])
    /// Read the takings of a period from the history.
    case loadTakings(TakingsPeriod, span: TakingsPeriod.Span)
}
