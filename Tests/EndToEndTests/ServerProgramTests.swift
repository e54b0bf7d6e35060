import Foundation
import TestSupport
import Testing

/// `paylink sandbox` and `paylink listen` are served by paylink-server in paylink's own process.
@Suite(.ownThread)
struct ServerProgramTests {
    /// The program a process runs now, as the kernel names it.
    static func program(of pid: Int32) throws -> String {
        try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe").split(separator: "/").last.map(String.init) ?? ""
    }

    @Test func sandboxAndListenRunPaylinkServerUnderTheProcessIdPaylinkWasStartedWith() throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let sandbox = try SandboxProcess(environment: home.sandboxEnvironment, extraArguments: ["--in-memory"])
        defer { sandbox.stop() }
        #expect(try Self.program(of: sandbox.process.processIdentifier) == "paylink-server")
        let listen = try ListenProcess(environment: home.environment)
        defer { listen.stop() }
        #expect(try Self.program(of: listen.process.processIdentifier) == "paylink-server")
        // SIGTERM to the id paylink was started with ends the server itself.
        sandbox.stop()
        listen.stop()
        #expect(sandbox.process.terminationStatus == 0)
        #expect(listen.process.terminationStatus == 0)
    }
}
