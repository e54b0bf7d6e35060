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

/// What one reconciliation pass did, in numbers the notice line reports.
public struct ReconcileSummary: Sendable, Hashable {
    /// Unknown attempts whose link was found and adopted.
    public var adopted: Int
    /// Unknown attempts settled as never made.
    public var notCreated: Int
    /// Attempts whose outcome could not be found out now (the API did not answer).
    public var stillUnknown: Int
    /// Attempts another paylink is still waiting on.
    public var inFlight: Int

    public init(adopted: Int = 0, notCreated: Int = 0, stillUnknown: Int = 0, inFlight: Int = 0) {
        self.adopted = adopted
        self.notCreated = notCreated
        self.stillUnknown = stillUnknown
        self.inFlight = inFlight
    }

    /// Whether the pass changed a row of the history.
    public var changedHistory: Bool { adopted + notCreated > 0 }

    /// The notice a person reads; nil when there was nothing to reconcile.
    public var text: String? {
        var parts: [String] = []
        if adopted > 0 { parts.append(adopted == 1 ? "found 1 link whose answer was lost" : "found \(adopted) links whose answers were lost") }
        if notCreated > 0 { parts.append(notCreated == 1 ? "1 unknown attempt was never made" : "\(notCreated) unknown attempts were never made") }
        if stillUnknown > 0 { parts.append("\(stillUnknown) still unknown (no answer from the API)") }
        if inFlight > 0 { parts.append("\(inFlight) still waiting in another paylink") }
        guard !parts.isEmpty else { return nil }
        let text = parts.joined(separator: "; ")
        return "Reconciled: " + text
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
    case reconciled(Result<ReconcileSummary, MessageError>)
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

/// The history list's pure update: input and answers in, a new state and effects out.
public enum HistoryProgram {
    /// Opens the list afresh at the top (F2, `h`, `paylink history`).
    public static func open(_ h: inout HistoryState) -> [HistoryEffect] {
        h.confirmingCancel = nil
        h.searching = false
        return requery(&h)
    }

    public static func update(_ h: inout HistoryState, _ msg: HistoryMsg, now: Date) -> [HistoryEffect] {
        switch msg {
        case .input(let input): return inputArrived(&h, input, now: now)
        case .tick(let date): return backgroundRefresh(&h, now: date)
        case .pageLoaded(let page): return pageArrived(&h, page)
        case .loadFailed(let generation, let message):
            guard generation == h.generation else { return [] }
            h.loading = nil
            h.failure = message
            h.notice = Notice("The history could not be read: \(message)", .error)
            return []
        case .statusRefreshed(let linkID, let result):
            h.refreshing.remove(linkID)
            switch result {
            case .success(let link): apply(&h, link)
            case .failure(let error):
                h.notice = Notice("Status not refreshed: \(TerminalText.sanitize(error.message))", .warning)
            }
            return []
        case .canceled(let linkID, let result):
            h.refreshing.remove(linkID)
            switch result {
            case .success(let link):
                apply(&h, link)
                let name = h.rows.first { $0.linkID == linkID }.map { " “\(TerminalText.sanitize($0.name))”" } ?? ""
                h.notice = Notice("Canceled\(name)", .success)
            case .failure(let error):
                h.notice = Notice("Not canceled: \(TerminalText.sanitize(error.message))", .error)
            }
            return []
        case .batchesLoaded(let result):
            return batchesArrived(&h, result)
        case .reconciled(let result):
            switch result {
            case .success(let summary):
                h.notice = Notice(summary.text ?? "Nothing to reconcile", summary.stillUnknown > 0 ? .warning : .success)
                return summary.changedHistory ? requery(&h) : []
            case .failure(let error):
                h.notice = Notice("Reconciliation failed: \(TerminalText.sanitize(error.message))", .error)
                return []
            }
        }
    }

    // MARK: Input

    static func inputArrived(_ h: inout HistoryState, _ input: HistoryInput, now: Date) -> [HistoryEffect] {
        if h.batchChoice != nil { return batchChoiceInput(&h, input) }
        if let pending = h.confirmingCancel {
            switch input {
            case .confirm:
                h.confirmingCancel = nil
                guard let id = pending.linkID else { return [] }
                h.refreshing.insert(id)
                h.notice = Notice("canceling…")
                return [.cancelLink(linkID: id)]
            case .deny:
                h.confirmingCancel = nil
                h.notice = Notice("Not canceled")
                return []
            default:
                // Only y or n answer the question.
                return []
            }
        }
        switch input {
        case .up: return move(&h, by: -1)
        case .down:
            if h.searching { h.searching = false; return [] }
            return move(&h, by: 1)
        case .pageUp: return move(&h, by: -max(1, h.visibleRows))
        case .pageDown: return move(&h, by: max(1, h.visibleRows))
        case .top:
            if h.firstPage == 0 {
                h.selected = 0
                h.scrollTop = 0
                return loadIfNeeded(&h)
            }
            // The first page's cursor is always known: read it again rather than keeping every row.
            h.generation += 1
            h.rows = []
            h.pageCount = 0
            h.firstPage = 0
            h.reachedEnd = false
            h.loading = nil
            h.selected = 0
            h.scrollTop = 0
            return loadIfNeeded(&h)
        case .startSearch:
            h.searching = true
            return []
        case .endSearch:
            h.searching = false
            return []
        case .clearSearch:
            h.searching = false
            guard !h.search.text.isEmpty else { return [] }
            h.search = TextInput("")
            return requery(&h)
        case .edit(let edit):
            guard h.searching else { return [] }
            let before = h.search.text
            switch edit {
            case .insert(let text): h.search.insert(text)
            case .left: h.search.moveLeft()
            case .right: h.search.moveRight()
            case .start: h.search.moveToStart()
            case .end: h.search.moveToEnd()
            case .backspace: h.search.deleteBackward()
            case .delete: h.search.deleteForward()
            case .killToEnd: h.search.killToEnd()
            case .killToStart: h.search.killToStart()
            case .deleteWord: h.search.deleteWord()
            }
            // Only a changed query reads the store: cursor moves cost nothing.
            return HistoryQueryText(before).reads(differently: HistoryQueryText(h.search.text)) ? requery(&h) : []
        case .cycleStatus:
            h.filter = h.filter.next
            h.notice = Notice("Showing \(h.filter == .all ? "all links" : h.filter.rawValue + " links")")
            return requery(&h)
        case .details:
            guard let record = h.selectedRecord else { return [] }
            guard record.paymentLink != nil else {
                h.notice = Notice(noLinkReason(record), .warning)
                return []
            }
            return [.showDetails(record)]
        case .copy:
            guard let record = h.selectedRecord else { return [] }
            guard let url = record.paymentURL, !url.isEmpty else {
                h.notice = Notice(noLinkReason(record), .warning)
                return []
            }
            h.notice = Notice("copying…")
            return [.copy(TerminalText.sanitize(url))]
        case .openInBrowser:
            guard let record = h.selectedRecord else { return [] }
            guard let url = record.paymentURL, !url.isEmpty else {
                h.notice = Notice(noLinkReason(record), .warning)
                return []
            }
            h.notice = Notice("opening the browser…")
            return [.openURL(TerminalText.sanitize(url))]
        case .duplicate:
            guard let record = h.selectedRecord else { return [] }
            guard record.paymentLink != nil else {
                h.notice = Notice(noLinkReason(record), .warning)
                return []
            }
            return [.duplicate(record)]
        case .cancel:
            guard let record = h.selectedRecord else { return [] }
            guard record.state == .created, record.linkID != nil else {
                h.notice = Notice(noLinkReason(record), .warning)
                return []
            }
            guard record.effectiveStatus(at: now) == .active else {
                let badge = badge(for: record, now: now).text
                h.notice = Notice("Only an active link can be canceled; this one is \(badge)", .warning)
                return []
            }
            h.confirmingCancel = record
            let amount = amountText(record).map { " (\($0))" } ?? ""
            h.notice = Notice("Cancel the link “\(TerminalText.sanitize(record.name))”\(amount)? y/n", .warning)
            return []
        case .confirm, .deny:
            return []
        case .refresh:
            guard let record = h.selectedRecord else { return [] }
            guard record.state == .created, let id = record.linkID else {
                h.notice = Notice(noLinkReason(record), .warning)
                return []
            }
            guard !h.refreshing.contains(id) else { return [] }
            h.refreshing.insert(id)
            h.lastAsked[id] = now
            h.notice = Notice("asking for the status…")
            return [.refreshStatus(linkID: id)]
        case .refreshAll:
            var effects: [HistoryEffect] = []
            for record in h.visibleRecords where record.state == .created {
                guard let id = record.linkID, !h.refreshing.contains(id) else { continue }
                h.refreshing.insert(id)
                h.lastAsked[id] = now
                effects.append(.refreshStatus(linkID: id))
            }
            h.notice = Notice(effects.isEmpty ? "Nothing to refresh" : "asking for \(effects.count) statuses…")
            return effects
        case .reconcile:
            h.notice = Notice("reconciling unknown attempts…")
            return [.reconcile]
        case .batchFilter:
            return toggleBatchFilter(&h)
        case .closeBatchChoice:
            return []
        }
    }

    static func noLinkReason(_ record: HistoryRecord) -> String {
        switch record.state {
        case .unknown, .sending: "No link known for this attempt (outcome unknown): press u to reconcile"
        case .refused: "The API refused this attempt; no link was made"
        case .notCreated: "This attempt made no link"
        case .created: "This link has no payment URL"
        }
    }

    static func amountText(_ record: HistoryRecord) -> String? {
        record.amount.map { Money.display(minor: $0, currency: record.currency ?? "") }
    }

    // MARK: Paging

    /// Starts the list again at the top for the current filter and search.
    static func requery(_ h: inout HistoryState) -> [HistoryEffect] {
        h.generation += 1
        h.pageStarts = [nil]
        h.loading = nil
        h.failure = nil
        h.confirmingCancel = nil
        // The old rows stay drawn until the new first page arrives, so typing does not flicker.
        h.stale = !h.rows.isEmpty
        if !h.stale {
            h.firstPage = 0
            h.pageCount = 0
            h.reachedEnd = false
            h.selected = 0
            h.scrollTop = 0
        }
        return [request(&h, page: 0)]
    }

    static func request(_ h: inout HistoryState, page: Int) -> HistoryEffect {
        h.loading = page
        return .load(HistoryPageRequest(
            generation: h.generation, index: page, after: h.pageStarts[page], limit: h.pageSize,
            filter: h.filter.storeFilter, search: h.searchText, batch: h.shownBatch))
    }

    /// Asks for the page the screen needs next: one screen ahead below, one behind above.
    static func loadIfNeeded(_ h: inout HistoryState) -> [HistoryEffect] {
        guard h.loading == nil, !h.stale else { return [] }
        if h.pageCount == 0 {
            guard h.pageStarts.indices.contains(h.firstPage) else { return [] }
            return [request(&h, page: h.firstPage)]
        }
        let next = h.firstPage + h.pageCount
        if !h.reachedEnd, h.scrollTop + 2 * h.visibleRows >= h.windowEnd, h.pageStarts.indices.contains(next) {
            return [request(&h, page: next)]
        }
        if h.firstPage > 0, h.scrollTop - h.visibleRows < h.windowStart {
            return [request(&h, page: h.firstPage - 1)]
        }
        return []
    }

    static func pageArrived(_ h: inout HistoryState, _ page: HistoryPage) -> [HistoryEffect] {
        guard page.generation == h.generation, page.index == h.loading else { return [] }
        h.loading = nil
        h.failure = nil
        let size = h.pageSize
        if h.stale || h.pageCount == 0 {
            h.stale = false
            h.firstPage = page.index
            h.rows = page.rows
            h.pageCount = 1
            h.reachedEnd = page.rows.count < size
            if page.index == 0 {
                h.selected = 0
                h.scrollTop = 0
            }
        } else if page.index == h.firstPage + h.pageCount {
            h.rows += page.rows
            h.pageCount += 1
            h.reachedEnd = page.rows.count < size
        } else if page.index == h.firstPage - 1 {
            h.rows = page.rows + h.rows
            h.firstPage -= 1
            h.pageCount += 1
        } else {
            return []
        }
        // Remember where the following page starts: a cursor, never the rows.
        if page.rows.count == size, let cursor = page.rows.last?.cursor {
            let next = page.index + 1
            if h.pageStarts.count == next { h.pageStarts.append(cursor) } else if h.pageStarts.count > next { h.pageStarts[next] = cursor }
        }
        trim(&h)
        clampSelection(&h)
        return loadIfNeeded(&h)
    }

    /// Drops pages far from the screen so the memory used stays the same however far the list is paged.
    static func trim(_ h: inout HistoryState) {
        let size = h.pageSize
        let keep = max(4, (3 * h.visibleRows) / size + 3)
        while h.pageCount > keep, h.windowStart + size <= h.scrollTop - h.visibleRows {
            h.rows.removeFirst(min(size, h.rows.count))
            h.firstPage += 1
            h.pageCount -= 1
        }
        while h.pageCount > keep {
            let lastStart = (h.firstPage + h.pageCount - 1) * size
            guard lastStart >= h.scrollTop + 2 * h.visibleRows else { break }
            h.rows.removeLast(h.rows.count - (lastStart - h.windowStart))
            h.pageCount -= 1
            h.reachedEnd = false
        }
        let held = Set(h.rows.compactMap(\.linkID))
        h.lastAsked = h.lastAsked.filter { held.contains($0.key) }
    }

    static func move(_ h: inout HistoryState, by delta: Int) -> [HistoryEffect] {
        guard !h.stale, !h.rows.isEmpty else { return [] }
        h.selected += delta
        clampSelection(&h)
        return loadIfNeeded(&h)
    }

    static func clampSelection(_ h: inout HistoryState) {
        guard !h.rows.isEmpty else {
            h.selected = h.windowStart
            h.scrollTop = h.windowStart
            return
        }
        h.selected = min(max(h.selected, h.windowStart), h.windowEnd - 1)
        let visible = max(1, h.visibleRows)
        if h.selected < h.scrollTop { h.scrollTop = h.selected }
        if h.selected >= h.scrollTop + visible { h.scrollTop = h.selected - visible + 1 }
        h.scrollTop = max(h.windowStart, min(h.scrollTop, max(h.windowStart, h.windowEnd - visible)))
        if h.selected < h.scrollTop { h.scrollTop = h.selected }
    }

    // MARK: Statuses

    /// Takes a link's status as the API gave it into the row that shows it.
    static func apply(_ h: inout HistoryState, _ link: PaymentLink) {
        guard let i = h.rows.firstIndex(where: { $0.linkID == link.linkID }) else { return }
        var row = h.rows[i]
        if let status = link.status { row.status = status }
        if let expired = link.expiredAt { row.expiresAt = Date(timeIntervalSince1970: TimeInterval(expired)) }
        if let updated = link.updatedAt { row.updatedAt = Date(timeIntervalSince1970: TimeInterval(updated)) }
        h.rows[i] = row
    }

    /// Asks for one visible active link's status when its turn has come: at most one request a second,
    /// each link at most every 30 s; links past their expiry need no request.
    static func backgroundRefresh(_ h: inout HistoryState, now: Date) -> [HistoryEffect] {
        if let last = h.lastBackgroundAsk, now.timeIntervalSince(last) < HistoryState.backgroundSpacing { return [] }
        var best: (id: String, asked: Date)?
        for record in h.visibleRecords {
            guard record.state == .created, let id = record.linkID, !h.refreshing.contains(id),
                  record.effectiveStatus(at: now) == .active else { continue }
            let asked = h.lastAsked[id] ?? .distantPast
            guard now.timeIntervalSince(asked) >= HistoryState.refreshEvery else { continue }
            if let current = best, current.asked <= asked { continue }
            best = (id, asked)
        }
        guard let best else { return [] }
        h.lastBackgroundAsk = now
        h.lastAsked[best.id] = now
        h.refreshing.insert(best.id)
        return [.refreshStatus(linkID: best.id)]
    }

    /// The status badge of a row: the link's status as seen now, or the attempt's state when no link is known.
    public static func badge(for record: HistoryRecord, now: Date) -> (text: String, role: StyleRole) {
        switch record.state {
        case .sending: return ("SENDING", .muted)
        case .unknown: return ("UNKNOWN", .warning)
        case .refused: return ("REFUSED", .error)
        case .notCreated: return ("NOT MADE", .muted)
        case .created:
            switch record.effectiveStatus(at: now) {
            case .completed?:
                switch record.refundStanding {
                case .none: return ("PAID", .success)
                case .partly: return ("PART REF", .warning)
                case .fully: return ("REFUNDED", .warning)
                }
            case .canceled?: return ("CANCELED", .error)
            case .expired?: return ("EXPIRED", .warning)
            case .active?, nil: return ("ACTIVE", .badge)
            case .other(let s)?: return (TerminalText.truncated(TerminalText.sanitize(s).uppercased(), toWidth: 9), .badge)
            }
        }
    }
}
