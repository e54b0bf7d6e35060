import Foundation

/// The abstract and discussion of every command of `paylink` and `paylink-server`, as `--help` and the manual
/// show them; each language says them all in its own file (`EnglishHelp.swift`, `LithuanianHelp.swift` …).
public enum CommandHelp: CaseIterable, Hashable, Sendable {
    // paylink
    case paylinkAbstract
    case openAbstract
    case openDiscussion
    case historyAbstract
    case createAbstract
    case createDiscussion
    case methodsAbstract
    case listAbstract
    case showAbstract
    case cancelAbstract
    case refundAbstract
    case refundDiscussion
    case reportAbstract
    case reportDiscussion
    case updateAbstract
    case updateDiscussion
    case exportAbstract
    case reconcileAbstract
    case batchAbstract
    case batchDiscussion
    case syncAbstract
    case profilesAbstract
    case whoamiAbstract
    case displayAbstract
    case displayDiscussion

    // The server commands, which both programs describe.
    case sandboxAbstract
    case sandboxDiscussion
    case sandboxEventsAbstract
    case sandboxResendAbstract
    case listenAbstract
    case listenDiscussion

    // paylink-server
    case serverAbstract
}

extension UILanguage {
    /// The environment's language (LC_ALL, LC_MESSAGES, LANG), else English; read once. It is the language of
    /// `--help`, which is built before any option is parsed, so neither `--ui-language` nor config.yaml's
    /// `ui_language:` can choose it, and of the commands that read no profile.
    public static let environment: UILanguage = fromEnvironment(ProcessInfo.processInfo.environment) ?? .en

    /// A command's abstract or discussion in this language, each paragraph on one line: the texts are wrapped in
    /// the source for reading there, and the help is wrapped again to the terminal's width when it is printed.
    public func help(_ text: CommandHelp) -> String {
        let written = switch self {
        case .en: English.help(text)
        case .lt: Lithuanian.help(text)
        case .lv: Latvian.help(text)
        case .et: Estonian.help(text)
        case .pl: Polish.help(text)
        case .pseudo: Pseudo.stretch(English.help(text))
        }
        return written.components(separatedBy: "\n\n").map { $0.split(separator: "\n").joined(separator: " ") }
            .joined(separator: "\n\n")
    }
}
