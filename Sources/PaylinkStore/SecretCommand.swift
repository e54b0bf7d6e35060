import Foundation
import PaylinkCore

/// Runs a profile's `client_secret_command` and reads the secret from its standard output.
public enum SecretCommand {
    /// How a command is turned into a secret; injectable so callers can substitute their own.
    public typealias Runner = @Sendable (_ command: String, _ environment: [String: String]) throws(Failure) -> Secret

    /// Why a command produced no secret.
    public struct Failure: Error, Sendable, Hashable {
        public var reason: SecretCommandProblem
        public init(_ reason: SecretCommandProblem) { self.reason = reason }
    }

    /// Runs `command` through `/bin/sh -c`: stdout is captured, stderr and stdin stay with the person
    /// (so `pass` can ask for a passphrase), and trailing new lines are trimmed.
    public static let shell: Runner = { (command: String, environment: [String: String]) throws(Failure) -> Secret in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // Only the command text is an argument; the secret travels back through a pipe, never through argv.
        process.arguments = ["-c", command]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, injected in injected }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        process.standardInput = FileHandle.standardInput
        do {
            try process.run()
        } catch {
            throw Failure(.notStarted(why: error.localizedDescription))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        switch process.terminationReason {
        case .uncaughtSignal:
            throw Failure(.signal(Int(process.terminationStatus)))
        case .exit where process.terminationStatus != 0:
            throw Failure(.exitStatus(Int(process.terminationStatus)))
        default:
            break
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw Failure(.notUTF8)
        }
        while let last = text.last, last == "\n" || last == "\r" || last == "\r\n" { text.removeLast() }
        if text.isEmpty { throw Failure(.printedNothing) }
        return Secret(text)
    }
}
