/// Text from elsewhere (an API's names and messages) with everything a terminal would act on taken out.
public enum ControlText {
    /// Whether every byte of the text is printable ASCII (space to `~`): one column each, nothing to clean or
    /// strip, no grapheme to find. Most of what paylink draws and reads is.
    public static func isPrintableASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }

    /// The text with escape sequences, C0/C1 control characters, DEL and bidi overrides removed.
    ///
    /// Tabs and line breaks become single spaces so a server's name stays on its line.
    public static func strip(_ text: String) -> String {
        // Printable ASCII, the usual case, has nothing to strip.
        if isPrintableASCII(text) { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            i += 1
            switch s.value {
            case 0x1B:  // ESC: drop the whole sequence it starts
                guard i < scalars.count else { break }
                let kind = scalars[i]
                i += 1
                switch kind {
                case "[": i = endOfCSI(scalars, from: i)
                case "]", "P", "X", "^", "_": i = endOfString(scalars, from: i)
                default: break  // a two-character escape such as ESC c
                }
            case 0x9B: i = endOfCSI(scalars, from: i)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: i = endOfString(scalars, from: i)
            case 0x09, 0x0A, 0x0D:
                if out.last != " " { out.append(" ") }
            case 0x00...0x1F, 0x7F...0x9F: break
            case 0x202A...0x202E, 0x2066...0x2069: break  // bidi overrides can disguise what is shown
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Index just past a CSI sequence's final byte (0x40–0x7E), or where it stops being one.
    private static func endOfCSI(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < scalars.count {
            let v = scalars[i].value
            if (0x40...0x7E).contains(v) { return i + 1 }
            if !(0x20...0x3F).contains(v) { return i }
            i += 1
        }
        return i
    }

    /// Index just past the end of an OSC/DCS-style string: BEL, ST (ESC \) or the C1 ST; an ESC of any other kind starts the next sequence.
    private static func endOfString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < scalars.count {
            let v = scalars[i].value
            if v == 0x07 || v == 0x9C { return i + 1 }
            if v == 0x1B { return i + 1 < scalars.count && scalars[i + 1] == "\\" ? i + 2 : i }
            i += 1
        }
        return i
    }
}
