import ArgumentParser
import PaylinkCore

/// The `paylink` command: the terminal program by default, and its subcommands.
struct Paylink: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paylink",
        abstract: UILanguage.environment.help(.paylinkAbstract),
        version: BuildInfo.versionLine,
        subcommands: [
            OpenCommand.self,
            CreateCommand.self,
            MethodsCommand.self,
            ListCommand.self,
            ShowCommand.self,
            CancelCommand.self,
            RefundCommand.self,
            ReportCommand.self,
            UpdateCommand.self,
            ExportCommand.self,
            ReconcileCommand.self,
            HistoryCommand.self,
            SandboxCommand.self,
            BatchCommand.self,
            SyncCommand.self,
            ProfilesCommand.self,
            WhoamiCommand.self,
            ListenCommand.self,
            DisplayCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}

extension Paylink {
    /// The command to run. The usual cases parse only their own command's options, which spares the start of
    /// every run the walk over the whole command tree; help, the version, completion scripts and every
    /// mistake go through the whole tree, so what they print is the same either way.
    static func command(for arguments: [String]) throws -> ParsableCommand {
        if let direct = try? directCommand(for: arguments) { return direct }
        return try parseAsRoot(arguments)
    }

    private static func directCommand(for arguments: [String]) throws -> ParsableCommand? {
        let special: Set<String> = ["-h", "--help", "-help", "--version", "help", "--experimental-dump-help"]
        guard !arguments.contains(where: { special.contains($0) || $0.hasPrefix("--generate-completion") }) else { return nil }
        if arguments.isEmpty { return OpenWithDefaults() }
        guard let first = arguments.first, !first.hasPrefix("-") else { return try OpenCommand.parse(arguments) }
        guard let sub = configuration.subcommands.first(where: { $0._commandName == first }),
            sub.configuration.subcommands.isEmpty
        else { return nil }
        return try sub.parse(Array(arguments.dropFirst()))
    }
}
