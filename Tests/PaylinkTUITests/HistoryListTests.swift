import Foundation
import PaylinkCore
import PaylinkStore
import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

@Suite(.ownThread) struct HistoryList {
    @Test func showsNewestFirstWithEveryColumn() throws {
        let history = try TemporaryHistory()
        try history.fill(3)
        let d = HistoryDriver(history)
        #expect(d.names == ["Link 2", "Link 1", "Link 0"])
        let screen = d.screen()
        let top = try #require(screen.row(of: "Link 2"))
        let line = screen.line(top)
        #expect(line.contains("25 Nov 11:59"))
        #expect(line.contains("€25.02"))
        #expect(line.contains("ACTIVE"))
        #expect(line.contains("2d 23:59:00"))
        #expect(line.contains("REF-2"))
        #expect(try #require(screen.row(of: "Link 1")) == top + 1)
        #expect(screen.contains("1 of 3"))
        // A wider screen has room for the payer too.
        #expect(d.screen(width: 120).line(top).contains("Payer 2"))
    }

    @Test("Two links of the same long name read apart by their reference, from 80 columns up")
    func sameNamesReadApartByReference() throws {
        let history = try TemporaryHistory()
        try history.fill(2) { i, r in
            r.name = "Sąskaita faktūra už ąčęėįšųūž paslaugas lapkritis"
            r.reference = "INV-2026-\(i)"
        }
        let d = HistoryDriver(history)
        for width in [80, 100, 120] {
            let screen = d.screen(width: width)
            let rows = ["INV-2026-0", "INV-2026-1"].compactMap { screen.row(of: $0) }
            #expect(rows.count == 2, "\(screen.text)")
            #expect(Set(rows.map { screen.line($0) }).count == 2)
            #expect(rows.allSatisfy { screen.line($0).contains("Sąskaita fakt") && screen.line($0).contains("…") }, "\(screen.text)")
        }
    }

    @Test func pagesAcrossPageBoundariesKeepingOnlyAWindowOfRows() throws {
        let history = try TemporaryHistory()
        try history.fill(230)
        var d = HistoryDriver(history, pageSize: 10, visibleRows: 8)
        var mostHeld = 0
        for _ in 0..<100 {
            d.press(.down)
            mostHeld = max(mostHeld, d.state.rows.count)
        }
        #expect(d.state.selected == 100)
        #expect(d.state.selectedRecord?.name == "Link 129")
        // Paging on to the very end: every row reachable, never all of them held.
        for _ in 0..<40 {
            d.press(.pageDown)
            mostHeld = max(mostHeld, d.state.rows.count)
        }
        #expect(d.state.reachedEnd)
        #expect(d.state.selected == 229)
        #expect(d.state.selectedRecord?.name == "Link 0")
        #expect(d.screen().contains("230 of 230"))
        // And back up, through pages read again from their remembered cursors.
        for _ in 0..<40 {
            d.press(.pageUp)
            mostHeld = max(mostHeld, d.state.rows.count)
        }
        #expect(d.state.selected == 0)
        #expect(d.state.selectedRecord?.name == "Link 229")
        #expect(mostHeld <= 60, "held \(mostHeld) rows of 230")
        // 23 full pages: the cursor after the last one is known too, and reading it found nothing more.
        #expect(d.state.pageStarts.count == 24)
    }

    @Test func topJumpsBackFromDeepInTheList() throws {
        let history = try TemporaryHistory()
        try history.fill(120)
        var d = HistoryDriver(history, pageSize: 10, visibleRows: 8)
        for _ in 0..<10 { d.press(.pageDown) }
        #expect(d.state.firstPage > 0)
        d.press(.top)
        #expect(d.state.selected == 0)
        #expect(d.state.selectedRecord?.name == "Link 119")
    }

    @Test func searchNarrowsTheListAsYouType() throws {
        let history = try TemporaryHistory()
        let names = ["Leather wallet", "Wool scarf", "Wallet chain", "Linen shirt"]
        try history.fill(4) { i, r in r.name = names[i] }
        var d = HistoryDriver(history)
        d.press(.startSearch)
        d.type("w")
        #expect(Set(d.names) == ["Leather wallet", "Wool scarf", "Wallet chain"])
        d.type("a")
        #expect(Set(d.names) == ["Leather wallet", "Wallet chain"])
        d.type("llet ch")
        #expect(d.names == ["Wallet chain"])
        d.type("x")
        #expect(d.names.isEmpty)
        #expect(d.screen().contains("No link matches “wallet chx”"))
        d.press(.edit(.backspace), .edit(.killToStart))
        #expect(d.names.count == 4)
    }

    @Test func searchFindsPayerEmailReferenceAndLinkID() throws {
        let history = try TemporaryHistory()
        try history.fill(30)
        var d = HistoryDriver(history)
        d.press(.startSearch)
        d.type("payer17")
        #expect(d.names == ["Link 17"])
        d.press(.clearSearch)
        #expect(d.names.count == 30)
        #expect(!d.state.searching)
        d.press(.startSearch)
        d.type("REF-23")
        #expect(d.names == ["Link 23"])
    }

    @Test("12,50 and 12.50 in the search find the 12.50 links; a whole reference comes before names that merely start so")
    func searchAsAClerkTypes() throws {
        let history = try TemporaryHistory()
        // Link 0 is named after another link's reference; link 1's reference is typed in full below.
        try history.fill(40) { i, r in
            r.amount = i % 10 == 3 ? 1250 : 999
            if i == 1 { r.reference = "KASA-7" }
            if i > 1 { r.name = "KASA-7 priedas \(i)"; r.reference = "R-\(i)" }
        }
        var d = HistoryDriver(history)
        for typed in ["12,50", "12.50", " 12,5 "] {
            d.press(.startSearch)
            d.type(typed)
            #expect(d.names == ["KASA-7 priedas 33", "KASA-7 priedas 23", "KASA-7 priedas 13", "KASA-7 priedas 3"], "\(typed)")
            d.press(.clearSearch)
        }
        d.press(.startSearch)
        d.type("12 50")
        #expect(d.names.isEmpty, "plain words are no amount")
        d.press(.clearSearch, .startSearch)
        d.type("kasa-7")
        #expect(d.names.first == "Link 1", "\(d.names)")
        #expect(d.names.count == 39 && Set(d.names).count == 39, "every match once: \(d.names)")
        #expect(try history.store.count(search: "12,50") == 4)
    }

    @Test func aLateAnswerForAnOlderQueryIsDropped() throws {
        let history = try TemporaryHistory()
        let names = ["Leather wallet", "Wool scarf"]
        try history.fill(2) { i, r in r.name = names[i] }
        var d = HistoryDriver(history)
        d.holdReads = true
        d.press(.startSearch)
        d.type("l")
        d.type("e")
        #expect(d.heldReads.count == 2)
        d.holdReads = false
        // The newer answer first, then the older one arrives late.
        d.send(d.reader.read(d.heldReads[1]))
        d.send(d.reader.read(d.heldReads[0]))
        #expect(d.names == ["Leather wallet"])
    }

    @Test func cursorMovesInTheSearchFieldDoNotReadTheStore() throws {
        let history = try TemporaryHistory()
        try history.fill(3)
        var d = HistoryDriver(history)
        d.press(.startSearch)
        d.type("li")
        d.holdReads = true
        d.press(.edit(.left), .edit(.start), .edit(.end))
        d.type(" ")
        #expect(d.heldReads.isEmpty)
    }

    @Test func statusFilterCyclesThroughEveryStatus() throws {
        let history = try TemporaryHistory()
        try history.fill(6) { i, r in
            switch i {
            case 0: r.status = .completed
            case 1: r.status = .canceled
            case 2: r.status = .expired
            case 3: r.expiresAt = t0.addingTimeInterval(-10)  // active, but past its expiry
            case 4: r.state = .unknown; r.linkID = nil; r.paymentURL = nil; r.status = nil
            default: break
            }
        }
        var d = HistoryDriver(history)
        #expect(d.names.count == 6)
        var seen: [HistoryStatusFilter: [String]] = [:]
        for _ in 0..<6 {
            d.press(.cycleStatus)
            seen[d.state.filter] = d.names
        }
        #expect(d.state.filter == .all)
        #expect(seen[.active] == ["Link 5"])
        #expect(seen[.paid] == ["Link 0"])
        #expect(seen[.expired] == ["Link 3", "Link 2"])
        #expect(seen[.canceled] == ["Link 1"])
        #expect(seen[.unknown] == ["Link 4"])
        #expect(seen[.all]?.count == 6)
    }

    @Test func statusFilterAndSearchCombine() throws {
        let history = try TemporaryHistory()
        try history.fill(4) { i, r in
            r.name = i < 2 ? "Wallet \(i)" : "Scarf \(i)"
            if i % 2 == 0 { r.status = .completed }
        }
        var d = HistoryDriver(history)
        d.press(.cycleStatus, .cycleStatus)
        #expect(d.state.filter == .paid)
        d.press(.startSearch)
        d.type("wal")
        #expect(d.names == ["Wallet 0"])
    }

    @Test func cancelAsksFirstAndOnlyYesSendsIt() throws {
        let history = try TemporaryHistory()
        try history.fill(2) { i, r in if i == 0 { r.status = .completed } }
        var d = HistoryDriver(history)
        d.press(.cancel)
        #expect(d.state.confirmingCancel?.linkID == "link-1")
        #expect(d.state.notice?.text == "Cancel the link “Link 1” (€25.01)? y/n")
        // Other keys do nothing while the question is open.
        d.press(.down, .copy)
        #expect(d.state.selected == 0)
        #expect(d.effects.isEmpty)
        d.press(.deny)
        #expect(d.state.confirmingCancel == nil)
        #expect(d.effects.isEmpty)
        d.press(.cancel, .confirm)
        #expect(d.effects == [.cancelLink(linkID: "link-1")])
        var link = try #require(d.state.selectedRecord?.paymentLink)
        link.status = .canceled
        d.send(.canceled(linkID: "link-1", .success(link)))
        #expect(d.state.selectedRecord?.status == .canceled)
        #expect(d.screen().line(2).contains("CANCELED"))
        #expect(d.state.notice?.text == "Canceled “Link 1”")
        // A paid link cannot be canceled: it says so and asks nothing.
        d.press(.down, .cancel)
        #expect(d.state.confirmingCancel == nil)
        #expect(d.state.notice?.text.contains("PAID") == true)
    }

    @Test func expiredActiveLinkShowsExpiredWithoutARequest() throws {
        let history = try TemporaryHistory()
        try history.fill(2) { i, r in if i == 1 { r.expiresAt = t0.addingTimeInterval(-5) } }
        var d = HistoryDriver(history)
        let line = d.screen().line(2)
        #expect(line.contains("EXPIRED"))
        #expect(line.contains("expired"))
        for s in 1...3 { d.now = t0.addingTimeInterval(Double(s)); d.send(.tick(d.now)) }
        #expect(d.effects == [.refreshStatus(linkID: "link-0")])
    }

    @Test func timeLeftCountsDownWithTheClock() throws {
        let history = try TemporaryHistory()
        try history.fill(1)
        var d = HistoryDriver(history)
        #expect(d.screen().line(2).contains("2d 23:59:00"))
        d.now = t0.addingTimeInterval(2)
        #expect(d.screen().line(2).contains("2d 23:58:58"))
    }

    @Test func backgroundRefreshAsksOneLinkASecondEachAtMostEvery30Seconds() throws {
        let history = try TemporaryHistory()
        try history.fill(3)
        var d = HistoryDriver(history)
        var asked: [String] = []
        for s in 0..<60 {
            d.now = t0.addingTimeInterval(Double(s) * 0.5)
            d.effects = []
            d.send(.tick(d.now))
            for case .refreshStatus(let id) in d.effects {
                asked.append(id)
                var link = try #require(d.state.rows.first { $0.linkID == id }?.paymentLink)
                link.status = .active
                d.send(.statusRefreshed(linkID: id, .success(link)))
            }
        }
        // 30 s of ticks every half second: three links, each asked once, then again after 30 s.
        #expect(asked.prefix(3).sorted() == ["link-0", "link-1", "link-2"])
        #expect(asked.count == 3)
        d.now = t0.addingTimeInterval(31)
        d.effects = []
        d.send(.tick(d.now))
        #expect(d.effects.count == 1)
    }

    @Test func paidStatusFromTheAPIChangesTheBadge() throws {
        let history = try TemporaryHistory()
        try history.fill(1)
        var d = HistoryDriver(history)
        d.press(.refresh)
        #expect(d.effects == [.refreshStatus(linkID: "link-0")])
        var link = try #require(d.state.selectedRecord?.paymentLink)
        link.status = .completed
        d.send(.statusRefreshed(linkID: "link-0", .success(link)))
        #expect(d.screen().line(2).contains("PAID"))
        d.effects = []
        d.press(.refreshAll)
        #expect(d.effects == [.refreshStatus(linkID: "link-0")])
    }

    @Test func rowActionsAskForTheirEffects() throws {
        let history = try TemporaryHistory()
        try history.fill(2) { i, r in if i == 0 { r.state = .unknown; r.linkID = nil; r.paymentURL = nil; r.status = nil } }
        var d = HistoryDriver(history)
        d.press(.copy, .openInBrowser, .details, .duplicate, .reconcile)
        let record = try #require(d.state.selectedRecord)
        #expect(d.effects == [
            .copy("https://sandbox.local/pay/link-1"), .openURL("https://sandbox.local/pay/link-1"), .showDetails(record),
            .duplicate(record), .reconcile,
        ])
        // An attempt whose outcome is unknown has no link to copy: it says how to find out.
        d.effects = []
        d.press(.down, .copy, .details, .cancel)
        #expect(d.effects.isEmpty)
        #expect(d.state.notice?.text.contains("press u to reconcile") == true)
        #expect(d.screen().line(3).contains("UNKNOWN"))
    }

    @Test func reconciliationThatChangedRowsReadsTheListAgain() throws {
        let history = try TemporaryHistory()
        try history.fill(2)
        var d = HistoryDriver(history)
        let generation = d.state.generation
        d.send(.reconciled(.success(reconcileReport(adopted: 1))))
        #expect(d.state.notice?.text == "Reconciled: found 1 link whose answer was lost")
        #expect(d.state.generation > generation)
        #expect(d.names.count == 2)
    }

    @Test func emptyHistorySaysSo() throws {
        let history = try TemporaryHistory()
        let d = HistoryDriver(history)
        #expect(d.screen().contains("No links yet"))
    }
}
