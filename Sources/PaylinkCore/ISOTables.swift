import Foundation

/// ISO 639-1 languages, ISO 3166-1 alpha-2 countries and ISO 4217 currencies, for lookup and type-ahead pickers.
public enum ISOTables {
    /// One row of a table: the code, its English name, and other names that search also matches.
    public struct Entry: Sendable, Hashable {
        public var code: String
        public var name: String
        public var otherNames: String
        public init(code: String, name: String, otherNames: String = "") {
            self.code = code
            self.name = name
            self.otherNames = otherNames
        }
    }

    /// A currency with the decimal digits of its minor unit.
    public struct Currency: Sendable, Hashable {
        public var code: String
        public var name: String
        public var exponent: Int
    }

    /// All ISO 639-1 languages, by code.
    public static let languages: [Entry] = languageRows.map { Entry(code: $0.code, name: $0.name, otherNames: $0.aliases) }
    /// All ISO 3166-1 alpha-2 countries, by code.
    public static let countries: [Entry] = countryRows.map { Entry(code: $0.code, name: $0.name, otherNames: $0.aliases) }
    /// Active ISO 4217 currencies, by code.
    public static let currencies: [Currency] = currencyRows.map { Currency(code: $0.code, name: $0.name, exponent: $0.exponent) }

    private static let languageIndex = Dictionary(uniqueKeysWithValues: languages.map { ($0.code, $0) })
    private static let countryIndex = Dictionary(uniqueKeysWithValues: countries.map { ($0.code, $0) })
    private static let currencyIndex = Dictionary(uniqueKeysWithValues: currencies.map { ($0.code, $0) })

    /// "Lithuanian" for "lt" (any case); nil for a code that is not ISO 639-1.
    public static func languageName(_ code: String) -> String? {
        languageIndex[code.lowercased()]?.name
    }

    /// "Lithuania" for "LT" (any case); nil for a code that is not ISO 3166-1 alpha-2.
    public static func countryName(_ code: String) -> String? {
        countryIndex[code.uppercased()]?.name
    }

    /// The currency for "EUR" (any case); nil for a code that is not an active ISO 4217 currency.
    public static func currency(_ code: String) -> Currency? {
        currencyIndex[code.uppercased()]
    }

    /// Languages matching what a person typed, best first.
    public static func searchLanguages(_ query: String, limit: Int = .max) -> [Entry] {
        search(languageKeys, query, limit: limit)
    }

    /// Countries matching what a person typed, best first.
    public static func searchCountries(_ query: String, limit: Int = .max) -> [Entry] {
        search(countryKeys, query, limit: limit)
    }

    /// Currencies matching what a person typed, best first.
    public static func searchCurrencies(_ query: String, limit: Int = .max) -> [Currency] {
        search(currencyKeys, query, limit: limit).compactMap { currencyIndex[$0.code] }
    }

    /// Type-ahead ranking: exact code, then code prefix, then name prefix, then a word of the name, then anywhere.
    public static func search(_ entries: [Entry], _ query: String, limit: Int = .max) -> [Entry] {
        search(entries.map(SearchKey.init), query, limit: limit)
    }

    /// An entry with the lower-case forms search compares; the tables' keys are made once, as a picker searches
    /// them again on every frame.
    private struct SearchKey {
        let entry: Entry
        let code: String
        let name: String
        let other: String
        let words: [Substring]

        init(_ entry: Entry) {
            self.entry = entry
            code = entry.code.lowercased()
            name = entry.name.lowercased()
            other = entry.otherNames.lowercased()
            words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        }
    }

    private static let languageKeys = languages.map(SearchKey.init)
    private static let countryKeys = countries.map(SearchKey.init)
    private static let currencyKeys = currencies.map { SearchKey(Entry(code: $0.code, name: $0.name)) }

    private static func search(_ keys: [SearchKey], _ query: String, limit: Int) -> [Entry] {
        let typed = TextChecks.trimmed(query).lowercased()
        guard !typed.isEmpty else { return keys.prefix(limit).map(\.entry) }
        func rank(_ key: SearchKey) -> Int? {
            if key.code == typed { return 0 }
            if key.code.hasPrefix(typed) { return 1 }
            if key.name.hasPrefix(typed) { return 2 }
            if key.words.contains(where: { $0.hasPrefix(typed) }) { return 3 }
            if key.name.contains(typed) { return 4 }
            if key.other.contains(typed) { return 5 }
            return nil
        }
        let ranked = keys.enumerated().compactMap { item in rank(item.element).map { ($0, item.offset, item.element.entry) } }
        return ranked.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.2)
    }
}
