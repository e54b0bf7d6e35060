import ArgumentParser
import Foundation

/// Runs an async command through its async `run`, never the synchronous one that only prints help.
func runAsync<Command: AsyncParsableCommand>(_ command: Command) async throws {
    var command = command
    let body: (inout Command) async throws -> Void = { try await $0.run() }
    try await body(&command)
}

// A hand-written entry point so that usage errors exit with 2 (invalid input), as documented.
setlocale(LC_ALL, "")
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    var command = try Paylink.command(for: arguments)
    if let asyncCommand = command as? any AsyncParsableCommand {
        try await runAsync(asyncCommand)
    } else {
        try command.run()
    }
    exit(ExitStatus.ok.rawValue)
} catch let failure as CommandFailure {
    if let message = failure.message { printError(message) }
    exit(failure.status.rawValue)
} catch {
    let code = Paylink.exitCode(for: error)
    if code == .success {
        // --help and --version land here.
        printOut(Paylink.fullMessage(for: error))
        exit(ExitStatus.ok.rawValue)
    }
    printError(Paylink.fullMessage(for: error))
    exit(code == .validationFailure ? ExitStatus.invalidInput.rawValue : ExitStatus.failure.rawValue)
}
