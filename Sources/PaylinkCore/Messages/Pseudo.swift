/// The test-only pseudo-language: every English sentence about 40 % longer, accented, between ⟦ and ⟧.
///
/// A screen that cuts or overlaps a sentence loses its closing ⟧, which the layout tests look for.
enum Pseudo {
    private static let accents: [Character: Character] = [
        "a": "å", "c": "ç", "d": "ð", "e": "é", "g": "ĝ", "i": "î", "k": "ķ", "l": "ļ", "n": "ñ", "o": "ö",
        "r": "ŕ", "s": "š", "t": "ţ", "u": "û", "y": "ý", "z": "ž",
        "A": "Å", "C": "Ç", "E": "É", "I": "Î", "N": "Ñ", "O": "Ö", "S": "Š", "U": "Û", "Z": "Ž",
    ]

    /// "Amount" → "⟦Åmöûñţ··⟧".
    static func stretch(_ english: String) -> String {
        guard !english.isEmpty else { return english }
        let accented = String(english.map { accents[$0] ?? $0 })
        let padding = max(0, (english.count * 2 + 4) / 5 - 2)
        return "⟦" + accented + String(repeating: "·", count: padding) + "⟧"
    }
}
