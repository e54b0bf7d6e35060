import ArgumentParser
import Foundation
import PaylinkCommandLine
import PaylinkService
import PaylinkStore
import PaylinkTUI

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
        completion: .custom { _, _, _ in DisplayCommand.knownTills() })
    var till: String = TillName.standard.rawValue

    @Option(help: "The language while no link is shown (en, lt, lv, et, pl); default: the till's profile's default_language, else LANG.")
    var language: String?

    @Option(help: "Theme: default, light, high-contrast, mono, paysera, or a file name from ~/.config/paylink/themes.")
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "Draw without colour (also NO_COLOR or TERM=dumb).")
    var noColor = false

    /// The tills that have run with this machine's history, for shell completion; none when there is no history yet.
    static func knownTills() -> [String] {
        let paths = AppPaths.current()
        guard FileManager.default.fileExists(atPath: paths.historyFile.path),
            let history = try? HistoryStore.open(paths: paths, project: nil)
        else { return [] }
        return (try? history.tills()) ?? []
    }

    func validate() throws {
        guard TillName(till) != nil else { throw ValidationError("--till \"\(till)\": \(TillName.rule)") }
        if let language, !CustomerWords.speaks(language) {
            throw ValidationError("--language \"\(language)\": the display speaks \(CustomerWords.languages.joined(separator: ", "))")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let paths = AppPaths.current(environment: environment)
        let tillName = TillName(till) ?? .standard
        let config: Config
        do {
            config = try ConfigLoader.load(paths: paths, environment: environment)
        } catch {
            throw CommandFailure(.invalidInput, "paylink: \(error)")
        }
        for warning in config.warnings { printError("paylink: \(warning)") }
        let file = paths.historyFile
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw CommandFailure(
                .failure, "paylink display: there is no history at \(file.path) yet; start the till first: paylink --till \(tillName)")
        }
        let showing: TillShowing?
        let tills: [String]
        do {
            let history = try HistoryStore.open(paths: paths, project: nil)
            showing = try history.showing(onTill: tillName)
            tills = try history.tills()
        } catch {
            throw CommandFailure(.failure, "paylink display: \(error)")
        }
        guard showing != nil else {
            let known = tills.isEmpty ? "no till has run with it yet" : "its tills: " + tills.joined(separator: ", ")
            throw CommandFailure(
                .invalidInput,
                "paylink display: no till named \"\(tillName)\" has run with the history at \(file.path) (\(known)); "
                    + "start it with: paylink --till \(tillName), or pick one with --till")
        }
        guard isatty(STDIN_FILENO) == 1, environment["TERM"] != "dumb" else {
            throw CommandFailure(.invalidInput, "paylink display: needs a terminal that can draw a screen")
        }
        var shopNames: [String: String] = [:]
        shopNames[""] = config.file.shopName(profile: nil)
        for name in config.file.profiles.keys { shopNames[name] = config.file.shopName(profile: name) }
        // --language for every profile; else each profile's default_language, and the locale's for the rest.
        var shopLanguages: [String: String] = [:]
        shopLanguages[""] = language ?? [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first(where: CustomerWords.speaks)
        if language == nil {
            for (name, profile) in config.file.profiles { shopLanguages[name] = profile.defaultLanguage }
        }
        var options = DisplayOptions(
            till: tillName, historyFile: file, shopNames: shopNames,
            shopLanguages: shopLanguages, themeName: theme ?? config.theme, noColor: noColor,
            environment: environment)
        options.themeDirectories = [paths.configDirectory.appendingPathComponent("themes").path]
        do {
            try await DisplayApp.run(options: options)
        } catch {
            throw CommandFailure(.failure, "paylink display: \(error)")
        }
    }
}
