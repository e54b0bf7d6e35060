import TestSupport
import Testing
@testable import PaylinkCore

@Suite("Terminal text", .ownThread)
struct TerminalTextTests {
    @Test("Escape sequences and control characters never survive", arguments: [
        ("plain", "plain"),
        ("red \u{1B}[31mtext\u{1B}[0m", "red text"),
        ("title\u{1B}]0;owned\u{7}end", "titleend"),
        ("osc\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "osclink"),
        ("c1\u{9B}2Jcsi", "c1csi"),
        ("bell\u{7}del\u{7F}nul\u{0}", "belldelnul"),
        ("line\nbreak\ttab", "line break tab"),
        ("reset\u{1B}c!", "reset!"),
        ("bidi\u{202E}txt", "biditxt"),
        ("Žalgiris 注文 👨‍👩‍👧", "Žalgiris 注文 👨‍👩‍👧"),
        ("dangling\u{1B}", "dangling"),
        ("\u{1B}[", ""),
    ])
    func sanitize(input: String, expected: String) {
        let clean = TerminalText.sanitize(input)
        #expect(clean == expected)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test("Display widths: ASCII 1, CJK and emoji 2, combining marks 0", arguments: [
        ("abc", 3), ("", 0), ("注文", 4), ("한국", 4), ("ｅ", 2), ("😀", 2), ("👨‍👩‍👧", 2), ("🇱🇹", 2),
        ("e\u{301}", 1), ("❤️", 2), ("❤", 1), ("Žalgiris", 8), ("\u{1B}", 0), ("a\u{200B}b", 2), ("✅", 2),
    ])
    func widths(text: String, width: Int) {
        #expect(TerminalText.displayWidth(text) == width)
    }

    @Test("A whole text's width is the sum of its characters' widths, the printable-ASCII shortcut included")
    func wholeTextWidthIsTheSumOfItsCharacters() {
        var random = SplitMix64(seed: 20261204)
        let pieces: [String] = ["a", "Z", " ", "~", "\u{7F}", "\t", "\u{1B}", "ž", "注", "😀", "e\u{301}", "\r\n"]
        for _ in 0..<500 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(TerminalText.displayWidth(text) == text.reduce(0) { $0 + TerminalText.displayWidth(of: $1) }, "\(text.debugDescription)")
        }
        #expect(TerminalText.trimmedSpaces("  R-1\t") == "R-1" && TerminalText.trimmedSpaces("R 1") == "R 1" && TerminalText.trimmedSpaces(" ") == "")
    }

    @Test("Truncation fits the width and never splits a wide character")
    func truncation() {
        #expect(TerminalText.truncated("hello", toWidth: 10) == "hello")
        #expect(TerminalText.truncated("hello world", toWidth: 6) == "hello…")
        let cut = TerminalText.truncated("注文注文注文", toWidth: 6)
        #expect(cut == "注文…")
        #expect(TerminalText.displayWidth(cut) <= 6)
        #expect(TerminalText.truncated("abc", toWidth: 0) == "")
    }
}
