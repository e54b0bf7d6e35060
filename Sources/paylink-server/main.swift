import ArgumentParser
import Foundation
import PaylinkCommandLine

/// `paylink-server`: the server side of paylink, started by `paylink sandbox`, `paylink listen` and the built-in sandbox.
struct PaylinkServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paylink-server",
        abstract: "The server side of paylink: what `paylink sandbox` and `paylink listen` run.",
        subcommands: [SandboxCommand.self, ListenCommand.self])
}

setlocale(LC_ALL, "")
await CommandRunner.run(
    PaylinkServer.self, arguments: Array(CommandLine.arguments.dropFirst()), parse: PaylinkServer.parseAsRoot)
