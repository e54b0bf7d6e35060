import ArgumentParser
import Foundation
import PaylinkCommandLine
import PaylinkService
import PaylinkStore
import PaylinkTUI
import PaylinkTerminal

/// `paylink display`: the customer's screen of a till on this machine, fed through the history file.
struct DisplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "display",
        abstract: "Show a till's customer screen: the amount and QR code of the link on the till, then PAID.",
        discussion: """
            Run it on a second terminal turned to the customer. It follows the `paylink` started with the same \
            --till on this machine, through the history file (no network port): the shop's name and "Scan to pay" \
            while the till shows no link; the amount, the QR code and the time left while it does; a ✓ for a few \
            seconds once paid. Words and amounts are in the link's language. The shop's name is `shop_name:` in \
            config.yaml, for every profile or under one. q or Ctrl-C closes it.
            """)

    @Option(
        help: "The till to follow, as `paylink --till NAME` names it.",
        completion: .custom { _, _, _ in DisplayOptions.knownTills() })
    var till: String = TillName.standard.rawValue

    @Option(help: "The language while no link is shown (en, lt, lv, et, pl); default: the till's profile's default_language, else LANG.")
    var language: String?

    @Option(help: "Theme: default, light, high-contrast, mono, paysera, or a file name from ~/.config/paylink/themes.")
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "Draw without colour (also NO_COLOR or TERM=dumb).")
    var noColor = false

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
                till: tillName, language: language, theme: theme, noColor: noColor, environment: environment
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
