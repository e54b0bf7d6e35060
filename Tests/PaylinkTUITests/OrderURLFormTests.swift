import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

@Suite(.ownThread) struct OrderURLForm {
    @Test func httpSuccessURLForAnotherHostShowsTheRuleMessageUnderTheField() throws {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.successURL))
        t.type("http://shop.example/paid")
        t.press(.tab)
        let message = try #require(FieldRules.validate(.successURL, in: t.state.form.draft))
        #expect(t.state.form.error(for: .successURL) == message)
        #expect(message.hasPrefix("Success URL"))
        #expect(t.screen.contains("✗ Success URL"))
        #expect(t.press(.ctrl("s")).isEmpty)
        #expect(t.state.form.focus == .field(.successURL))
    }

    @Test func httpsSuccessURLIsSentWithTheOrder() throws {
        var t = terminal(validDraft())
        t.state.form.moveFocus(to: .field(.successURL))
        t.type("https://shop.example/paid")
        var expected = validDraft()
        expected.successURL = "https://shop.example/paid"
        #expect(t.press(.ctrl("s")) == [.create(expected)])
        let order = try expected.orderRequest()
        #expect(order.redirectURLs?.successURL == "https://shop.example/paid")
    }

    @Test func theURLsAreOfferedOnlyForANewOrder() {
        var draft = validDraft()
        let more = { (d: LinkDraft) in FormState.groups(for: d).first { $0.title == .groupMore }?.items ?? [] }
        #expect(Array(more(draft).suffix(4)) == FieldPath.orderURLs.map(FormItem.field))
        draft.orderMode = .existing
        #expect(more(draft).allSatisfy { item in FieldPath.orderURLs.allSatisfy { item != .field($0) } })
    }

    @Test func editingALinkNeverOffersTheURLs() {
        let form = FormState(editing: sampleLink(), currency: "EUR", now: t0, fromHistory: false)
        #expect(form.items.allSatisfy { item in FieldPath.orderURLs.allSatisfy { item != .field($0) } })
    }
}
