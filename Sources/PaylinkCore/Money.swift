import Foundation

/// Amounts in minor units, with ISO 4217 exponents.
public enum Money {
    /// The largest amount the API takes, in minor units (2^31 − 1).
    public static let maximumMinor = Int(Int32.max)

    /// Decimal digits of a currency (EUR 2, JPY 0, KWD 3); nil for an unknown code.
    public static func exponent(of currency: String) -> Int? {
        ISOTables.currency(TextChecks.trimmed(currency).uppercased())?.exponent
    }

    /// Parses what a person typed ("25.00", "25,5", "1 234,50", "1,234.50") into minor units.
    ///
    /// A comma or a point is the decimal mark whichever the language uses, when the text shows which it is;
    /// thousands may be grouped by spaces (also no-break), or by the other mark. Only a lone mark followed by
    /// exactly three digits ("1,234") depends on the language: it groups thousands where that mark is the
    /// language's grouping mark (English ","), and is refused as ambiguous elsewhere, saying how to write it.
    public static func parse(_ text: String, currency: String, language: UILanguage = .en) -> Result<Int, FieldError> {
        func refuse(_ message: Message) -> Result<Int, FieldError> { .failure(FieldError(.amount, message, in: language)) }
        let code = TextChecks.trimmed(currency).uppercased()
        guard let exp = exponent(of: code) else { return refuse(.amountNeedsCurrency) }
        let example = self.example(exponent: exp, language: language)
        let typed = TextChecks.trimmed(text)
        if typed.isEmpty { return refuse(.requiredSuchAs(.amount, example: "\(example) \(code)")) }
        if TextChecks.hasControl(typed) { return refuse(.controlCharacters(.amount)) }
        let zero = Money.text(minor: 0, currency: code, language: language)
        if let first = typed.first, first == "-" || first == "−" { return refuse(.amountPositive(zero: zero)) }
        if typed.first == "+" { return refuse(.amountNoSign(example: example)) }
        let grouping = self.example(exponent: exp, whole: "1234", language: language)
        let allowed = typed.allSatisfy { TextChecks.asciiDigits.contains($0) || $0 == "." || $0 == "," || spaces.contains($0) }
        if !allowed { return refuse(.amountNotNumber(currency: code, example: example)) }
        guard let (groups, decimal) = marks(typed, exponent: exp, language: language) else {
            return refuse(.amountGrouping(example: grouping))
        }
        if decimal == "?" {
            let digits = typed.filter { TextChecks.asciiDigits.contains($0) }
            let point = typed.firstIndex { $0 == "." || $0 == "," }!
            let before = String(typed[..<point]), after = String(typed[typed.index(after: point)...])
            let decimalForm = before + String(language.decimalMark) + String(after.prefix(exp))
            return refuse(.amountAmbiguous(typed: typed, whole: digits, decimal: decimalForm))
        }
        let (wholeText, fraction): (String, String)
        if let decimal, let mark = typed.lastIndex(of: decimal) {
            wholeText = String(typed[..<mark])
            fraction = String(typed[typed.index(after: mark)...])
        } else {
            (wholeText, fraction) = (typed, "")
        }
        guard let whole = ungrouped(wholeText, by: groups), fraction.allSatisfy({ TextChecks.asciiDigits.contains($0) }) else {
            return refuse(.amountGrouping(example: grouping))
        }
        if whole.isEmpty && fraction.isEmpty { return refuse(.amountNotNumber(currency: code, example: example)) }
        if fraction.count > exp {
            return refuse(exp == 0
                ? .amountNoDecimals(currency: code, example: example)
                : .amountDecimals(currency: code, digits: exp, example: example))
        }
        let significant = whole.drop { $0 == "0" }
        let largest = Money.text(minor: maximumMinor, currency: code, language: language)
        // More than 12 whole digits cannot fit 2^31 − 1 minor units in any currency; checking first keeps Int safe.
        if significant.count > 12 { return refuse(.amountAtMost(largest: largest)) }
        let paddedFraction = fraction + String(repeating: "0", count: exp - fraction.count)
        let minor = (Int(significant) ?? 0) * power(exp) + (Int(paddedFraction) ?? 0)
        if minor <= 0 { return refuse(.amountPositive(zero: zero)) }
        if minor > maximumMinor { return refuse(.amountAtMost(largest: largest)) }
        return .success(minor)
    }

    /// Spaces that may group thousands: the plain one, the no-break ones, the thin one.
    static let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// Which characters group thousands and which mark is the decimal one ("?" when it cannot be told);
    /// nil when the marks contradict each other.
    private static func marks(_ typed: String, exponent exp: Int, language: UILanguage) -> (groups: Set<Character>, decimal: Character?)? {
        let points = typed.filter { $0 == "." }.count, commas = typed.filter { $0 == "," }.count
        let spaced = typed.contains(where: spaces.contains)
        switch (points, commas) {
        case (0, 0): return (spaces, nil)
        case (_, _) where points > 0 && commas > 0:
            let decimal = typed.last { $0 == "." || $0 == "," }!
            let group: Character = decimal == "." ? "," : "."
            guard typed.filter({ $0 == decimal }).count == 1, !spaced else { return nil }
            return ([group], decimal)
        default:
            let mark: Character = points > 0 ? "." : ","
            if points + commas > 1 { return spaced ? nil : ([mark], nil) }
            if spaced { return (spaces, mark) }
            let after = typed.split(separator: mark, omittingEmptySubsequences: false).last ?? ""
            let before = typed.split(separator: mark, omittingEmptySubsequences: false).first ?? ""
            let looksGrouped = after.count == 3 && (1...3).contains(before.count) && before.first != "0"
            guard looksGrouped else { return (spaces, mark) }
            if mark == language.groupMark || exp == 0 { return ([mark], nil) }
            if mark == language.decimalMark && exp >= 3 { return (spaces, mark) }
            return (spaces, "?")
        }
    }

    /// The whole part's digits with its grouping checked (first group 1–3 digits, then groups of 3); nil when wrong.
    private static func ungrouped(_ text: String, by groups: Set<Character>) -> String? {
        let pieces = text.split(omittingEmptySubsequences: false) { groups.contains($0) }
        guard pieces.allSatisfy({ $0.allSatisfy { TextChecks.asciiDigits.contains($0) } }) else { return nil }
        if pieces.count > 1 {
            guard let first = pieces.first, (1...3).contains(first.count),
                  pieces.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        return pieces.joined()
    }

    /// "12,50 €" in Lithuanian, "€12.50" in English: an amount for a person to read, on every screen and the display.
    public static func text(minor: Int, currency: String, language: UILanguage) -> String {
        shown(minor: minor, currency: currency, language: language).text
    }

    /// An amount as `language` writes it (CLDR's patterns): `€1,234.50` in English, `1 234,50 €` in Lithuanian and
    /// Latvian, `1234,50 zł` in Polish and Estonian (which group only from five digits); the code where no sign is known.
    public static func shown(minor: Int, currency: String, language: UILanguage) -> ShownAmount {
        let code = TextChecks.trimmed(currency).uppercased()
        let english = language == .en || language == .pseudo
        let plain = format(minor: minor, currency: code)
        let negative = plain.hasPrefix("-")
        let parts = plain.dropFirst(negative ? 1 : 0).split(separator: ".", maxSplits: 1).map(String.init)
        let fewestGrouped = language == .et || language == .pl ? 5 : 4
        var whole = parts[0]
        if whole.count >= fewestGrouped {
            var grouped = ""
            for (i, digit) in whole.enumerated() {
                if i > 0, (whole.count - i) % 3 == 0 { grouped.append(english ? "," : "\u{00A0}") }
                grouped.append(digit)
            }
            whole = grouped
        }
        let number = (negative ? "-" : "") + whole + (parts.count > 1 ? String(language.decimalMark) + parts[1] : "")
        let sign = symbol(code, language: language)
        return ShownAmount(number: number, symbol: sign, symbolFirst: english && sign != code && code != "PLN")
    }

    /// "1 234,50" in Lithuanian (no-break space between thousands), "1234.50" in English.
    public static func format(minor: Int, currency: String, language: UILanguage) -> String {
        let plain = format(minor: minor, currency: currency)
        guard language != .en, language != .pseudo else { return plain }
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = "\u{00A0}" + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        let fraction = parts.count > 1 ? String(language.decimalMark) + parts[1] : ""
        return (negative ? "-" : "") + whole + grouped + fraction
    }

    /// The sign a language writes with an amount: €, $, £ and zł where people know them, the code otherwise.
    static func symbol(_ code: String, language: UILanguage) -> String {
        switch code {
        case "EUR": "€"
        case "USD": "$"
        case "GBP": "£"
        case "PLN": "zł"
        default: code
        }
    }

    /// "25.00" for 2500 EUR.
    public static func format(minor: Int, currency: String) -> String {
        let exp = exponent(of: currency) ?? 2
        let sign = minor < 0 ? "-" : ""
        let magnitude = minor.magnitude
        let unit = UInt(power(exp))
        let whole = magnitude / unit
        guard exp > 0 else { return sign + String(whole) }
        let fraction = String(magnitude % unit)
        return sign + String(whole) + "." + String(repeating: "0", count: exp - fraction.count) + fraction
    }

    /// "25.00 EUR" for 2500 EUR: the amount as a person reads it, with the currency code.
    public static func display(minor: Int, currency: String) -> String {
        let code = TextChecks.trimmed(currency).uppercased()
        return "\(format(minor: minor, currency: code)) \(code)"
    }

    /// "25.00" for two decimals, "2500" for none: an example amount in a currency's shape.
    static func example(exponent: Int, whole: String = "25", language: UILanguage = .en) -> String {
        exponent == 0 ? whole + "00" : whole + String(language.decimalMark) + String(repeating: "0", count: exponent)
    }

    static func power(_ exponent: Int) -> Int {
        var result = 1
        for _ in 0..<max(0, exponent) { result *= 10 }
        return result
    }
}

/// An amount as a person reads it: the figures, the currency's sign, and which of them comes first.
public struct ShownAmount: Sendable, Hashable {
    /// The figures with the language's marks ("1 234,50").
    public var number: String
    /// "€", "zł", or the ISO code.
    public var symbol: String
    /// `€12.50` rather than `12,50 €`.
    public var symbolFirst: Bool

    /// The amount on one line.
    public var text: String { symbolFirst ? symbol + number : number + " " + symbol }
}
