import Foundation
import TestSupport
import Testing

/// Keys as real terminals send them, through tmux, to a real `paylink`.
@Suite(.serialized, .ownThread)
struct TUIKeyTests {
    @Test("Under TERM=xterm-256color, Home/End/F1/Insert sent as VT220 sequences act or do nothing, never type")
    func vt220SequencesAreDecodedNotTyped() throws {
        for (width, height) in [(80, 24), (60, 20)] {
            let world = try TUIWorld()
            defer { world.stop() }
            let tui = try world.start(width: width, height: height, term: "xterm-256color")
            // The form starts on Reference.
            try tui.type("šaukštas")
            try tui.type("\u{1B}[1~")
            try tui.type("X")
            try tui.type("\u{1B}[4~")
            try tui.type("Y")
            try tui.type("\u{1B}[2~\u{1B}[E\u{1B}[25~")
            let typed = tui.waitFor(text: "XšaukštasY")
            #expect(!typed.contains("[1~") && !typed.contains("[4~") && !typed.contains("~"), "\(typed)")
            try tui.type("\u{1B}[11~")
            tui.waitFor(text: "keys")
            try tui.press("Escape")
            tui.waitFor(text: "new payment link")
            // Esc in a picker after typing gives the field back its value from before.
            try tui.press("Tab")
            try tui.type("usd")
            tui.waitFor(text: "USD")
            try tui.press("Escape")
            let closed = tui.waitFor("the list closed") { !$0.contains("US Dollar") }
            #expect(closed.components(separatedBy: "\n").contains { $0.contains("Currency") && $0.contains("EUR") }, "\(closed)")
            try tui.press("C-c")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
        }
    }
}
