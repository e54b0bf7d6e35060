import ArgumentParser
import Foundation
import PaylinkCommandLine
import PaylinkCore

/// `paylink-server`: the server side of paylink, started by `paylink sandbox`, `paylink listen` and the built-in sandbox.
struct PaylinkServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paylink-server",
        abstract: UILanguage.environment.help(.serverAbstract),
        subcommands: [SandboxCommand.self, ListenCommand.self])
}

setlocale(LC_ALL, "")
await CommandRunner.run(
    PaylinkServer.self, arguments: Array(CommandLine.arguments.dropFirst()), parse: PaylinkServer.parseAsRoot)
