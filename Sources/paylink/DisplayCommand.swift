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
        abstract: UILanguage.helpLanguage.help(.displayAbstract),
        discussion: UILanguage.helpLanguage.help(.displayDiscussion))

    @Option(
        help: "The till to follow, as `paylink --till NAME` names it.",
        completion: .custom { _, _, _ in DisplayOptions.knownTills() })
    var till: String = TillName.standard.rawValue

    @Option(help: "The language while no link is shown (en, lt, lv, et, pl); default: the till's profile's default_language, else LANG.")
    var language: String?

    @OptionGroup var screen: ScreenOptions

    func validate() throws {
        guard TillName(till) != nil else { throw ValidationError("--till \"\(till)\": " + TillName.rule(language: environmentLanguage)) }
        if let language, !CustomerWords.speaks(language) {
            throw ValidationError("--language " + environmentLanguage.text(.command(.displaySpeaks(language: language, languages: CustomerWords.languages.joined(separator: ", ")))))
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
            switch error {
            case .config(let sentence): throw CommandFailure(.invalidInput, "paylink: \(sentence)")
            case .noHistory(let path):
                throw CommandFailure(
                    .failure, "paylink display: " + environmentLanguage.text(.command(.displayNoHistory(path: path, till: "\(tillName)"))))
            case .unreadable(let sentence): throw CommandFailure(.failure, "paylink display: \(sentence)")
            case .unknownTill(let tills, let path):
                throw CommandFailure(
                    .invalidInput,
                    "paylink display: " + environmentLanguage.text(.command(.displayUnknownTill(till: "\(tillName)", path: path, tills: tills))))
            }
        }
        guard isatty(STDIN_FILENO) == 1, environment["TERM"] != "dumb" else {
            throw CommandFailure(.invalidInput, "paylink display: " + environmentLanguage.text(.command(.displayNeedsTerminal)))
        }
        do {
            try await DisplayApp.run(options: options)
        } catch {
            throw CommandFailure(.failure, "paylink display: \(error)")
        }
    }
}
