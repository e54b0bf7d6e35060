import Foundation
import TestSupport
import Testing

/// What a clerk meets on the screens at 80×24 and 60×20: real `paylink` in tmux against a real `paylink sandbox`.
@Suite(.serialized, .ownThread)
struct TUIScreenTests {
    @Test("After a sandbox payment the result never shows PAID beside a pending order; the order line turns paid")
    func paidNeverBesidePendingOrder() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let tui = try world.start(["--reference", "PAY-\(UUID().uuidString.prefix(6))", "--amount", "25.00",
                                   "--name", "Žalias puodelis", "--language", "lt"])
        tui.waitFor(text: "SANDBOX")
        try tui.press("C-s")
        tui.waitFor(text: "Payment URL", timeout: 15)
        tui.waitFor(text: "pending_payment", timeout: 15)
        try tui.press("p")
        let deadline = Date().addingTimeInterval(8)
        var last = ""
        while Date() < deadline {
            last = tui.screen()
            #expect(!(last.contains("PAID") && last.contains("pending_payment")), "PAID beside a pending order:\n\(last)")
            if last.contains("PAID"), last.contains("paid 25.00 of 25.00") { break }
            usleep(50_000)
        }
        #expect(last.contains("PAID") && last.contains("paid 25.00 of 25.00"), "\(last)")
        try tui.press("C-c")
        #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
    }

    @Test("F1 on the history starts with the history's keys and scrolls to every other screen's; the bar names e, x, f")
    func helpScrollsAndTheHistoryBarNamesItsKeys() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        for (width, height) in [(80, 24), (60, 20)] {
            let tui = try world.start(width: width, height: height)
            try tui.press("F2")
            let history = tui.waitFor(text: "history")
            let bar = history.components(separatedBy: "\n").filter { !$0.isEmpty }.last ?? ""
            for key in ["e edit", "x cancel", "F1 help"] { #expect(bar.contains(key), "\(key) not in the bar: \(bar)") }
            if width >= 80 { #expect(bar.contains("f fresh link"), "\(bar)") }
            try tui.press("F1")
            let first = tui.waitFor(text: "more: pgdn")
            #expect(first.components(separatedBy: "\n")[2].trimmingCharacters(in: .whitespaces) == "History", "\(first)")
            var seen = first
            for _ in 0..<12 where !seen.contains(" Batch\n") {
                try tui.press("PageDown")
                seen = tui.waitFor(text: "↑ pgup")
            }
            #expect(seen.contains("make the links"), "the batch keys never showed:\n\(seen)")
            try tui.press("Escape")
            tui.waitFor(text: "enter details")
            try tui.press("C-c")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
        }
    }

    @Test("The profile list is a box with a border that hides what is under it")
    func popUpHasABorder() throws {
        let world = try TUIProfileTests.TwoProfiles()
        defer { world.stop() }
        for (width, height) in [(80, 24), (60, 20)] {
            let tui = try TUITmux(environment: world.environment, width: width, height: height, scratch: world.home.root)
            tui.waitFor(text: "new payment link", timeout: 20)
            try tui.press("BTab")
            try tui.press("P")
            let open = tui.waitFor(text: "switch profile")
            let lines = open.components(separatedBy: "\n")
            let top = try #require(lines.firstIndex { $0.contains("┌") && $0.contains("switch profile") }, "\(open)")
            let bottom = try #require(lines.firstIndex { $0.contains("└") && $0.contains("┘") }, "\(open)")
            #expect(bottom > top + 1)
            for line in lines[(top + 1)..<bottom] {
                let parts = line.split(separator: "│", omittingEmptySubsequences: false)
                #expect(parts.count == 3, "no border on: \(line)")
                let inside = parts.count == 3 ? parts[1].trimmingCharacters(in: .whitespaces) : line
                #expect(["north", "sandbox", "• shop"].contains(inside), "the form shows through: \(line)")
            }
            try tui.press("Escape")
            tui.waitFor("the list closed") { !$0.contains("switch profile") }
            try tui.press("C-c")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
        }
    }
}
