import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import Testing

/// The terminal program as a person uses it: real `paylink` in tmux against a real `paylink sandbox`.
@Suite(.serialized, .ownThread)
struct TUITests {
    @Test func fillTheFormSubmitSeeTheURLCountdownPayAndQuitCleanly() async throws {
        let world = try TUIWorld(builtIn: true)
        defer { world.stop() }
        let tui = try world.start()
        tui.waitFor(text: "SANDBOX")
        try tui.type("E2E-\(UUID().uuidString.prefix(8))")
        try tui.press("Tab", "Tab")
        try tui.type("25.00")
        try tui.press("Tab")
        try tui.type("Leather wallet")
        try tui.press("Tab")
        try tui.type("en")
        try tui.press("Tab")
        tui.waitFor(text: "English")
        try tui.press("C-s")
        let result = tui.waitFor(text: "Payment URL", timeout: 15)
        let url = try #require(shownURL(result), "no URL on:\n\(result)")
        let (status, _) = try await httpRequest("GET", url)
        #expect(status == 200)
        let first = try #require(countdownSeconds(result), "no countdown on:\n\(result)")
        let later = tui.waitFor("the countdown to go down", timeout: 5) { screen in
            (countdownSeconds(screen) ?? first) <= first - 2
        }
        #expect((countdownSeconds(later) ?? first) < first)
        try tui.press("p")
        tui.waitFor(text: "PAID", timeout: 6)
        try tui.press("C-c")
        let after = tui.waitFor(text: "MODES.")
        #expect(after.contains("EXIT=0"))
        #expect(after.contains("icanon") && !after.contains("-icanon"))
        #expect(after.contains("echo") && !after.contains("-echo"))
        #expect(tui.printed().contains(url))
    }

    @Test func aSandboxBehindTheBaseURLGetsTheBadgeOnceItAnswers() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let tui = try world.start()
        tui.waitFor(text: "SANDBOX")
        try tui.press("C-c")
        tui.waitFor(text: "EXIT=0")
    }

    @Test func badEmailShowsItsErrorAndBlocksSubmit() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let tui = try world.start(["--reference", "E2E-MAIL", "--amount", "25.00", "--name", "Wallet", "--language", "en"])
        // Everything required is filled in, so focus starts on Create; the e-mail is ten rows up (past the order's URLs).
        try tui.press("BTab", "BTab", "BTab", "BTab", "BTab", "BTab", "BTab", "BTab", "BTab", "BTab")
        try tui.type("not-an-email")
        try tui.press("Tab")
        tui.waitFor(text: "✗")
        try tui.press("C-s")
        let screen = tui.waitFor(text: "1 field needs attention")
        #expect(!screen.contains("Payment URL"))
        try tui.press("C-c")
        tui.waitFor(text: "EXIT=0")
    }

    @Test func bracketedPasteKeepsTheFirstLineAndNeverSubmits() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let tui = try world.start(["--amount", "25.00", "--name", "Wallet", "--language", "en"])
        try tui.paste("PASTED-REF-1\nsecond line\n")
        let screen = tui.waitFor(text: "PASTED-REF-1")
        #expect(!screen.contains("second line"))
        #expect(!screen.contains("Payment URL"))
        #expect(screen.components(separatedBy: "PASTED-REF-1").count == 2, "paste shown twice:\n\(screen)")
        try tui.press("C-c")
        tui.waitFor(text: "EXIT=0")
    }

    @Test func resizeToTooSmallAndBack() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let tui = try world.start()
        try tui.tmux(["resize-window", "-x", "30", "-y", "10"])
        tui.waitFor(text: "need 40×12")
        tui.waitFor(text: "now 30×10")
        try tui.tmux(["resize-window", "-x", "60", "-y", "20"])
        let screen = tui.waitFor(text: "Reference")
        #expect(!screen.contains("too small"))
        try tui.press("C-c")
        tui.waitFor(text: "EXIT=0")
    }

    @Test func copyLandsTheURLInTmuxsBuffer() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let tui = try world.start([
            "--reference", "E2E-COPY-\(UUID().uuidString.prefix(6))", "--amount", "5.00", "--name", "Copy", "--language", "en",
        ])
        try tui.tmux(["set", "-s", "set-clipboard", "on"])
        try tui.press("C-s")
        let result = tui.waitFor(text: "Payment URL", timeout: 15)
        let url = try #require(shownURL(result))
        try tui.press("c")
        tui.waitFor(text: "Copied through the terminal (OSC 52)")
        let buffer = tui.waitFor("the URL in tmux's buffer") { _ in
            ((try? tui.tmux(["show-buffer"])) ?? "").contains(url)
        }
        _ = buffer
        try tui.press("q")
        tui.waitFor(text: "EXIT=0")
    }
}
