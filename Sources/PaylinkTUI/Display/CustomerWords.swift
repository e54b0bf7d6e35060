import PaylinkCore

/// The customer display's words in the customer's language, from the one catalogue; English when it has none.
public struct CustomerWords: Sendable, Hashable {
    /// The language the words are in.
    public let language: UILanguage

    /// The words for `language` (an `experience.language` code such as `lt`, or a locale such as `lt_LT.UTF-8`).
    public init(language: String?) {
        self.language = language.flatMap(Self.spoken) ?? .en
    }

    public subscript(_ phrase: ScreenMessage) -> String { language.text(.screen(phrase)) }

    /// "Screen too small: need 60×20" in this language.
    public func tooSmall(columns: Int, rows: Int) -> String { self[.displayTooSmall(columns: columns, rows: rows)] }

    /// The languages the display speaks.
    public static var languages: [String] { UILanguage.offered.map(\.rawValue) }

    /// Whether a language code or locale name (`lt`, `lt_LT.UTF-8`) names a language the display speaks.
    public static func speaks(_ language: String) -> Bool { spoken(language) != nil }

    /// The language a code names: one offered to people, or the test-only pseudo-language asked for by name.
    static func spoken(_ code: String) -> UILanguage? {
        guard let language = UILanguage(code: code) else { return nil }
        return UILanguage.offered.contains(language) || code.lowercased() == "pseudo" ? language : nil
    }
}
