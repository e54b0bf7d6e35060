import Foundation
import PaylinkCore
import PaylinkStore
import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

/// The history screen as a team sees it: synced in the background, who made each link, and a LIVE badge
/// that nobody can miss.
@Suite(.ownThread) struct TeamHistoryScreen {
    private func syncs(_ effects: [Effect]) -> Int { effects.filter { $0 == .sync }.count }

    @Test func openingTheHistorySyncsAndSoDoesEveryMinuteWhileItIsOpen() throws {
        let history = try TemporaryHistory()
        try history.fill(3)
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        #expect(syncs(p.t.effects) == 1)
        // Nothing asks again while the first one runs.
        p.send(.tick(t0.addingTimeInterval(30)))
        #expect(syncs(p.t.effects) == 1)
        p.send(.synced(.success(SyncReport())))
        p.send(.tick(t0.addingTimeInterval(50)))
        #expect(syncs(p.t.effects) == 1)
        p.send(.tick(t0.addingTimeInterval(61)))
        #expect(syncs(p.t.effects) == 2)
        // On the form, the clock asks for nothing.
        p.send(.synced(.success(SyncReport())))
        p.press(.escape)
        #expect(p.t.state.screen != .history)
        p.send(.tick(t0.addingTimeInterval(400)))
        #expect(syncs(p.t.effects) == 2)
    }

    @Test func aSyncThatBroughtLinksReadsTheListAgainAndSaysWhenItRan() throws {
        let history = try TemporaryHistory()
        try history.fill(2)
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        #expect(!p.screen.contains("synced"))
        _ = try history.store.merge(
            listed: [PaymentLink(
                linkID: "from-b", orderID: "order-b", paymentURL: "https://sandbox.local/pay/from-b", name: "Made on till B",
                purchase: LinkPurchase(amount: 900), metadata: ["created_by": "anna"], lifetime: 3600, status: .active,
                createdAt: Int(t0.timeIntervalSince1970) - 10, expiredAt: Int(t0.timeIntervalSince1970) + 3590)],
            profile: "sandbox")
        p.t.state.now = t0.addingTimeInterval(5)
        p.send(.synced(.success(SyncReport(added: 1, changed: 0))))
        let screen = p.screen
        #expect(screen.contains("Made on till B"))
        #expect(screen.contains("synced with Paysera 12:00 · 1 new, 0 changed"))
        let row = try #require(screen.row(of: "Made on till B"))
        #expect(screen.line(row).contains("anna"))
        #expect(screen.line(try #require(screen.row(of: "Created"))).contains("By"))
    }

    @Test func aFailedSyncSaysWhyWithoutControlCharacters() throws {
        let history = try TemporaryHistory()
        try history.fill(1)
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        p.send(.synced(.failure(MessageError("The API refused\u{1B}[2J the list"))))
        let line = p.screen.line(23 - 1)
        #expect(line.contains("sync failed: The API refused"))
        #expect(!p.screen.text.contains("\u{1B}"))
        let screen = p.screen
        #expect((0..<80).contains { screen[22, $0].role == .warning })
    }

    @Test func aLiveProfileShowsTheLiveBadgeOnEveryScreen() throws {
        let history = try TemporaryHistory()
        try history.fill(1)
        var p = ProgramWithHistory(history)
        p.t.state.isSandbox = false
        p.t.state.isLive = true
        #expect(p.screen.line(0).contains(" LIVE "))
        let form = p.screen
        #expect((0..<80).contains { form[0, $0].role == .live })
        p.press(.function(2))
        #expect(p.screen.line(0).contains(" LIVE "))
        p.press(.escape)
        p.send(.created(.created(sampleLink())))
        #expect(p.t.state.screen == .result)
        #expect(p.screen.line(0).contains(" LIVE "))
        p.t.state.width = 44
        #expect(p.screen.line(0).contains("LIVE"))
        let theme = Theme.builtIn
        #expect(theme.style(.live).reverse && theme.style(.live).bold)
        #expect(theme.style(.live).foreground == theme.style(.warning).foreground)
    }

    @Test func withoutMakersTheColumnsStayAsTheyWere() throws {
        let history = try TemporaryHistory()
        try history.fill(2)
        var p = ProgramWithHistory(history)
        p.press(.function(2))
        let head = p.screen.line(try #require(p.screen.row(of: "Created")))
        #expect(head.contains("Reference") && !head.contains("By"))
        p.send(.resize(width: 120, height: 30))
        let wide = p.screen.line(try #require(p.screen.row(of: "Created")))
        #expect(wide.contains("Reference") && wide.contains("Payer") && !wide.contains("By"))
    }
}
