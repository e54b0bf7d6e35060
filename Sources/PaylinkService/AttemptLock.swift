import Foundation
import PaylinkStore

#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock a process holds while its create request is in flight, so that reconciliation can tell
/// an attempt still waiting for its answer (locked) from one whose process died (lock free).
public final class AttemptLock: @unchecked Sendable {
    private let fd: Int32
    private let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    public static func directory(_ paths: AppPaths) -> URL {
        paths.dataDirectory.appendingPathComponent("attempts", isDirectory: true)
    }

    /// What an attempt is: a link's create or a refund (their ids come from different tables).
    public enum Kind: String, Sendable {
        case link = ""
        case refund = "refund-"
    }

    private static func path(_ paths: AppPaths, _ attempt: AttemptID, _ kind: Kind) -> String {
        directory(paths).appendingPathComponent("\(kind.rawValue)\(attempt.rawValue).lock").path
    }

    /// Takes the lock of an attempt this process has just written down; nil if it cannot (then reconciliation
    /// falls back to the attempt's age).
    public static func hold(_ attempt: AttemptID, kind: Kind = .link, paths: AppPaths) -> AttemptLock? {
        try? FileManager.default.createDirectory(
            at: directory(paths), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = path(paths, attempt, kind)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        return AttemptLock(fd: fd, path: path)
    }

    /// Whether some live process still holds the attempt's lock.
    public static func isHeld(_ attempt: AttemptID, kind: Kind = .link, paths: AppPaths) -> Bool {
        let fd = open(path(paths, attempt, kind), O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }

    /// Lets go once the attempt's outcome is written down.
    public func release() {
        unlink(path)
        flock(fd, LOCK_UN)
        close(fd)
    }
}

/// A shared lock every creating process holds from before its attempt is written down until its outcome is:
/// when reconciliation can take it exclusively, no create is in flight anywhere, whatever the attempts' age.
public final class InFlightLock: @unchecked Sendable {
    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    private static func path(_ paths: AppPaths) -> String {
        AttemptLock.directory(paths).appendingPathComponent("in-flight.lock").path
    }

    private static func open(_ paths: AppPaths) -> Int32 {
        try? FileManager.default.createDirectory(
            at: AttemptLock.directory(paths), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return Glibc.open(path(paths), O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    }

    /// Taken by a creating process (shared: creators do not exclude one another).
    public static func share(_ paths: AppPaths) -> InFlightLock? {
        let fd = open(paths)
        guard fd >= 0 else { return nil }
        guard flock(fd, LOCK_SH) == 0 else {
            close(fd)
            return nil
        }
        return InFlightLock(fd: fd)
    }

    /// Whether no process is creating right now (checked by taking the lock exclusively for an instant).
    public static func nothingInFlight(_ paths: AppPaths) -> Bool {
        let fd = open(paths)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return false }
        flock(fd, LOCK_UN)
        return true
    }

    public func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
