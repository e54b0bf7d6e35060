import Foundation
import PaylinkStore

#if canImport(Glibc)
import Glibc
#endif

/// Held by a batch run for its whole length: two runs of one file at once could both find a row unsent.
public final class BatchLock: Sendable {
    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    /// Takes the lock; nil while another batch run holds it.
    public static func take(_ paths: AppPaths) -> BatchLock? {
        try? FileManager.default.createDirectory(
            at: AttemptLock.directory(paths), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = AttemptLock.directory(paths).appendingPathComponent("batch.lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        return BatchLock(fd: fd)
    }

    public func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
