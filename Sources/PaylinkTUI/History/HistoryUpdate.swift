import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

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
            h.notice = Notice(.screen(.historyUnreadableBecause(message)), .error, in: h.language)
            return []
        case .statusRefreshed(let linkID, let result):
            h.refreshing.remove(linkID)
            switch result {
            case .success(let link): apply(&h, link)
            case .failure(let error):
                h.notice = Notice(.screen(.statusNotRefreshed(TerminalText.sanitize(error.message))), .warning, in: h.language)
            }
            return []
        case .canceled(let linkID, let result):
            h.refreshing.remove(linkID)
            switch result {
            case .success(let link):
                apply(&h, link)
                let name = h.rows.first { $0.linkID == linkID }.map { TerminalText.sanitize($0.name) }
                h.notice = Notice(.screen(.canceledLink(name: name)), .success, in: h.language)
            case .failure(let error):
                h.notice = Notice(.screen(.notCanceledBecause(TerminalText.sanitize(error.message))), .error, in: h.language)
            }
            return []
        case .batchesLoaded(let result):
            return batchesArrived(&h, result)
        case .reconciled(let result):
            switch result {
            case .success(let summary):
                h.notice = Notice(summary.text(in: h.language) ?? h.language.text(.screen(.nothingToReconcile)), !summary.stillUnknown.isEmpty ? .warning : .success)
                return summary.changedHistory ? requery(&h) : []
            case .failure(let error):
                h.notice = Notice(.screen(.reconcileFailed(TerminalText.sanitize(error.message))), .error, in: h.language)
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
                h.notice = Notice(.screen(.canceling), in: h.language)
                return [.cancelLink(linkID: id)]
            case .deny:
                h.confirmingCancel = nil
                h.notice = Notice(.screen(.notCanceled), in: h.language)
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
            h.notice = Notice(.screen(.showingStatus(h.filter.rawValue)), in: h.language)
            return requery(&h)
        case .details:
            guard let record = h.selectedRecord else { return [] }
            guard record.paymentLink != nil else {
                h.notice = Notice(noLinkReason(record, in: h.language), .warning)
                return []
            }
            return [.showDetails(record)]
        case .copy:
            guard let record = h.selectedRecord else { return [] }
            guard let url = record.paymentURL, !url.isEmpty else {
                h.notice = Notice(noLinkReason(record, in: h.language), .warning)
                return []
            }
            h.notice = Notice(.ui(.copying), in: h.language)
            return [.copy(TerminalText.sanitize(url))]
        case .openInBrowser:
            guard let record = h.selectedRecord else { return [] }
            guard let url = record.paymentURL, !url.isEmpty else {
                h.notice = Notice(noLinkReason(record, in: h.language), .warning)
                return []
            }
            h.notice = Notice(.ui(.openingBrowser), in: h.language)
            return [.openURL(TerminalText.sanitize(url))]
        case .duplicate:
            guard let record = h.selectedRecord else { return [] }
            guard record.paymentLink != nil else {
                h.notice = Notice(noLinkReason(record, in: h.language), .warning)
                return []
            }
            return [.duplicate(record)]
        case .cancel:
            guard let record = h.selectedRecord else { return [] }
            guard record.state == .created, record.linkID != nil else {
                h.notice = Notice(noLinkReason(record, in: h.language), .warning)
                return []
            }
            guard record.effectiveStatus(at: now) == .active else {
                let badge = h.language.text(.historyBadge(badge(for: record, now: now).text))
                h.notice = Notice(.screen(.onlyActiveCancelable(badge: badge)), .warning, in: h.language)
                return []
            }
            h.confirmingCancel = record
            let amount = record.amount.map { Money.text(minor: $0, currency: record.currency ?? "", language: h.language) }
            h.notice = Notice(.screen(.cancelQuestion(name: TerminalText.sanitize(record.name), amount: amount)), .warning, in: h.language)
            return []
        case .confirm, .deny:
            return []
        case .refresh:
            guard let record = h.selectedRecord else { return [] }
            guard record.state == .created, let id = record.linkID else {
                h.notice = Notice(noLinkReason(record, in: h.language), .warning)
                return []
            }
            guard !h.refreshing.contains(id) else { return [] }
            h.refreshing.insert(id)
            h.lastAsked[id] = now
            h.notice = Notice(.screen(.askingStatus), in: h.language)
            return [.refreshStatus(linkID: id)]
        case .refreshAll:
            var effects: [HistoryEffect] = []
            for record in h.visibleRecords where record.state == .created {
                guard let id = record.linkID, !h.refreshing.contains(id) else { continue }
                h.refreshing.insert(id)
                h.lastAsked[id] = now
                effects.append(.refreshStatus(linkID: id))
            }
            h.notice = Notice(.screen(effects.isEmpty ? .nothingToRefresh : .askingStatuses(effects.count)), in: h.language)
            return effects
        case .reconcile:
            h.notice = Notice(.screen(.reconciling), in: h.language)
            return [.reconcile]
        case .batchFilter:
            return toggleBatchFilter(&h)
        case .closeBatchChoice:
            return []
        }
    }

    static func noLinkReason(_ record: HistoryRecord, in language: UILanguage) -> String {
        switch record.state {
        case .unknown, .sending: language.text(.screen(.noLinkUnknown))
        case .refused: language.text(.screen(.noLinkRefused))
        case .notCreated: language.text(.screen(.noLinkNotMade))
        case .created: language.text(.screen(.noLinkURL))
        }
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
