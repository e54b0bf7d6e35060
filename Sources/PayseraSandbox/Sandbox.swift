import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// How to run the local Paysera Checkout emulation: address, client credentials, storage, clock and faults.
public struct SandboxConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    /// 0 picks a free port; `RunningSandbox.port` tells which.
    public var port: Int = 8787
    public var clientID = "sandbox"
    public var clientSecret = "sandbox-secret"
    /// SQLite file that keeps orders and links across restarts; nil keeps them in memory.
    public var databasePath: String?
    /// What `payment_URL`s start with; nil means `http://host:port`.
    public var publicBaseURL: String?
    /// Seconds an access token is valid (`expires_in`).
    public var tokenLifetime: Int = 3600
    public var faults: SandboxFaults = .none
    /// Multiplies the webhook retry schedule (1 h, 6 h, 31 h); 0.001 makes it seconds, for tests.
    public var webhookRetryScale: Double = 1
    /// How long a refund stays `processing` before it settles as `completed` (or `failed` with the refund-fail fault).
    public var refundSettle: Duration = .milliseconds(300)
    public var now: @Sendable () -> Date = Date.init
    public var logger: Logger

    public init(
        host: String = "127.0.0.1", port: Int = 8787, clientID: String = "sandbox", clientSecret: String = "sandbox-secret",
        databasePath: String? = nil, publicBaseURL: String? = nil, tokenLifetime: Int = 3600,
        faults: SandboxFaults = .none, now: @escaping @Sendable () -> Date = Date.init,
        logger: Logger = Logger(label: "paylink.sandbox")
    ) {
        self.host = host
        self.port = port
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.databasePath = databasePath
        self.publicBaseURL = publicBaseURL
        self.tokenLifetime = tokenLifetime
        self.faults = faults
        self.now = now
        self.logger = logger
    }
}

/// A sandbox serving on loopback; `stop()` shuts it down.
public final class RunningSandbox: Sendable {
    /// The port actually listened on (the real one when 0 was asked for).
    public let port: Int
    /// Where API calls go, e.g. `http://127.0.0.1:8787`.
    public var baseURL: URL { URL(string: baseURLText) ?? URL(fileURLWithPath: "/") }
    let baseURLText: String
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    init(port: Int, baseURLText: String, group: ServiceGroup, task: Task<Void, any Error>) {
        self.port = port
        self.baseURLText = baseURLText
        self.group = group
        self.task = task
    }

    /// Stops listening; waits for open requests a moment, then cuts them off.
    public func stop() async {
        await group.triggerGracefulShutdown()
        let task = self.task
        let deadline = Task {
            try await Task.sleep(for: .seconds(3))
            task.cancel()
        }
        _ = await task.result
        deadline.cancel()
    }
}

/// Entry points of the local Paysera Checkout emulation.
public enum Sandbox {
    /// Starts serving and returns once the port is open.
    public static func start(_ config: SandboxConfiguration) async throws -> RunningSandbox {
        let listening = ListeningSignal()
        let (application, state) = try makeApplication(config) { channel in
            listening.succeed(port: channel.localAddress?.port ?? config.port)
        }
        let group = ServiceGroup(services: [application], logger: config.logger)
        let task = Task {
            do {
                try await group.run()
                listening.fail(SandboxStartError(description: "The sandbox stopped before it was listening."))
            } catch {
                listening.fail(error)
                throw error
            }
        }
        let port: Int
        do {
            port = try await listening.port()
        } catch {
            task.cancel()
            throw error
        }
        let base = state.setListening(port: port)
        config.logger.info("Sandbox listening on \(base)")
        return RunningSandbox(port: port, baseURLText: base, group: group, task: task)
    }

    /// Serves in the foreground until SIGINT or SIGTERM.
    public static func run(_ config: SandboxConfiguration) async throws {
        let holder = Mutex<SandboxState?>(nil)
        let (application, state) = try makeApplication(config) { channel in
            let port = channel.localAddress?.port ?? config.port
            if let base = holder.withLock({ $0 })?.setListening(port: port) {
                config.logger.info("Sandbox listening on \(base)")
            }
        }
        holder.withLock { $0 = state }
        let group = ServiceGroup(
            services: [application], gracefulShutdownSignals: [.sigint, .sigterm], logger: config.logger)
        try await group.run()
    }

    private static func makeApplication(
        _ config: SandboxConfiguration, onRunning: @escaping @Sendable (any Channel) async -> Void
    ) throws -> (some Service, SandboxState) {
        let state = try SandboxState(config: config)
        RefundRoutes.settleLeftovers(state: state)
        let responder = SandboxResponder(router: SandboxRouter.build(state: state).buildResponder(), state: state)
        var logger = config.logger
        // Hummingbird's own start-up lines are noise next to the sandbox's one line.
        if logger.logLevel < .notice { logger.logLevel = .notice }
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(config.host, port: config.port), serverName: nil),
            onServerRunning: onRunning,
            logger: logger)
        return (application, state)
    }
}

/// Why `Sandbox.start` gave up.
struct SandboxStartError: Error, CustomStringConvertible {
    var description: String
}

/// Hands the listening port from the server's start-up callback to `Sandbox.start`.
final class ListeningSignal: Sendable {
    private enum Phase {
        case waiting(CheckedContinuation<Int, any Error>?)
        case done(Result<Int, any Error>)
    }
    private let phase = Mutex<Phase>(.waiting(nil))

    func succeed(port: Int) { finish(.success(port)) }
    func fail(_ error: any Error) { finish(.failure(error)) }

    private func finish(_ result: Result<Int, any Error>) {
        let waiter = phase.withLock { phase -> CheckedContinuation<Int, any Error>? in
            guard case .waiting(let waiter) = phase else { return nil }
            phase = .done(result)
            return waiter
        }
        waiter?.resume(with: result)
    }

    func port() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let ready = phase.withLock { phase -> Result<Int, any Error>? in
                switch phase {
                case .waiting: phase = .waiting(continuation); return nil
                case .done(let result): return result
                }
            }
            if let ready { continuation.resume(with: ready) }
        }
    }
}
