import ArgumentParser
import Foundation
import PaylinkService
import PaylinkStore
import PayseraSandbox

/// `paylink sandbox`: the local Paysera emulation in the foreground, for other programs and their tests.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Serve the local Paysera Checkout sandbox until Ctrl-C.",
        discussion: """
            The first line printed is the address it serves on. Client: sandbox / sandbox-secret, or
            PAYSERA_CLIENT_ID / PAYSERA_CLIENT_SECRET. Data lives in $PAYLINK_DATA_DIR/sandbox.
            Webhook events: `paylink sandbox events`, `paylink sandbox resend EVENT_ID`.
            """,
        subcommands: [SandboxEventsCommand.self, SandboxResendCommand.self])

    @Option(help: "Address to listen on (loopback by default).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = AppContext.builtInSandboxPort

    @Option(help: "Address payment URLs start with, when it differs from http://host:port.")
    var publicURL: String?

    @Option(
        name: .customLong("fault"),
        help: "Misbehave on purpose, for tests and demos: delay=5s (link creates), order-delay=5s, drop-after-create, error-rate=0.2, rate-limit=0.1 (429 with Retry-After: 1), seed=N, refund-pending (refunds stay processing), refund-fail (refunds end failed), refund-delay=2s, drop-after-refund, clock-offset=-2d (the sandbox lives two days ago) (repeatable).")
    var faults: [String] = []

    @Option(help: "Multiply the webhook retry schedule (1 h, 6 h, 31 h after the first attempt); 0.001 makes it seconds.")
    var webhookRetryScale: Double = 1

    @Flag(help: "Keep the state in memory only.")
    var inMemory = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let paths = AppPaths.current(environment: environment)
        var configuration = SandboxConfiguration(
            host: host, port: port, publicBaseURL: publicURL, logger: AppContext.quietLogger("paylink.sandbox"))
        if let id = environment["PAYSERA_CLIENT_ID"], !id.isEmpty { configuration.clientID = id }
        if let secret = environment["PAYSERA_CLIENT_SECRET"], !secret.isEmpty { configuration.clientSecret = secret }
        do {
            configuration.faults = try SandboxFaults.parse(faults)
        } catch {
            throw CommandFailure(.invalidInput, "--fault: \(error)")
        }
        guard webhookRetryScale >= 0, webhookRetryScale.isFinite else {
            throw CommandFailure(.invalidInput, "--webhook-retry-scale must be a number of at least 0, like 0.001")
        }
        configuration.webhookRetryScale = webhookRetryScale
        if !inMemory { configuration.databasePath = try AppContext.sandboxDatabase(paths) }
        let running: RunningSandbox
        do {
            running = try await Sandbox.start(configuration)
        } catch {
            throw CommandFailure(.failure, "paylink: the sandbox could not listen on \(host):\(port): \(error)")
        }
        printOut("Sandbox listening on \(running.baseURL.absoluteString)")
        await StopSignals.wait()
        await running.stop()
    }
}

/// Waits for SIGINT, SIGTERM or SIGHUP, handled here instead of by the default action.
enum StopSignals {
    static func wait() async {
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
