import Foundation
import TestSupport
import Testing

/// Changing a link in the terminal program: real `paylink` in tmux against a real `paylink sandbox`.
@Suite(.serialized, .ownThread)
struct TUIEditTests {
    @Test func eOpensTheLinkCtrlSSavesAndTheResultShowsTheNewNameAndExpiry() async throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let tui = try world.start(["--reference", "E2E-EDIT", "--amount", "25.00", "--name", "Old wallet", "--language", "en",
                                   "--lifetime", "1h"])
        try tui.press("C-s")
        let made = tui.waitFor(text: "Payment URL", timeout: 15)
        let url = try #require(shownURL(made), "no URL on:\n\(made)")
        try tui.press("e")
        tui.waitFor(text: "change payment link")
        // Focus starts on the name; the lifetime is the next field that may change.
        try tui.press("C-u")
        try tui.type("New wallet")
        try tui.press("Tab", "C-u")
        try tui.type("5d")
        try tui.press("C-s")
        let changed = tui.waitFor("the changed link on the result screen", timeout: 15) { screen in
            screen.contains("Link changed") && screen.contains("New wallet") && screen.contains("Payment URL")
        }
        #expect(shownURL(changed) == url)
        let left = try #require(countdownSeconds(changed), "no countdown on:\n\(changed)")
        #expect(left > 4 * 86_400, "expiry not moved:\n\(changed)")
        // The changed link keeps its QR code: the full-screen view draws it.
        #expect(!changed.contains("enlarge the terminal"), "\(changed)")
        try tui.press("z")
        let code = tui.waitFor("the QR code of the changed link") { $0.contains("▀") || $0.contains("▄") }
        #expect(!code.contains("could not be made"), "\(code)")
        try tui.press("Escape")
        tui.waitFor(text: "Payment URL")
        try tui.press("C-c")
        tui.waitFor(text: "EXIT=0")

        // The sandbox and the history both hold the change.
        let listed = try await runPaylink(["list", "--json"], environment: world.env)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let id = try #require(rows.first?["link_id"] as? String)
        #expect(rows.first?["name"] as? String == "New wallet")
        let shown = try await runPaylink(["show", id, "--refresh", "--json"], environment: world.env)
        let link = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(link["name"] as? String == "New wallet")
        #expect(link["lifetime"] as? Int == 5 * 86_400)
    }
}
