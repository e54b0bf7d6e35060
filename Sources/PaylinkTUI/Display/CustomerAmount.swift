import PaylinkCore

/// An amount as the customer's language writes it: `€1,234.50` in English, `1 234,50 €` in Lithuanian.
struct CustomerAmount: Sendable, Hashable {
    /// The figures with the language's separators ("1 234,50").
    var number: String
    /// The currency as shown ("€", "zł", or the ISO code).
    var symbol: String
    /// Whether the symbol goes before the number (`€12.50`) or after it (`12,50 €`).
    var symbolFirst: Bool

    /// The amount on one line.
    var text: String { symbolFirst ? symbol + (symbol.count > 1 ? " " : "") + number : number + " " + symbol }

    init(minor: Int, currency: String, language: String) {
        let code = currency.trimmingCharacters(in: .whitespaces).uppercased()
        let plain = Money.format(minor: minor, currency: code)
        let style = Self.styles[language] ?? Self.styles["en"]!
        let parts = plain.split(separator: ".", maxSplits: 1).map(String.init)
        let whole = Self.grouped(parts[0], separator: style.group, minimum: style.minimumGrouping)
        number = parts.count > 1 ? whole + style.decimal + parts[1] : whole
        let known = Self.symbols[code]
        symbol = known ?? code
        symbolFirst = style.symbolFirst && known != nil && code != "PLN"
    }

    /// How a language writes numbers: decimal mark, grouping mark, fewest whole digits that get grouped, symbol side.
    private struct Style {
        var decimal: String
        var group: String
        var minimumGrouping: Int
        var symbolFirst: Bool
    }

    // CLDR's patterns for these languages; Estonian and Polish leave four-digit numbers ungrouped.
    private static let styles: [String: Style] = [
        "en": Style(decimal: ".", group: ",", minimumGrouping: 4, symbolFirst: true),
        "lt": Style(decimal: ",", group: " ", minimumGrouping: 4, symbolFirst: false),
        "lv": Style(decimal: ",", group: " ", minimumGrouping: 4, symbolFirst: false),
        "et": Style(decimal: ",", group: " ", minimumGrouping: 5, symbolFirst: false),
        "pl": Style(decimal: ",", group: " ", minimumGrouping: 5, symbolFirst: false),
    ]

    private static let symbols = ["EUR": "€", "USD": "$", "GBP": "£", "PLN": "zł"]

    /// "1234567" → "1 234 567" when it has at least `minimum` digits.
    private static func grouped(_ digits: String, separator: String, minimum: Int) -> String {
        let sign = digits.hasPrefix("-") ? "-" : ""
        let figures = Array(digits.dropFirst(sign.count))
        guard figures.count >= minimum else { return digits }
        var out = ""
        for (i, ch) in figures.enumerated() {
            if i > 0, (figures.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return sign + out
    }
}
