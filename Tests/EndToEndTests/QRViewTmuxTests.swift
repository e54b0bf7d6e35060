import Foundation
import TestSupport
import Testing

/// The counter: a link made at 80×24, its QR view read back by a real decoder, and PAID after a real payment.
@Suite(.serialized, .ownThread)
struct QRViewTmuxTests {
    static let formArguments = ["--reference", "R1", "--currency", "EUR", "--amount", "25.00", "--name", "Wallet", "--language", "en"]

    /// Creates the link from a filled form and returns its URL and id from the result screen.
    func makeLink(_ tui: TUITmux) throws -> (url: String, id: String) {
        try tui.press("C-s")
        let result = tui.waitFor(text: "Payment URL", timeout: 20)
        let url = try #require(shownURL(result), "no URL on:\n\(result)")
        let idLine = try #require(result.components(separatedBy: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("link ") })
        let id = try #require(idLine.components(separatedBy: "link ").last?.trimmingCharacters(in: .whitespaces))
        return (url, id)
    }

    func openQRView(_ tui: TUITmux) throws -> String {
        try tui.press("z")
        return tui.waitFor("the QR view", timeout: 10) { $0.contains("esc back") && $0.contains("▀") }
    }

    @Test func theQRViewAt80x24DecodesToTheURLFromTheResultAndFromTheHistoryAndTurnsPaid() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let tui = try world.start(Self.formArguments)
        let (url, id) = try makeLink(tui)
        let view = try openQRView(tui)
        #expect(try QRPane.decode(view, rows: 23, scratch: world.home.root) == url, "pane:\n\(view)")

        // The same link from a history row's details.
        try tui.press("Escape")
        tui.waitFor(text: "Payment URL")
        try tui.press("h")
        // The form shows the name too: wait for the history's own title with the row.
        tui.waitFor("the history row", timeout: 15) { $0.contains("paylink · history") && $0.contains("Wallet") }
        try tui.press("Enter")
        tui.waitFor(text: "Payment URL")
        let fromHistory = try openQRView(tui)
        #expect(try QRPane.decode(fromHistory, rows: 23, scratch: world.home.root) == url, "pane:\n\(fromHistory)")

        // The customer pays: the view says PAID without a key being pressed.
        let sandbox = try #require(world.sandbox)
        let answer = try QRPane.run("/usr/bin/curl", ["-sS", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST",
                                                      "\(sandbox.baseURL)/sandbox/payment-links/\(id)/pay"])
        #expect(answer == "200")
        let paid = tui.waitFor(text: "PAID", timeout: 15)
        #expect(!paid.contains("▀"), "the code is still shown after payment:\n\(paid)")
        try tui.press("C-c")
        tui.waitFor(text: "EXIT=0")
    }

    @Test func theCodeIsDarkOnLightInEveryShippedTheme() throws {
        let dark: Set<String> = ["30", "38;5;0", "38;5;16"]
        let light: Set<String> = ["97", "107", "47", "48;5;15", "48;5;231"]
        for theme in ["default", "light", "high-contrast", "mono", "paysera"] {
            // A sandbox of its own: the built-in one on 8787 would be shared with TUITests running at the same moment,
            // and stop under this test when that test's paylink ends.
            let world = try TUIWorld()
            defer { world.stop() }
            let tui = try world.start(Self.formArguments + ["--theme", theme])
            _ = try makeLink(tui)
            _ = try openQRView(tui)
            let captured = try tui.tmux(["capture-pane", "-p", "-e"])
            let colours = QRPane.blockColours(captured)
            #expect(colours.count > 500, "theme \(theme): too few QR cells")
            let wrong = colours.filter { !dark.contains($0.fg) || !light.contains($0.bg) }
            #expect(wrong.isEmpty, "theme \(theme): \(wrong.count) QR cells not dark on light, e.g. \(wrong.prefix(3))")
            try tui.press("C-c")
            tui.waitFor(text: "EXIT=0")
        }
    }
}
