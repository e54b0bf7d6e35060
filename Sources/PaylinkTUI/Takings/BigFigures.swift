/// Figures three rows tall, drawn with half blocks, for what must be read from across the counter.
enum BigFigures {
    /// 3×5 pixel glyphs (a 1-wide point), one string of 0/1 a pixel row.
    private static let glyphs: [Character: [String]] = [
        "0": ["111", "101", "101", "101", "111"], "1": ["010", "110", "010", "010", "111"],
        "2": ["111", "001", "111", "100", "111"], "3": ["111", "001", "111", "001", "111"],
        "4": ["101", "101", "111", "001", "001"], "5": ["111", "100", "111", "001", "111"],
        "6": ["111", "100", "111", "101", "111"], "7": ["111", "001", "001", "001", "001"],
        "8": ["111", "101", "111", "101", "111"], "9": ["111", "101", "111", "001", "111"],
        ".": ["0", "0", "0", "0", "1"], ",": ["0", "0", "0", "1", "1"],
        "-": ["000", "000", "111", "000", "000"], " ": ["0", "0", "0", "0", "0"],
        "€": ["0111", "1000", "1110", "1000", "0111"],
    ]

    /// The three text rows of `text` (digits, point, comma, minus, space, €); nil when a character has no glyph.
    static func rows(_ text: String) -> [String]? {
        var out = ["", "", ""]
        for (i, ch) in text.enumerated() {
            // Thousands grouped with a no-break space are drawn as any space.
            guard let glyph = glyphs[ch == "\u{00A0}" ? " " : ch] else { return nil }
            let pixels = glyph + ["".padding(toLength: glyph[0].count, withPad: "0", startingAt: 0)]
            for row in 0..<3 {
                let top = Array(pixels[row * 2]), bottom = Array(pixels[row * 2 + 1])
                if i > 0 { out[row] += " " }
                for column in top.indices {
                    switch (top[column] == "1", bottom[column] == "1") {
                    case (true, true): out[row] += "█"
                    case (true, false): out[row] += "▀"
                    case (false, true): out[row] += "▄"
                    case (false, false): out[row] += " "
                    }
                }
            }
        }
        return out
    }

    /// Columns `text` takes when drawn big.
    /// A large ✓, four rows tall, for "paid" in any language.
    static let checkMark = [
        "           ▄██▀",
        " ▀██▄    ▄██▀  ",
        "   ▀██▄▄██▀    ",
        "     ▀██▀      ",
    ]

    static func width(_ text: String) -> Int { rows(text)?.first?.count ?? 0 }
}
