import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI
import PaylinkTerminal

/// `paylink` with no subcommand: the terminal program (form → link → QR, countdown, copy).
struct OpenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: UILanguage.environment.help(.openAbstract),
        discussion: UILanguage.environment.help(.openDiscussion))

    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var fields: DraftOptions

    @OptionGroup var screen: ScreenOptions

    @Flag(help: "Ask line by line instead of drawing a screen (also ACCESSIBLE=1, TERM=dumb or no terminal).")
    var plain = false

    @Option(help: "The till this program is, for the customer display that follows it (`paylink display --till NAME`).")
    var till: String = TillName.standard.rawValue

    func validate() throws {
        guard TillName(till) != nil else { throw ValidationError("--till \"\(till)\": " + TillName.rule(language: profileOptions.language)) }
    }

    func run() async throws {
        let till = TillName(till) ?? .standard
        try await Self.open(
            profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage, screen: screen,
            plain: plain, till: till
        ) { [fields] defaults throws(ValidationErrors) in
            try fields.draft(defaults: defaults)
        }
    }

    /// Opens the terminal program (on `startScreen`, else the form) with the form's starting draft made from the
    /// profile's defaults.
    static func open(
        profileName: String?, uiLanguage: String?, screen: ScreenOptions? = nil, plain: Bool = false, till: TillName = .standard,
        startScreen: Screen = .form, draft makeDraft: (DraftDefaults) throws(ValidationErrors) -> LinkDraft
    ) async throws {
        let context = try await AppContext.make(profileName: profileName, uiLanguage: uiLanguage)
        let draft: LinkDraft
        do {
            draft = try makeDraft(context.draftDefaults)
        } catch {
            await context.shutdown()
            throw CreateCommand.invalid(error.errors)
        }
        var options = context.terminalOptions(draft: draft, theme: screen?.theme, noColor: screen?.noColor ?? false)
        options.till = till
        options.startScreen = startScreen
        let plain = plain || (startScreen == .form && options.wantsPlainPrompts(stdinIsTerminal: isatty(STDIN_FILENO) == 1))
        if let lastURL = try await context.runTerminal(options, plain: plain) { printOut(lastURL) }
    }
}

/// `paylink history`: the terminal program opened on the history list.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: UILanguage.environment.help(.historyAbstract))

    @OptionGroup var profileOptions: ProfileOptions

    @OptionGroup var screen: ScreenOptions

    func run() async throws {
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure(.invalidInput, "paylink history: " + profileOptions.language.text(.command(.historyNeedsTerminal)))
        }
        try await OpenCommand.open(
            profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage, screen: screen,
            startScreen: .history) { $0.blankDraft }
    }
}

/// How the terminal program is drawn, for every command that opens it.
struct ScreenOptions: ParsableArguments {
    @Option(help: "Theme: default, light, high-contrast, mono, paysera, or a file name from ~/.config/paylink/themes.")
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "Draw without colour (also NO_COLOR or TERM=dumb).")
    var noColor = false
}

/// `paylink` with no argument at all: the terminal program as `open` with every option at its default, made without
/// the argument parser, whose reflection over `open`'s many options is the largest part of the start before the form.
struct OpenWithDefaults: AsyncParsableCommand {
    func run() async throws {
        try await OpenCommand.open(profileName: nil, uiLanguage: nil) { $0.blankDraft }
    }
}
