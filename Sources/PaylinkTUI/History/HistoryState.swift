import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// The status filter of the history list, cycled with `s`.
public enum HistoryStatusFilter: String, Sendable, Hashable, CaseIterable {
    case all, active, paid, expired, canceled, unknown

    /// The store's filter for it.
    public var storeFilter: HistoryFilter {
        switch self {
        case .all: .all
        case .active: .status(.active)
        case .paid: .status(.completed)
        case .expired: .status(.expired)
        case .canceled: .status(.canceled)
        case .unknown: .unresolved
        }
    }

    /// The next filter in the cycle all → active → paid → expired → canceled → unknown → all.
    public var next: HistoryStatusFilter {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

/// One read of the history the list asks for: which page of which query.
public struct HistoryPageRequest: Sendable, Hashable {
    /// The list's query generation when asked; an answer for an older one is dropped.
    public var generation: Int
    /// Page number from the top of the list (0 is the newest rows).
    public var index: Int
    /// Where the page starts (nil for the first page).
    public var after: HistoryCursor?
    public var limit: Int
    public var filter: HistoryFilter
    /// What was typed after `/`; nil when nothing is searched.
    public var search: String?
    /// Only the rows of this batch (picked with `b`, or `batch:ID` typed in the search).
    public var batch: String? = nil
}

/// A page of history rows as read from the store.
public struct HistoryPage: Sendable, Hashable {
    public var generation: Int
    public var index: Int
    public var rows: [HistoryRecord]
    public init(generation: Int, index: Int, rows: [HistoryRecord]) {
        self.generation = generation
        self.index = index
        self.rows = rows
    }
}

/// A reconciliation pass as the notice line reports it.
extension ReconcileReport {
    /// The notice a person reads, in `language`; nil when there was nothing to reconcile.
    public func text(in language: UILanguage = .en) -> String? {
        guard adopted.count + notCreated.count + stillUnknown.count + inFlight.count > 0 else { return nil }
        return language.text(.screen(.reconciled(
            adopted: adopted.count, notCreated: notCreated.count, stillUnknown: stillUnknown.count, inFlight: inFlight.count)))
    }
}

/// A text edit of the search field, independent of the keys that ask for it.
public enum TextEdit: Sendable, Hashable {
    case insert(String)
    case left, right, start, end, backspace, delete, killToEnd, killToStart, deleteWord
}

/// What a person asks of the history list (the key table maps keys to these).
public enum HistoryInput: Sendable, Hashable {
    case up, down, pageUp, pageDown, top
    case startSearch, endSearch, clearSearch
    case edit(TextEdit)
    case cycleStatus
    case details, copy, openInBrowser, duplicate
    case cancel, confirm, deny
    case refresh, refreshAll, reconcile
    /// `b`: the list of batches to filter by, or, with a batch filtered, every link again.
    case batchFilter
    /// Esc on the list of batches.
    case closeBatchChoice
}

/// Everything that reaches the history list: input, the clock, and answers from the store and the API.
public enum HistoryMsg: Sendable, Hashable {
    case input(HistoryInput)
    case tick(Date)
    case pageLoaded(HistoryPage)
    case loadFailed(generation: Int, message: String)
    case statusRefreshed(linkID: String, Result<PaymentLink, MessageError>)
    case canceled(linkID: String, Result<PaymentLink, MessageError>)
    case reconciled(Result<ReconcileReport, MessageError>)
    /// The history's batches, for the list `b` opens.
    case batchesLoaded(Result<[HistoryBatch], MessageError>)
}

/// I/O and screen changes the history list asks for; the runtime and the app's update carry them out.
public enum HistoryEffect: Sendable, Hashable {
    /// Read a page of the history (the answer comes back as `.pageLoaded` or `.loadFailed`).
    case load(HistoryPageRequest)
    /// Ask the API for a link's status (answer: `.statusRefreshed`).
    case refreshStatus(linkID: String)
    /// `PUT …/cancel` for a link (answer: `.canceled`).
    case cancelLink(linkID: String)
    /// Reconcile unknown create attempts (answer: `.reconciled`).
    case reconcile
    /// Show the link on the result screen.
    case showDetails(HistoryRecord)
    /// Open a new form prefilled from the link.
    case duplicate(HistoryRecord)
    /// Copy the payment URL.
    case copy(String)
    /// Open the payment URL in a browser.
    case openURL(String)
    /// Read the history's batches (answer: `.batchesLoaded`).
    case loadBatches
}

/// The history list: a window of pages read with keyset pagination, the search, the filter and the selection.
public struct HistoryState: Sendable, Hashable {
    /// Rows read per page.
    public var pageSize: Int
    /// Rows the screen shows at once (set from the terminal's height).
    public var visibleRows = 18
    public var filter: HistoryStatusFilter = .all
    /// What was typed after `/`.
    public var search = TextInput("")
    /// The search field has focus: typed characters go into it.
    public var searching = false
    /// Bumped whenever the query changes, so late answers for an older query are dropped.
    public var generation = 0
    /// `pageStarts[i]` is the cursor page `i` starts after; only cursors, never rows, are kept for pages left behind.
    public var pageStarts: [HistoryCursor?] = [nil]
    /// The first page held in `rows`.
    public var firstPage = 0
    /// The rows of the pages held, in order (a few pages at most).
    public var rows: [HistoryRecord] = []
    public var pageCount = 0
    /// The last page of the query is held: there is nothing further down.
    public var reachedEnd = false
    /// The page being read, if any (one at a time).
    public var loading: Int?
    /// The rows shown belong to the previous query; the first page of the new one is on its way.
    public var stale = false
    /// Absolute row number of the selection.
    public var selected = 0
    /// Absolute row number of the first row drawn.
    public var scrollTop = 0
    /// The link waiting for y/n before it is canceled.
    public var confirmingCancel: HistoryRecord?
    /// When each link's status was last asked for (visible links only).
    public var lastAsked: [String: Date] = [:]
    public var refreshing: Set<String> = []
    /// When the background refresh last asked for a status.
    public var lastBackgroundAsk: Date?
    /// Why the last read failed.
    public var failure: String?
    /// A message for the notice line, taken by the app after each update.
    public var notice: Notice?
    /// The language the notices speak (the screen's, kept in step by `AppState`).
    public var language: UILanguage = .en
    /// The batch picked with `b`: only its rows are listed.
    public var batchFilter: String?
    /// The open list of batches to pick from.
    public var batchChoice: HistoryBatchChoice?

    /// How often one visible active link's status is asked in the background, at most.
    public static let refreshEvery: TimeInterval = 30
    /// At most one background status request per this many seconds.
    public static let backgroundSpacing: TimeInterval = 1

    public init(pageSize: Int = 50) {
        self.pageSize = max(1, pageSize)
    }

    /// Absolute row number of the first row held.
    public var windowStart: Int { firstPage * pageSize }
    /// Absolute row number after the last row held.
    public var windowEnd: Int { windowStart + rows.count }

    /// The row at an absolute position, if it is held.
    public func row(at index: Int) -> HistoryRecord? {
        let i = index - windowStart
        return rows.indices.contains(i) ? rows[i] : nil
    }

    public var selectedRecord: HistoryRecord? { stale ? nil : row(at: selected) }

    /// The words searched for now (a `batch:ID` term is taken out: it filters instead).
    var searchText: String? { HistoryQueryText(search.text).words }

    /// The batch whose rows are listed: one typed as `batch:ID` in the search, else the one picked with `b`.
    public var shownBatch: String? { HistoryQueryText(search.text).batch ?? batchFilter }

    /// The rows on screen now.
    public var visibleRecords: [HistoryRecord] {
        (scrollTop..<(scrollTop + max(0, visibleRows))).compactMap { row(at: $0) }
    }
}

