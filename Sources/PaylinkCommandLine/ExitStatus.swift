import ArgumentParser
import Foundation

/// The process exit codes paylink promises (design.md, "Conventions it follows").
public enum ExitStatus: Int32, Sendable {
    case ok = 0
    case failure = 1
    case invalidInput = 2
    case refused = 3
    case outcomeUnknown = 4
    case cancelled = 130
}

/// A failure the command already explained on stderr; carries only the exit status.
public struct CommandFailure: Error {
    public var status: ExitStatus
    public var message: String?

    public init(_ status: ExitStatus, _ message: String? = nil) {
        self.status = status
        self.message = message
    }
}
