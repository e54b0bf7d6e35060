import ArgumentParser
import Foundation
import PaylinkCommandLine
import PaylinkService
import PaylinkStore
import PayseraSandbox

/// `paylink sandbox`, served by paylink-server: the local Paysera emulation in the foreground, for other programs
/// and their tests; also the built-in sandbox a paylink starts for itself.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox", abstract: SandboxOptions.abstract, discussion: SandboxOptions.discussion,
        subcommands: [SandboxEventsCommand.self, SandboxResendCommand.self])

    @OptionGroup var options: SandboxOptions

    // A paylink's own sandbox: the default client, silent after its address, and gone when that paylink is.
    @Flag(help: .private)
    var builtIn = false

    func run() async throws {
        let host = options.host, port = options.port
        let environment = ProcessInfo.processInfo.environment
        let paths = AppPaths.current(environment: environment)
        var configuration = SandboxConfiguration(
            host: host, port: port, publicBaseURL: options.publicURL, logger: quietLogger("paylink.sandbox"))
        if !builtIn, let id = environment["PAYSERA_CLIENT_ID"], !id.isEmpty { configuration.clientID = id }
        if !builtIn, let secret = environment["PAYSERA_CLIENT_SECRET"], !secret.isEmpty { configuration.clientSecret = secret }
        do {
            configuration.faults = try SandboxFaults.parse(options.faults)
        } catch {
            throw CommandFailure(.invalidInput, "--fault: \(error)")
        }
        guard options.webhookRetryScale >= 0, options.webhookRetryScale.isFinite else {
            throw CommandFailure(.invalidInput, "--webhook-retry-scale must be a number of at least 0, like 0.001")
        }
        configuration.webhookRetryScale = options.webhookRetryScale
        if !options.inMemory { configuration.databasePath = try Self.sandboxDatabase(paths) }
        let running: RunningSandbox
        do {
            running = try await Sandbox.start(configuration)
        } catch {
            throw CommandFailure(.failure, "paylink: the sandbox could not listen on \(host):\(port): \(error)")
        }
        printOut(SandboxOptions.announcement + running.baseURL.absoluteString)
        // The paylink that started it reads only the first line, then stops reading.
        if builtIn { Self.silenceOutput() }
        await StopSignals.wait(orEndOfStandardInput: builtIn)
        await running.stop()
    }

    /// The sandbox's database file in the data directory, its folder made private on first use.
    static func sandboxDatabase(_ paths: AppPaths) throws -> String {
        do {
            try paths.createDataDirectory()
            try FileManager.default.createDirectory(
                at: paths.sandboxDirectory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw CommandFailure(.failure, "paylink: cannot create \(paths.sandboxDirectory.path): \(error)")
        }
        return paths.sandboxDirectory.appendingPathComponent("sandbox.sqlite").path
    }

    /// Points standard output and error at /dev/null.
    static func silenceOutput() {
        let null = open("/dev/null", O_WRONLY)
        guard null >= 0 else { return }
        dup2(null, STDOUT_FILENO)
        dup2(null, STDERR_FILENO)
        close(null)
    }
}

/// Waits for SIGINT, SIGTERM or SIGHUP, handled here instead of by the default action, or for the end of
/// standard input when asked.
enum StopSignals {
    static func wait(orEndOfStandardInput watchInput: Bool = false) async {
        let signals = [SIGINT, SIGTERM, SIGHUP]
        for number in signals { signal(number, SIG_IGN) }
        let queue = DispatchQueue(label: "paylink.signals")
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = OnceFlag()
            let sources = signals.map { DispatchSource.makeSignalSource(signal: $0, queue: queue) }
            for source in sources {
                source.setEventHandler {
                    if once.take() {
                        sources.forEach { $0.cancel() }
                        continuation.resume()
                    }
                }
                source.resume()
            }
            SignalSources.keep(sources)
            if watchInput {
                Thread.detachNewThread {
                    var byte: UInt8 = 0
                    while true {
                        let count = read(STDIN_FILENO, &byte, 1)
                        if count == 0 || (count < 0 && errno != EINTR) { break }
                    }
                    if once.take() { continuation.resume() }
                }
            }
        }
    }
}

/// Keeps signal sources alive while they are needed.
enum SignalSources {
    nonisolated(unsafe) private static var kept: [any DispatchSourceSignal] = []
    static func keep(_ sources: [any DispatchSourceSignal]) { kept = sources }
}

/// True exactly once, from whichever thread asks first.
final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = false
    func take() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if taken { return false }
        taken = true
        return true
    }
}
