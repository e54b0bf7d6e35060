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
}
