import Foundation
import PaylinkCore
import PaylinkStore
import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

/// The whole program with the history's page reads carried out on a real store.
@Suite(.ownThread)
struct ProgramWithHistory {
    var t: InMemoryTerminal
    let reader: HistoryReader

    init(_ history: TemporaryHistory, draft: LinkDraft = LinkDraft(), width: Int = 80, height: Int = 24) {
        t = terminal(draft, width: width, height: height)
        reader = HistoryReader(store: history.store)
    }

    mutating func send(_ msg: Msg) {
        var queue = [msg]
        while !queue.isEmpty {
            for effect in t.send(queue.removeFirst()) {
                if case .history(.load(let request)) = effect { queue.append(.history(reader.read(request))) }
            }
        }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for c in text { send(.key(.char(c))) }
    }

    var screen: ScreenBuffer { t.screen }
}

@Suite(.ownThread) struct HistoryScreen {
    @Test func f2OpensTheHistoryFromTheForm() throws {
        let history = try TemporaryHistory()
        try history.fill(30)
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        #expect(p.t.state.screen == .history)
        expectGolden(p.screen, "history-80x24")
        var small = ProgramWithHistory(history, width: 60, height: 20)
        small.press(.function(2))
        expectGolden(small.screen, "history-60x20")
    }

    @Test func hOpensTheHistoryOnlyWhereNoTextFieldHasFocus() throws {
        let history = try TemporaryHistory()
        try history.fill(3)
        var p = ProgramWithHistory(history)
        // A text field has focus: h is typed into it.
        p.press(.char("h"))
        #expect(p.t.state.screen == .form)
        p.t.state.form.moveFocus(to: .create)
        p.press(.char("h"))
        #expect(p.t.state.screen == .history)
        #expect(p.screen.contains("Link 2"))
    }

    @Test func searchFromTheKeyboardNarrowsTheList() throws {
        let history = try TemporaryHistory()
        let names = ["Leather wallet", "Wool scarf", "Wallet chain"]
        try history.fill(3) { i, r in r.name = names[i] }
        var p = ProgramWithHistory(history)
        p.press(.function(2), .char("/"))
        p.type("wal")
        #expect(p.screen.contains("Wallet chain"))
        #expect(p.screen.contains("Leather wallet"))
        #expect(!p.screen.contains("Wool scarf"))
        // Keys that act on rows are typed into the search while it has focus.
        // "ch", not "c": every row's e-mail has a word starting with c (".com").
        p.type("let ch")
        #expect(p.t.state.history.search.text == "wallet ch")
        #expect(!p.screen.contains("Leather wallet"))
        p.press(.enter, .char("s"))
        #expect(p.t.state.history.filter == .active)
    }

    @Test func enterShowsTheLinkOnTheResultScreenAndEscComesBack() throws {
        let history = try TemporaryHistory()
        try history.fill(2)
        var p = ProgramWithHistory(history)
        p.press(.function(2), .down, .enter)
        #expect(p.t.state.screen == .result)
        #expect(p.screen.contains("https://sandbox.local/pay/link-0"))
        #expect(p.screen.contains("Link 0"))
        #expect(p.screen.contains("€25.00"))
        // Its status is asked for at the next tick.
        p.t.clearEffects()
        p.send(.tick(t0.addingTimeInterval(1)))
        #expect(p.t.apiEffects == [.refresh(linkID: "link-0")])
        p.press(.escape)
        #expect(p.t.state.screen == .history)
        #expect(p.t.state.history.selectedRecord?.name == "Link 0")
    }

    @Test func duplicateFillsANewFormOnTheSameOrder() throws {
        let history = try TemporaryHistory()
        try history.fill(1)
        var p = ProgramWithHistory(history)
        p.press(.function(2), .char("d"))
        #expect(p.t.state.screen == .form)
        #expect(p.t.state.form.draft.orderID == "order-0")
        #expect(p.t.state.form.draft.name == "Link 0")
        #expect(p.t.state.form.draft.amount == "25.00")
    }

    @Test func cancelConfirmsThenAsksTheServiceAndTheBadgeTurns() throws {
        let history = try TemporaryHistory()
        try history.fill(1)
        var p = ProgramWithHistory(history)
        p.press(.function(2), .char("x"))
        #expect(p.screen.contains("Cancel the link “Link 0” (€25.00)? y/n"))
        #expect(p.screen.line(23).contains("y yes"))
        p.press(.char("n"))
        #expect(!p.t.effects.contains(.history(.cancelLink(linkID: "link-0"))))
        p.press(.char("x"), .char("y"))
        #expect(p.t.effects.contains(.history(.cancelLink(linkID: "link-0"))))
        var link = try #require(p.t.state.history.selectedRecord?.paymentLink)
        link.status = .canceled
        p.send(.history(.canceled(linkID: "link-0", .success(link))))
        #expect(p.screen.contains("CANCELED"))
    }

    @Test func rowKeysAskForCopyOpenRefreshAndReconcileWithRefreshOnCtrlR() throws {
        let history = try TemporaryHistory()
        try history.fill(2)
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        p.t.clearEffects()
        p.press(.char("c"), .char("o"), .ctrl("r"), .char("R"), .char("u"))
        #expect(p.t.effects == [
            .copy("https://sandbox.local/pay/link-1"), .open("https://sandbox.local/pay/link-1"),
            .history(.refreshStatus(linkID: "link-1")), .history(.refreshStatus(linkID: "link-0")),
            .history(.reconcile),
        ])
    }

    @Test func pagingKeysMoveThroughPagesOfTheStore() throws {
        let history = try TemporaryHistory()
        try history.fill(200)
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        for _ in 0..<5 { p.press(.pageDown) }
        #expect(p.t.state.history.selected == 90)
        #expect(p.t.state.history.selectedRecord?.name == "Link 109")
        p.press(.home)
        #expect(p.t.state.history.selectedRecord?.name == "Link 199")
    }

    @Test func theDraftIsSavedASecondAfterTypingStopsAndClearedByACreate() throws {
        var t = terminal()
        t.type("12")
        t.clearEffects()
        t.send(.tick(t0.addingTimeInterval(0.5)))
        #expect(t.effects.isEmpty)
        t.send(.tick(t0.addingTimeInterval(1)))
        let saved = try #require(t.effects.first)
        guard case .draft(.save(let draft)) = saved else {
            Issue.record("expected a draft save, got \(t.effects)")
            return
        }
        #expect(draft == t.state.form.draft)
        #expect(draft.hasTypedContent)
        t.clearEffects()
        t.send(.created(.created(sampleLink())))
        #expect(t.effects == [.draft(.clear)])
    }

    @Test func quittingSavesAPendingDraftFirst() {
        var t = terminal()
        t.type("7")
        let effects = t.press(.ctrl("c"))
        #expect(effects.first.map { if case .draft(.save) = $0 { true } else { false } } == true)
        #expect(effects.last == .quit)
    }

    @Test func aSavedDraftIsOfferedBackOnAnEmptyForm() {
        var t = terminal()
        var saved = LinkDraft()
        saved.name = "Leather wallet"
        saved.amount = "25.00"
        TerminalProgram.offerDraft(&t.state, DraftOffer(draft: saved, savedAt: t0.addingTimeInterval(-60)))
        #expect(t.screen.contains("Restore the unfinished link “Leather wallet” from 11:59? y/n"))
        // Typing does not reach the form while the question is open.
        t.type("9")
        #expect(!t.state.form.draft.hasTypedContent)
        t.press(.char("y"))
        #expect(t.state.form.draft.name == "Leather wallet")
        #expect(t.state.draftOffer == nil)

        var declined = terminal()
        TerminalProgram.offerDraft(&declined.state, DraftOffer(draft: saved, savedAt: nil))
        #expect(declined.press(.char("n")) == [.draft(.clear)])
        #expect(declined.state.form.draft.name == "")

        var prefilled = terminal(validDraft())
        TerminalProgram.offerDraft(&prefilled.state, DraftOffer(draft: saved, savedAt: nil))
        #expect(prefilled.state.draftOffer == nil)
    }

    @Test func rowsWithDatesAtTheEndsOfIntAreDrawnAndOpen() throws {
        let history = try TemporaryHistory()
        try history.fill(2) { i, r in
            // What a broken API's created_at and expired_at of ±(2^63 − 1) seconds leave in the history.
            r.createdAt = Date(timeIntervalSince1970: TimeInterval(i == 0 ? Int.max : Int.min))
            r.expiresAt = Date(timeIntervalSince1970: TimeInterval(Int.max))
        }
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        #expect(p.screen.contains("Link 0"))
        #expect(p.screen.contains("Link 1"))
        p.press(.enter)
        #expect(p.t.state.screen == .result)
        #expect(p.t.state.result?.link.expiredAt == Int.max)
        #expect(p.screen.contains("ACTIVE"))
    }

    @Test func noFieldShowsACursorWhileTheOfferWaitsForYesOrNo() {
        var t = terminal()
        var saved = LinkDraft()
        saved.name = "Leather wallet"
        TerminalProgram.offerDraft(&t.state, DraftOffer(draft: saved, savedAt: nil))
        #expect(t.screen.cursor == nil)
        t.press(.char("n"))
        #expect(t.screen.cursor != nil)
    }

    @Test func startupReconciliationSaysWhatItSettled() {
        var t = terminal()
        t.send(.startupReconciled(reconcileReport()))
        #expect(t.state.notice == nil)
        t.send(.startupReconciled(reconcileReport(adopted: 1, notCreated: 2)))
        #expect(t.state.notice?.text == "Reconciled: found 1 link whose answer was lost; 2 unknown attempts were never made")
    }
}
