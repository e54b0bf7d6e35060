// Exit statuses, output lines and shared options are used by every command file of the front program.
@_exported import PaylinkCommandLine
import ArgumentParser
import Foundation
import PaylinkService
import PaylinkTUI

/// What the entry point hands the command runner; kept out of top-level code, which runs on the main actor.
enum EntryPoint {
    /// The command to run, with the end of argument parsing noted as a start-up phase.
    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        defer { StartupPhases.mark("arguments parsed") }
        return try Paylink.command(for: arguments)
    }

    /// The last step of every run: the built-in sandbox stopped, the phases written when asked for.
    static func finish() {
        ServerProcess.stopBuiltInSandbox()
        StartupPhases.mark("until the end")
        StartupPhases.report()
    }
}

StartupPhases.mark("loader and runtime")
setlocale(LC_ALL, "")
await CommandRunner.run(
    Paylink.self, arguments: Array(CommandLine.arguments.dropFirst()), parse: EntryPoint.parse,
    beforeExit: EntryPoint.finish)
