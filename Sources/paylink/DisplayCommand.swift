import ArgumentParser
import Foundation
import PaylinkCommandLine
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI
import PaylinkTerminal

/// `paylink display`: the customer's screen of a till on this machine, fed through the history file.
struct DisplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "display",
        abstract: UILanguage.environment.help(.displayAbstract),
        discussion: UILanguage.environment.help(.displayDiscussion))

    @Option(
        help: "The till to follow, as `paylink --till NAME` names it.",
        completion: .custom { _, _, _ in DisplayOptions.knownTills() })
    var till: String = TillName.standard.rawValue

    @Option(help: "The language while no link is shown (en, lt, lv, et, pl); default: the till's profile's default_language, else LANG.")
    var language: String?

    @OptionGroup var screen: ScreenOptions

    func validate() throws {
        guard TillName(till) != nil else { throw ValidationError("--till \"\(till)\": " + TillName.rule(language: UILanguage.environment)) }
        if let language, !CustomerWords.speaks(language) {
            throw ValidationError("--language " + UILanguage.environment.text(.command(.displaySpeaks(language: language, languages: CustomerWords.languages.joined(separator: ", ")))))
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let tillName = TillName(till) ?? .standard
        let options: DisplayOptions
        do {
            options = try DisplayOptions.following(
                till: tillName, language: language, theme: screen.theme, noColor: screen.noColor, environment: environment
            ) { printError("paylink: \($0)") }
        } catch {
            let prefix = if case .config = error { "paylink: " } else { "paylink display: " }
            throw CommandFailure(error.isInvalidInput ? .invalidInput : .failure, prefix + error.sentence(till: tillName, language: .environment))
        }
        guard isatty(STDIN_FILENO) == 1, environment["TERM"] != "dumb" else {
            throw CommandFailure(.invalidInput, "paylink display: " + UILanguage.environment.text(.command(.displayNeedsTerminal)))
        }
        do {
            try await DisplayApp.run(options: options)
        } catch {
            throw CommandFailure(.failure, "paylink display: \(error)")
        }
    }
}
