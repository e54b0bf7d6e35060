import ArgumentParser
import Foundation

// A hand-written entry point so that usage errors exit with 2 (invalid input), as documented.
setlocale(LC_ALL, "")
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    var command = try Paylink.parseAsRoot(arguments)
    if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
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
