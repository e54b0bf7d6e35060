import Foundation

/// The language the programs speak to the person at the till; the link's own `experience.language` is separate.
///
/// Why a typed catalogue rather than `.strings` files through Foundation's `Bundle`: the package mirror
/// offers no i18n library, `Bundle` resources on Linux need the Foundation bundle machinery loaded at start
/// (the front program's start-up is measured), and `.stringsdict` plurals are weakly supported there. Here
/// every sentence is a case of `Message`, and each language is one Swift file whose `switch` covers every
/// case, so the compiler refuses a missing translation, and plural forms follow hand-written CLDR rules.
public enum UILanguage: String, CaseIterable, Sendable, Codable, Hashable {
    case en, lt, lv, et, pl
    /// Test-only pseudo-language: English made about 40 % longer, with accents and ⟦ ⟧ marks, to show cut-off text.
    case pseudo = "xx"

    /// The languages offered to people; the pseudo-language is for tests only.
    public static let offered: [UILanguage] = [.en, .lt, .lv, .et, .pl]

    /// "lt", "lt_LT.UTF-8", "lt-LT", "LT", "pseudo"; nil for anything that names no language of ours (C, POSIX, de …).
    public init?(code: String) {
        let trimmed = code.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "pseudo" { self = .pseudo; return }
        let base = trimmed.prefix { $0.isLetter }
        guard let language = UILanguage(rawValue: String(base)) else { return nil }
        self = language
    }

    /// The language the environment asks for: LC_ALL, then LC_MESSAGES, then LANG.
    ///
    /// A variable that names no language of ours (C, POSIX, C.UTF-8 or one not translated) does not stop
    /// the search, so `LC_ALL=C.UTF-8 LANG=lt_LT.UTF-8` still speaks Lithuanian; the name is enough, the
    /// locale itself need not be installed.
    public static func fromEnvironment(_ environment: [String: String]) -> UILanguage? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], let language = UILanguage(code: value) { return language }
        }
        return nil
    }

    /// The first of: the option, the config file's `ui_language:`, the environment; English otherwise.
    public static func choose(option: String?, config: String?, environment: [String: String]) -> UILanguage {
        chosen(option: option, config: config, environment: environment) ?? .en
    }

    /// The language something asked for, or nil when nothing did (then a new link's language is left to the profile).
    public static func chosen(option: String?, config: String?, environment: [String: String]) -> UILanguage? {
        if let option, let language = UILanguage(code: option) { return language }
        if let config, let language = UILanguage(code: config) { return language }
        return fromEnvironment(environment)
    }

    /// The language's own name for itself, for the help screen's choice.
    public var nativeName: String {
        switch self {
        case .en: "English"
        case .lt: "Lietuvių"
        case .lv: "Latviešu"
        case .et: "Eesti"
        case .pl: "Polski"
        case .pseudo: "Ƥşéûðô"
        }
    }

    /// The ISO 639-1 code a new link's `experience.language` starts from.
    public var linkLanguage: String { self == .pseudo ? "en" : rawValue }

    /// The next language offered, for switching at run time.
    public var next: UILanguage {
        let all = UILanguage.offered
        guard let i = all.firstIndex(of: self) else { return .en }
        return all[(i + 1) % all.count]
    }

    /// The sentence for a message in this language.
    public func text(_ message: Message) -> String {
        switch self {
        case .en: English.text(message)
        case .lt: Lithuanian.text(message)
        case .lv: Latvian.text(message)
        case .et: Estonian.text(message)
        case .pl: Polish.text(message)
        case .pseudo: Pseudo.stretch(English.text(message))
        }
    }
}

extension UILanguage {
    /// The mark between whole units and decimals: "." in English, "," in the others.
    public var decimalMark: Character { self == .en || self == .pseudo ? "." : "," }
    /// The mark that groups thousands as people type them: "," in English; the others group with spaces.
    public var groupMark: Character { self == .en || self == .pseudo ? "," : "\u{00A0}" }
}
