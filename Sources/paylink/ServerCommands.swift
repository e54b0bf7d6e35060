import ArgumentParser
import PaylinkService

/// `paylink sandbox`: the local Paysera emulation, served by paylink-server in this process's place.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox", abstract: SandboxOptions.abstract, discussion: SandboxOptions.discussion,
        subcommands: [SandboxEventsCommand.self, SandboxResendCommand.self])

    @OptionGroup var options: SandboxOptions

    func run() async throws { throw ServerCommands.serve("sandbox") }
}

/// `paylink sandbox events`: the running sandbox's webhook log, read by paylink-server.
struct SandboxEventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "events", abstract: SandboxEventsOptions.abstract)

    @OptionGroup var options: SandboxEventsOptions

    func run() async throws { throw ServerCommands.serve("sandbox") }
}

/// `paylink sandbox resend EVENT_ID`: a logged event delivered again, asked of the sandbox by paylink-server.
struct SandboxResendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resend", abstract: SandboxResendOptions.abstract)

    @OptionGroup var options: SandboxResendOptions

    func run() async throws { throw ServerCommands.serve("sandbox") }
}

/// `paylink listen`: receives Paysera's callbacks, served by paylink-server in this process's place.
struct ListenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listen", abstract: ListenOptions.abstract, discussion: ListenOptions.discussion)

    @OptionGroup var options: ListenOptions

    func run() async throws { throw ServerCommands.serve("listen") }
}

/// How the front program hands its server commands over to paylink-server.
enum ServerCommands {
    /// Replaces this process by `paylink-server COMMAND` with the arguments given after the command, already
    /// checked by the same option declarations; returns the failure only when paylink-server could not be run.
    static func serve(_ command: String) -> CommandFailure {
        let given = Array(CommandLine.arguments.dropFirst())
        let rest = given.firstIndex(of: command).map { Array(given[($0 + 1)...]) } ?? []
        let failure = ServerProcess.replaceThisProcess(arguments: [command] + rest)
        return CommandFailure(.failure, "paylink: \(failure)")
    }
}
