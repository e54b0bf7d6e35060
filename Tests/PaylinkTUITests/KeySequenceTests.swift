import Foundation
import PaylinkCore
import PaylinkTUI
import Testing

/// Escape sequences curses leaves undecoded arrive as ESC and characters: they become keys or nothing, never text.
@Suite("Key sequences terminals send", .ownThread)
struct KeySequenceTests {
    /// What curses hands over for a sequence it does not know: ESC, then each character as a key.
    static func raw(_ text: String) -> [Msg] {
        text.map { $0 == "\u{1B}" ? Msg.key(.escape) : Msg.key(.char($0)) }
    }

    static let known: [(String, Key)] = [
        ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
        ("\u{1B}[3~", .delete), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown),
        ("\u{1B}[A", .up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left),
        ("\u{1B}[1;5H", .home), ("\u{1B}[1;2F", .end), ("\u{1B}[3;5~", .delete), ("\u{1B}[5^", .pageUp), ("\u{1B}[6$", .pageDown),
        ("\u{1B}OP", .function(1)), ("\u{1B}OQ", .function(2)), ("\u{1B}OR", .function(3)), ("\u{1B}OS", .function(4)),
        ("\u{1B}[11~", .function(1)), ("\u{1B}[12~", .function(2)), ("\u{1B}[13~", .function(3)), ("\u{1B}[14~", .function(4)),
        ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)), ("\u{1B}[24~", .function(12)),
        ("\u{1B}[[A", .function(1)), ("\u{1B}[[B", .function(2)), ("\u{1B}[[E", .function(5)),
        ("\u{1B}[1;2P", .function(1)), ("\u{1B}O5P", .function(1)), ("\u{1B}[Z", .backTab),
        ("\u{1B}OM", .enter), ("\u{1B}Op", .char("0")), ("\u{1B}Oy", .char("9")), ("\u{1B}Ol", .char(",")), ("\u{1B}On", .char(".")),
    ]

    /// Insert, the keypad's centre, F13+, focus reports and the like: nothing to do, so nothing happens.
    static let dropped = ["\u{1B}[2~", "\u{1B}[E", "\u{1B}OE", "\u{1B}[G", "\u{1B}[25~", "\u{1B}[I", "\u{1B}[O", "\u{1B}[2$", "\u{1B}[?1;2c"]

    @Test("Home, End, Delete, PgUp/PgDn, F1–F12, arrows and keypad in their xterm, rxvt, PuTTY and console forms")
    func knownSequencesBecomeTheirKeys() {
        for (sequence, key) in Self.known {
            var decoder = KeySequenceDecoder()
            let keys = decoder.decode(Self.raw("a" + sequence + "b"))
            #expect(keys == [.key(.char("a")), .key(key), .key(.char("b"))], "\(sequence.debugDescription)")
        }
    }

    @Test("A sequence with nothing to do is dropped, never typed")
    func unknownSequencesAreDropped() {
        for sequence in Self.dropped {
            var decoder = KeySequenceDecoder()
            #expect(decoder.decode(Self.raw("a" + sequence + "b")) == [.key(.char("a")), .key(.char("b"))], "\(sequence.debugDescription)")
        }
    }

    @Test("A lone Esc, Esc then a letter, and Esc then Esc stay keys")
    func escapeStaysEscape() {
        var decoder = KeySequenceDecoder()
        #expect(decoder.decode([.key(.escape)]) == [.key(.escape)])
        #expect(decoder.decode(Self.raw("\u{1B}x")) == [.key(.escape), .key(.char("x"))])
        #expect(decoder.decode([.key(.escape), .key(.escape)]) == [.key(.escape), .key(.escape)])
        #expect(decoder.decode([.key(.escape), .key(.up)]) == [.key(.escape), .key(.up)])
        #expect(decoder.decode([.key(.escape), .paste("x")]) == [.key(.escape), .paste("x")])
    }

    @Test("A sequence split between two reads is put together")
    func splitSequence() {
        var decoder = KeySequenceDecoder()
        #expect(decoder.decode(Self.raw("\u{1B}[1")).isEmpty)
        #expect(decoder.decode(Self.raw("~z")) == [.key(.home), .key(.char("z"))])
    }

    @Test("Home and End as ESC [ 1 ~ and ESC [ 4 ~ move the cursor in a field and type nothing")
    func homeInAFieldMovesTheCursor() {
        var t = InMemoryTerminal(now: Date(timeIntervalSince1970: 1_795_608_000))
        t.state.form.moveFocus(to: .field(.name))
        t.type("ąčęė")
        var decoder = KeySequenceDecoder()
        for msg in decoder.decode(Self.raw("\u{1B}[1~X\u{1B}[4~Y\u{1B}[2~\u{1B}[E")) { t.send(msg) }
        #expect(t.state.form.input.text == "XąčęėY")
    }
}
