import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

/// `P` on the form: a list of profiles, the service re-made for the chosen one, the header following it.
@Suite(.ownThread) struct ProfileSwitching {
    private func form() -> InMemoryTerminal {
        var t = terminal()
        t.state.profileNames = ["sandbox", "shop", "test-till"]
        t.state.form.moveFocus(to: .create)
        return t
    }

    @Test func pListsTheProfilesAndEnterAsksForTheChosenOne() {
        var t = form()
        t.press(.char("P"))
        #expect(t.state.profileChoice?.selected == 0)
        let screen = t.screen
        #expect(screen.contains("switch profile"))
        #expect(screen.contains("• sandbox") && screen.contains("shop") && screen.contains("test-till"))
        t.press(.down)
        let effects = t.press(.enter)
        #expect(effects == [.switchProfile("shop")])
        #expect(t.state.profileChoice == nil)
        #expect(t.screen.contains("switching to shop"))
    }

    @Test func aLiveProfileTurnsTheHeaderAroundAtOnce() {
        var t = form()
        t.press(.char("P"), .down, .enter)
        t.send(.profileSwitched(.success(ProfileSwitch(name: "shop", isSandbox: false, isLive: true))))
        let header = t.screen.line(0)
        #expect(header.contains("shop") && header.contains("LIVE") && !header.contains("SANDBOX"))
        #expect(t.screen.contains("Now using profile shop: LIVE"))
        t.press(.char("P"))
        #expect(t.state.profileChoice?.selected == 1)
        t.press(.escape)
        #expect(t.state.profileChoice == nil)
        #expect(t.state.screen == .form)
    }

    @Test func aProfileThatCannotBeUsedLeavesTheCurrentOneInPlace() {
        var t = form()
        t.press(.char("P"), .down, .down, .enter)
        t.send(.profileSwitched(.failure(MessageError("profiles.test-till: client_id is missing"))))
        #expect(t.state.profileName == "sandbox")
        #expect(t.state.isSandbox)
        #expect(t.screen.contains("Profile test-till cannot be used: profiles.test-till: client_id is missing"))
    }

    @Test func pIsTypedIntoTextFieldsAndWaitsWhileALinkIsBeingMade() {
        var t = terminal()
        t.state.profileNames = ["sandbox", "shop"]
        t.press(.char("P"))
        #expect(t.state.profileChoice == nil)
        var sending = form()
        sending.state.form.sending = true
        sending.press(.char("P"))
        #expect(sending.state.profileChoice == nil)
        #expect(sending.screen.contains("Wait until the link being made is answered"))
    }

    /// A link made on the live profile `shop`, on screen in one of the ways a link can be.
    private func liveLinkOn(_ place: String) -> InMemoryTerminal {
        var t = terminal(validDraft(), sandbox: false)
        t.state.profileName = "shop"
        t.state.isLive = true
        t.state.profileNames = ["sandbox", "shop"]
        t.press(.ctrl("s"))
        t.send(.created(.created(sampleLink())))
        switch place {
        case "edit form":
            t.press(.char("e"), .tab, .tab, .tab, .tab, .tab)
            t.state.form.moveFocus(to: .create)
        case "form over the result":
            t.press(.char("n"))
            t.state.form.moveFocus(to: .orderMode)
        default:
            break
        }
        t.clearEffects()
        return t
    }

    @Test("After P to another profile the live link is on no screen: no badge over it, no poll, no key acts on it",
          arguments: ["result", "edit form", "form over the result"])
    func aLinkNeverShowsUnderAnotherProfilesBadge(place: String) {
        var t = liveLinkOn(place)
        let id = sampleLink().linkID
        let urlStart = "https://sandbox.local/checkout"
        t.press(.char("P"))
        #expect(t.state.profileChoice != nil, "P not offered on the \(place)")
        t.press(.up, .enter)
        #expect(t.state.switchingProfile == "sandbox")
        // While the switch is under way, the link's keys wait and nothing is polled.
        t.press(.char("p"))
        t.send(.tick(t0.addingTimeInterval(2)))
        t.send(.profileSwitched(.success(ProfileSwitch(name: "sandbox", isSandbox: true, isLive: false))))
        for key: Key in [.escape, .escape, .char("z"), .char("p"), .char("c")] {
            t.press(key)
            let screen = t.screen
            #expect(!screen.contains(urlStart), "the shop's link shows under SANDBOX after \(key):\n\(screen.text)")
            #expect(!screen.contains("sandbox: pay"), "\(screen.text)")
        }
        for second in 3...12 { t.send(.tick(t0.addingTimeInterval(TimeInterval(second)))) }
        let touching = t.effects.filter { effect in
            switch effect {
            case .refresh(let link), .simulatePayment(let link), .watchHistory(let link): link == id
            case .copy(let text), .open(let text): text.hasPrefix(urlStart)
            case .update(let link, _): link == id
            case .loadOrder: true
            default: false
            }
        }
        #expect(touching.isEmpty, "\(touching)")
        #expect(t.state.result == nil && t.state.form.editing == nil)
        #expect(t.screen.line(0).contains("SANDBOX") && !t.screen.line(0).contains("LIVE"))
    }

    @Test("The form after a switch starts from the new profile's defaults; what was typed stays")
    func theFormTakesTheNewProfilesDefaults() {
        var shop = LinkDraft()
        shop.language = "lt"
        shop.countryCode = "LT"
        shop.currency = "EUR"
        var till = shop
        till.language = "lv"
        var t = terminal(shop)
        t.state.newLinkDraft = shop
        t.state.profileNames = ["sandbox", "shop", "till"]
        t.state.form.moveFocus(to: .field(.amount))
        t.type("12,50")
        t.state.form.moveFocus(to: .orderMode)
        t.press(.char("P"), .down, .enter)
        t.send(.profileSwitched(.success(ProfileSwitch(name: "shop", isSandbox: true, isLive: false, newLinkDraft: shop))))
        #expect(t.state.form.draft.language == "lt" && t.state.form.draft.countryCode == "LT")
        #expect(t.state.form.draft.amount == "12,50")
        t.press(.char("P"), .down, .enter)
        t.send(.profileSwitched(.success(ProfileSwitch(name: "till", isSandbox: true, isLive: false, newLinkDraft: till))))
        #expect(t.state.form.draft.language == "lv" && t.state.form.draft.countryCode == "LT")
        // A new link (n on the result) starts from the profile's defaults, not from an empty form.
        t.state.form = FormState(draft: validDraft())
        t.press(.ctrl("s"))
        t.send(.created(.created(sampleLink())))
        t.press(.char("n"))
        #expect(t.state.form.draft.language == "lv" && t.state.form.draft.countryCode == "LT")
        #expect(t.screen.contains("lv"))
    }
}
