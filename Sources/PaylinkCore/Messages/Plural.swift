/// A CLDR plural category: which form of a counted word a number takes.
public enum PluralCategory: Sendable, Hashable {
    case zero, one, two, few, many, other
}

extension UILanguage {
    /// The CLDR cardinal category of a whole number (https://cldr.unicode.org plural rules, v = 0).
    ///
    /// Lithuanian: one 1, 21, 31 …; few 2–9, 22–29 …; other 0, 10–20, 30 …; many is for fractions only.
    /// Latvian: zero 0, 10–20, 30 …; one 1, 21, 31 … (not 11); other the rest. Polish: one 1; few 2–4,
    /// 22–24 … (not 12–14); many the rest. English and Estonian: one 1; other the rest.
    public func plural(_ n: Int) -> PluralCategory {
        let i = n.magnitude
        let mod10 = i % 10, mod100 = i % 100
        switch self {
        case .en, .et, .pseudo:
            return i == 1 ? .one : .other
        case .lt:
            if mod10 == 1 && !(11...19).contains(mod100) { return .one }
            if (2...9).contains(mod10) && !(11...19).contains(mod100) { return .few }
            return .other
        case .lv:
            if mod10 == 0 || (11...19).contains(mod100) { return .zero }
            if mod10 == 1 && mod100 != 11 { return .one }
            return .other
        case .pl:
            if i == 1 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        }
    }

    /// The CLDR cardinal category of a decimal written with `fractionDigits` visible decimals (1.5 → "1.5", 1).
    ///
    /// Lithuanian fractions are "many"; Polish fractions "other"; Latvian and the others follow their rules on f.
    public func plural(whole: Int, fraction: Int, fractionDigits: Int) -> PluralCategory {
        guard fractionDigits > 0 else { return plural(whole) }
        switch self {
        case .en, .et, .pseudo, .pl: return .other
        case .lt: return fraction != 0 ? .many : .other
        case .lv:
            let f = fraction
            if f % 10 == 0 || (11...19).contains(f % 100) || (fractionDigits == 2 && (11...19).contains(f % 100)) {
                return .zero
            }
            if f % 10 == 1 && f % 100 != 11 { return .one }
            return .other
        }
    }
}

/// The forms of one counted word; languages fill in the categories they use, `other` always.
struct PluralForms {
    var zero: String?
    var one: String?
    var few: String?
    var many: String?
    var other: String

    /// The form for `n` in `language`, falling back to `other`.
    func pick(_ n: Int, in language: UILanguage) -> String {
        switch language.plural(n) {
        case .zero: zero ?? other
        case .one: one ?? other
        case .few: few ?? other
        case .many: many ?? other
        case .two, .other: other
        }
    }
}
