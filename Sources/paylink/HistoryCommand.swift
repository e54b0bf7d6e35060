import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI

/// `paylink history`: the terminal program opened on the history list.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Open the terminal program on the history: every link made, searchable, statuses kept current.")

    @OptionGroup var profileOptions: ProfileOptions

    @Option(help: "Theme: default, light, high-contrast, mono, paysera, or a file name from ~/.config/paylink/themes.")
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "Draw without colour (also NO_COLOR or TERM=dumb).")
    var noColor = false

    func run() async throws {
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure(.invalidInput, "paylink history: needs a terminal; use `paylink list` in scripts.")
        }
        let context = try await AppContext.make(profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage)
        let lastURL: String?
        do {
            let history = try context.history()
            let service = TerminalService(context: context, workflow: context.workflow(history: history), history: history)
            var options = TUIOptions(
                draft: context.draftDefaults.blankDraft,
                themeName: theme ?? context.config.theme, noColor: noColor, keyOverrides: context.config.keys)
            options.themeDirectories = [context.paths.configDirectory.appendingPathComponent("themes").path]
            options.startScreen = .history
            options.language = context.uiLanguage
            lastURL = try await TerminalApp.run(options: options, service: service)
        } catch let failure as CommandFailure {
            await context.shutdown()
            throw failure
        } catch {
            await context.shutdown()
            throw CommandFailure(.failure, "paylink: \(error)")
        }
        await context.shutdown()
        if let lastURL { printOut(TerminalText.sanitize(lastURL)) }
    }
}
