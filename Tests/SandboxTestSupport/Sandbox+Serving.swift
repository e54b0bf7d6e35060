import Foundation
import Logging
import PayseraSandbox

extension Sandbox {
    /// A logger that keeps a test's output to warnings and worse.
    public static func quietTestLogger(_ label: String = "sandbox-test") -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = .warning
        return logger
    }

    /// Serves `configuration` on loopback for the length of `body`, and stops it afterwards, also when `body` throws.
    public static func serving<T>(
        _ configuration: SandboxConfiguration, _ body: (RunningSandbox) async throws -> T
    ) async throws -> T {
        let sandbox = try await start(configuration)
        do {
            let result = try await body(sandbox)
            await sandbox.stop()
            return result
        } catch {
            await sandbox.stop()
            throw error
        }
    }
}
