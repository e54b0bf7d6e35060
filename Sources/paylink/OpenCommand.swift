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
        abstract: "Open the terminal program (the default when no subcommand is given).",
        discussion: "Field options open the form already filled in. The last URL made is printed when it closes.")

    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var fields: DraftOptions

    @Option(help: "Theme: default, light, high-contrast, mono, paysera, or a file name from ~/.config/paylink/themes.")
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "Draw without colour (also NO_COLOR or TERM=dumb).")
    var noColor = false

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
            profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage, theme: theme, noColor: noColor,
            plain: plain, till: till
        ) { [fields] defaults throws(ValidationErrors) in
            try fields.draft(defaults: defaults)
        }
    }

    /// Opens the terminal program with the form's starting draft made from the profile's defaults.
    static func open(
        profileName: String?, uiLanguage: String?, theme: String?, noColor: Bool, plain: Bool, till: TillName = .standard,
        draft makeDraft: (DraftDefaults) throws(ValidationErrors) -> LinkDraft
    ) async throws {
        let context = try await AppContext.make(profileName: profileName, uiLanguage: uiLanguage)
        let draft: LinkDraft
        do {
            draft = try makeDraft(context.draftDefaults)
        } catch {
            await context.shutdown()
            throw CreateCommand.invalid(error.errors)
        }
        let service = try context.terminalServices()
        StartupPhases.mark("history opened")
        var options = context.terminalOptions(draft: draft, theme: theme, noColor: noColor)
        options.till = till
        if plain || options.wantsPlainPrompts(stdinIsTerminal: isatty(STDIN_FILENO) == 1) {
            let outcome = await PlainPrompts.run(options: options, service: service)
            await context.shutdown()
            if outcome.exitCode != 0 { throw CommandFailure(ExitStatus(rawValue: outcome.exitCode) ?? .failure) }
            return
        }
        if let lastURL = try await context.runTerminal(service, options) { printOut(lastURL) }
    }
}

/// `paylink` with no argument at all: the terminal program as `open` with every option at its default, made without
/// the argument parser, whose reflection over `open`'s many options is the largest part of the start before the form.
struct OpenWithDefaults: AsyncParsableCommand {
    func run() async throws {
        try await OpenCommand.open(profileName: nil, uiLanguage: nil, theme: nil, noColor: false, plain: false) { $0.blankDraft }
    }
}
