import ArgumentParser
import Foundation

/// Runs one command line to its end and exits with the documented statuses; a hand-written entry point, so that
/// usage errors exit with 2 (invalid input).
public enum CommandRunner {
    /// Parses `arguments` with `parse`, runs the command, and exits; `beforeExit` runs last, whatever the outcome.
    public static func run<Root: ParsableCommand>(
        _ root: Root.Type, arguments: [String], parse: ([String]) throws -> ParsableCommand,
        beforeExit: @Sendable () -> Void = {}
    ) async -> Never {
        let status = await outcome(root, arguments: arguments, parse: parse)
        beforeExit()
        exit(status.rawValue)
    }

    private static func outcome<Root: ParsableCommand>(
        _ root: Root.Type, arguments: [String], parse: ([String]) throws -> ParsableCommand
    ) async -> ExitStatus {
        do {
            var command = try parse(arguments)
            if let asyncCommand = command as? any AsyncParsableCommand {
                try await runAsync(asyncCommand)
            } else {
                try command.run()
            }
            return .ok
        } catch let failure as CommandFailure {
            if let message = failure.message { printError(message) }
            return failure.status
        } catch {
            let code = Root.exitCode(for: error)
            if code == .success {
                // --help and --version land here.
                printOut(Root.fullMessage(for: error))
                return .ok
            }
            printError(Root.fullMessage(for: error))
            return code == .validationFailure ? .invalidInput : .failure
        }
    }

    /// Runs an async command through its async `run`, never the synchronous one that only prints help.
    private static func runAsync<Command: AsyncParsableCommand>(_ command: Command) async throws {
        var command = command
        let body: (inout Command) async throws -> Void = { try await $0.run() }
        try await body(&command)
    }
}
