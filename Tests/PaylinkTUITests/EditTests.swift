import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

@Suite("Changing a link from the screen", .ownThread)
struct EditModeTests {
    func made(_ link: PaymentLink = sampleLink(lifetime: 3600)) -> InMemoryTerminal {
        var t = terminal(validDraft())
        t.press(.ctrl("s"))
        t.send(.created(.created(link)))
        t.clearEffects()
        return t
    }

    @Test("e on the result screen opens the form with the link's fields, only the changeable ones taking focus")
    func editOpensTheFormInEditMode() {
        var t = made()
        t.press(.char("e"))
        #expect(t.state.screen == .form)
        #expect(t.state.form.editing?.link.linkID == sampleLink().linkID)
        #expect(t.state.form.focus == .field(.name))
        let focusable = t.state.form.items.compactMap { item -> FieldPath? in
            if case .field(let f) = item { return f }
            return nil
        }
        #expect(Set(focusable) == Set(LinkUpdate.changeableFields))
        let screen = t.screen
        #expect(screen.contains("change payment link"))
        #expect(screen.contains("[ Save changes ]"))
        #expect(screen.contains("^S save the changes"))
        #expect(screen.contains("locked"), "\(screen.text)")
        #expect(screen.contains("Leather wallet"))
        // The lifetime shows the time left, so the hint beside it is the link's own expiry.
        #expect(t.state.form.draft.lifetime == "1h")
        // Tab never lands on a locked field.
        for _ in 0..<12 {
            t.press(.tab)
            if case .field(let f) = t.state.form.focus { #expect(LinkUpdate.isChangeable(f)) }
        }
    }

    @Test("Ctrl-S sends only what changed, as PaylinkCore's update; the answer shows on the result screen at once")
    func ctrlSSendsTheUpdate() {
        var t = made()
        t.press(.char("e"), .ctrl("u"))
        t.type("Blue wallet")
        let effects = t.press(.ctrl("s"))
        #expect(effects == [.update(linkID: sampleLink().linkID, LinkUpdate(name: "Blue wallet"))])
        #expect(t.screen.contains("[ Sending… ]"))
        var changed = sampleLink(lifetime: 3600)
        changed.name = "Blue wallet"
        changed.lifetime = 7200
        changed.expiredAt = Int(t0.timeIntervalSince1970) + 7200
        t.send(.updated(.updated(changed)))
        #expect(t.state.screen == .result)
        #expect(t.state.form.editing == nil)
        let screen = t.screen
        #expect(screen.contains("Blue wallet"))
        #expect(screen.contains("02:00:00"), "\(screen.text)")
        #expect(screen.contains("Link changed"))
    }

    @Test("After a change the result screen and the QR view draw the code as for the link just made, at every size")
    func qrCodeSurvivesAChange() {
        for (width, height) in [(80, 24), (60, 20), (120, 45)] {
            var fresh = made()
            fresh.state.width = width
            fresh.state.height = height
            var t = fresh
            t.press(.char("e"), .ctrl("u"))
            t.type("Leather wallet")
            t.press(.end, .char(" "), .backspace, .ctrl("s"))
            t.press(.ctrl("u"))
            t.type("Leather wallet")
            t.state.form.moveFocus(to: .field(.lifetime))
            t.press(.ctrl("u"))
            t.type("1h")
            t.state.form.editing?.original.lifetime = "2h"
            t.press(.ctrl("s"))
            t.send(.updated(.updated(sampleLink(lifetime: 3600))))
            t.state.notice = nil
            fresh.state.notice = nil
            #expect(t.state.screen == .result)
            #expect(t.screen.text == fresh.screen.text, "\(width)×\(height) after the change:\n\(t.screen.text)")
            t.press(.char("z"))
            fresh.press(.char("z"))
            #expect(t.screen == fresh.screen, "\(width)×\(height) QR view after the change:\n\(t.screen.text)")
            #expect(!t.screen.contains("could not be made"))
            if height >= 24 {
                #expect((0..<height).contains { t.screen.roles($0).contains(.qr) }, "no QR code:\n\(t.screen.text)")
            }
        }
    }

    @Test("A bad value is refused under its field before anything is sent")
    func badValueStaysInTheForm() {
        var t = made()
        t.press(.char("e"), .ctrl("u"))
        let effects = t.press(.ctrl("s"))
        #expect(!effects.contains { if case .update = $0 { true } else { false } })
        #expect(t.state.screen == .form)
        #expect(t.screen.contains("Name is required"))
    }

    @Test("Nothing changed sends nothing; Esc leaves the link as it was and gives the earlier form back")
    func escapeLeavesItAlone() {
        var t = terminal(validDraft())
        t.press(.ctrl("s"))
        t.send(.created(.created(sampleLink())))
        t.press(.char("n"))
        t.type("x")
        let before = t.state.form.draft
        t.press(.escape, .escape)
        t.press(.char("e"))
        #expect(t.press(.ctrl("s")).isEmpty)
        #expect(t.state.notice?.text.contains("Nothing changed") == true)
        t.press(.escape)
        #expect(t.state.screen == .result)
        #expect(t.state.form.editing == nil)
        #expect(t.state.form.draft == before)
    }

    @Test("The API's refusal lands under the field; a link no longer active says so")
    func refusalsShow() {
        var t = made()
        t.press(.char("e"), .ctrl("u"))
        t.type("Renamed")
        t.press(.ctrl("s"))
        t.send(.updated(.invalid([.name: "Name is taken"], message: "refused")))
        #expect(t.screen.contains("Name is taken"))
        t.press(.ctrl("s"))
        t.send(.updated(.notActive("Only an active payment link can be changed; this one is canceled.", nil)))
        #expect(t.state.notice?.text.contains("this one is canceled") == true)
    }

    @Test("An expired link cannot be edited; f makes a fresh link on the same order with the same fields")
    func renewExpired() {
        var t = made(sampleLink(lifetime: 3600))
        t.send(.tick(t0.addingTimeInterval(4000)))
        t.clearEffects()
        t.press(.char("e"))
        #expect(t.state.screen == .result)
        #expect(t.state.notice?.text.contains("this one is expired") == true)
        let effects = t.press(.char("f"))
        guard case .create(let draft)? = effects.first(where: { if case .create = $0 { true } else { false } }) else {
            Issue.record("no create effect: \(effects)")
            return
        }
        #expect(draft.orderMode == .existing)
        #expect(draft.orderID == sampleLink().orderID)
        #expect(draft.name == "Leather wallet")
        #expect(draft.amount == "25.00")
        #expect(draft.lifetime == "1h")
    }

    @Test("f on an active link explains instead of making one")
    func renewActiveRefused() {
        var t = made()
        #expect(t.press(.char("f")).isEmpty)
        #expect(t.state.notice?.text.contains("still active") == true)
    }

    @Test("The order behind the link shows on the result screen once read")
    func orderShows() {
        var t = made()
        let effects = t.send(.statusChanged(sampleLink(lifetime: 3600)))
        guard case .loadOrder(let id, _)? = effects.first else {
            Issue.record("no order request: \(effects)")
            return
        }
        #expect(id == sampleLink().orderID)
        var other = sampleLink()
        other.linkID = "d1e2f3a4-0000-4000-8000-000000000001"
        other.status = .expired
        let order = OrderOverview(
            orderID: id, reference: "ORDER-1", amount: 2500, amountPaid: 0, currency: "EUR", status: "pending_payment",
            links: [OrderLink(sampleLink()), OrderLink(other)])
        t.send(.orderLoaded(order))
        let screen = t.screen
        #expect(screen.contains("Order ORDER-1 · paid €0.00 of €25.00 · pending_payment"), "\(screen.text)")
        #expect(screen.contains("d1e2f3a4-0000-4000-8000-000000000001"))
        t.send(.orderLoaded(OrderOverview(orderID: id, currency: "EUR", notes: ["Order details: \(OrderOverview.unavailable)"])))
        #expect(t.screen.contains("not available from this API"))
    }
}

@Suite("The order's line beside a link", .ownThread)
struct OrderLineTests {
    func shownPending() -> InMemoryTerminal {
        var t = EditModeTests().made()
        t.send(.statusChanged(sampleLink(lifetime: 3600)))
        t.send(.orderLoaded(OrderOverview(
            orderID: sampleLink().orderID, reference: "ORDER-1", amount: 2500, amountPaid: 0, currency: "EUR",
            status: "pending_payment", links: [OrderLink(sampleLink())])))
        #expect(t.screen.contains("pending_payment"))
        t.clearEffects()
        return t
    }

    @Test("PAID never stands beside a pending order: the line waits for the order read after the payment",
          arguments: ["simulated payment", "status poll", "history callback"])
    func paidNeverBesidePending(way: String) {
        var t = shownPending()
        let paid = sampleLink(lifetime: 3600, status: .completed)
        switch way {
        case "simulated payment": t.send(.paymentSimulated(.success(paid)))
        case "status poll": t.send(.statusChanged(paid))
        default: t.send(.historyStatus(linkID: paid.linkID, .completed))
        }
        for second in 1...8 { t.send(.tick(t0.addingTimeInterval(TimeInterval(second)))) }
        let screen = t.screen
        #expect(screen.contains("PAID"))
        #expect(!screen.contains("pending_payment"), "\(screen.text)")
        let asks = t.effects.filter { if case .loadOrder = $0 { true } else { false } }
        #expect(asks.count == 1, "\(t.effects)")
        t.send(.orderLoaded(OrderOverview(
            orderID: paid.orderID, reference: "ORDER-1", amount: 2500, amountPaid: 2500, currency: "EUR", status: "paid",
            links: [OrderLink(paid)])))
        #expect(t.screen.contains("paid €25.00 of €25.00 · paid"), "\(t.screen.text)")
    }
}

@Suite("Changing a link from the history", .ownThread)
struct HistoryEditTests {
    @Test("e on a history row opens the edit form; a saved change goes to the result screen over the history")
    func editFromTheHistory() throws {
        let history = try TemporaryHistory()
        try history.fill(2)
        var p = ProgramWithHistory(history)
        p.press(.function(2), .down, .char("e"))
        #expect(p.t.state.screen == .form)
        #expect(p.t.state.form.editing?.link.linkID == "link-0")
        #expect(p.t.state.form.editing?.fromHistory == true)
        p.press(.ctrl("u"))
        p.t.type("Link zero")
        p.press(.ctrl("s"))
        #expect(p.t.effects.last == .update(linkID: "link-0", LinkUpdate(name: "Link zero")))
        var link = try #require(p.t.state.history.selectedRecord?.paymentLink)
        link.name = "Link zero"
        p.send(.updated(.updated(link)))
        #expect(p.t.state.screen == .result)
        #expect(p.screen.contains("Link zero"))
        p.press(.escape)
        #expect(p.t.state.screen == .history)
    }

    @Test("f on an expired history row makes a fresh link on its order")
    func renewFromTheHistory() throws {
        let history = try TemporaryHistory()
        try history.fill(2) { _, record in
            record.expiresAt = t0.addingTimeInterval(-60)
            record.orderID = "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a"
        }
        var p = ProgramWithHistory(history)
        p.press(.function(2), .down)
        p.t.clearEffects()
        p.press(.char("f"))
        let sent = p.t.effects.compactMap { effect -> LinkDraft? in
            if case .create(let draft) = effect { return draft }
            return nil
        }
        #expect(sent.count == 1)
        #expect(sent.first?.orderMode == .existing)
        #expect(sent.first?.orderID == p.t.state.history.selectedRecord?.orderID)
    }
}
