import ArgumentParser
import AsyncHTTPClient
import Foundation
import Logging
import PaylinkCore
import PaylinkService
import PaylinkStore
import PayseraCheckout
import PayseraSandbox

/// Options every command that talks to the API shares.
struct ProfileOptions: ParsableArguments {
    @Option(help: "The profile of config.yaml to use (default: PAYLINK_PROFILE, then default_profile).")
    var profile: String?
}

/// The pieces one run of paylink works with: the chosen profile, its API client and, when no profile is
/// configured, the built-in sandbox serving in-process.
final class AppContext: Sendable {
    let paths: AppPaths
    let config: Config
    let profile: ResolvedProfile
    let client: CheckoutClient
    let baseURL: URL
    /// The in-process sandbox this run started (nil when a profile names an API or a sandbox was already running).
    let ownSandbox: RunningSandbox?

    /// Whether requests are known to go to a paylink sandbox without asking: the built-in one.
    let isSandbox: Bool
    /// Asks an API on this machine whether it is a paylink sandbox, once, when first wanted (nil: not on this machine).
    private let localProbe: SandboxProbe?

    /// The built-in sandbox's fixed address, so payment URLs stay valid from one run to the next.
    static let builtInSandboxPort = 8787

    private init(
        paths: AppPaths, config: Config, profile: ResolvedProfile, client: CheckoutClient, baseURL: URL,
        ownSandbox: RunningSandbox?, isSandbox: Bool, localProbe: SandboxProbe?
    ) {
        self.isSandbox = isSandbox
        self.localProbe = localProbe
        self.paths = paths
        self.config = config
        self.profile = profile
        self.client = client
        self.baseURL = baseURL
        self.ownSandbox = ownSandbox
    }

    /// Resolves the profile; serves or reuses the built-in sandbox when none is configured.
    static func make(
        profileName: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> AppContext {
        let paths = AppPaths.current(environment: environment)
        let config: Config
        let profile: ResolvedProfile
        do {
            config = try ConfigLoader.load(paths: paths, environment: environment)
            profile = try config.resolveProfile(named: profileName)
        } catch {
            throw CommandFailure(.invalidInput, "paylink: \(error)")
        }
        for warning in config.warnings { printError("paylink: \(warning)") }
        var ownSandbox: RunningSandbox?
        let baseURL: URL
        var localProbe: SandboxProbe?
        if let configured = profile.baseURL {
            baseURL = configured
            // A paylink sandbox on this machine gets the SANDBOX badge and the simulated payer too; it is asked
            // only when that matters, so nothing waits for it before the screen is up.
            if ["127.0.0.1", "localhost", "::1", "[::1]"].contains(configured.host ?? "") {
                localProbe = SandboxProbe { await isSandboxAnswering(at: configured) }
            }
        } else {
            (baseURL, ownSandbox) = try await builtInSandbox(paths: paths)
        }
        let credentials = Credentials(clientID: profile.clientID, clientSecret: profile.clientSecret.reveal())
        let client = CheckoutClient(baseURL: baseURL, credentials: credentials, logger: Self.quietLogger("paylink.checkout"))
        return AppContext(
            paths: paths, config: config, profile: profile, client: client, baseURL: baseURL, ownSandbox: ownSandbox,
            isSandbox: profile.isBuiltInSandbox || ownSandbox != nil, localProbe: localProbe)
    }

    /// Whether requests go to a paylink sandbox: built in, or one that answers as such on this machine.
    func answersAsSandbox() async -> Bool {
        if isSandbox { return true }
        return await localProbe?.answer() ?? false
    }

    /// Reuses a sandbox already answering on the fixed port, or starts one in this process.
    private static func builtInSandbox(paths: AppPaths) async throws -> (URL, RunningSandbox?) {
        let fixed = URL(string: "http://127.0.0.1:\(builtInSandboxPort)")!
        if await isSandboxAnswering(at: fixed) { return (fixed, nil) }
        let database = try sandboxDatabase(paths)
        var configuration = SandboxConfiguration(
            port: builtInSandboxPort, databasePath: database, logger: quietLogger("paylink.sandbox"))
        do {
            let running = try await Sandbox.start(configuration)
            return (running.baseURL, running)
        } catch {
            // Another paylink may have taken the port a moment ago; use it if it is a sandbox.
            if await isSandboxAnswering(at: fixed) { return (fixed, nil) }
            configuration.port = 0
            do {
                let running = try await Sandbox.start(configuration)
                printError("paylink: port \(builtInSandboxPort) is taken; the sandbox serves on \(running.baseURL.absoluteString) for this run")
                return (running.baseURL, running)
            } catch {
                throw CommandFailure(.failure, "paylink: the built-in sandbox could not start: \(error)")
            }
        }
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

    /// Whether a paylink sandbox answers at `base` (its OpenAPI document names it).
    private static func isSandboxAnswering(at base: URL) async -> Bool {
        var request = HTTPClientRequest(url: base.appendingPathComponent("openapi.json").absoluteString)
        request.method = .GET
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .milliseconds(800))
            guard response.status == .ok else { return false }
            let body = try await response.body.collect(upTo: 1 << 20)
            return String(buffer: body).contains("sandbox")
        } catch {
            return false
        }
    }

    /// A logger for library code that stays silent unless PAYLINK_LOG asks otherwise (stderr is the user's).
    static func quietLogger(_ label: String) -> Logger {
        var logger = Logger(label: label)
        let level = ProcessInfo.processInfo.environment["PAYLINK_LOG"].flatMap(Logger.Level.init(rawValue:))
        logger.logLevel = level ?? .critical
        return logger
    }

    /// The history of this data directory as this profile's project sees it, opened on first use.
    func history() throws -> HistoryStore {
        do {
            try paths.createDataDirectory()
            return try HistoryStore(paths: paths, project: HistoryProject(profile))
        } catch {
            throw CommandFailure(.failure, "paylink: the history at \(paths.historyFile.path) cannot be opened: \(error)")
        }
    }

    /// The create workflow of this profile, writing ahead to the history.
    func workflow() throws -> LinkWorkflow {
        workflow(history: try history())
    }

    /// The create workflow writing ahead to an already opened history.
    func workflow(history: HistoryStore) -> LinkWorkflow {
        LinkWorkflow(client: client, history: history, profile: profile.name, paths: paths, creator: creator)
    }

    /// The refund workflow of this profile, writing ahead to `history`.
    func refundWorkflow(history: HistoryStore) -> RefundWorkflow {
        RefundWorkflow(client: client, history: history, profile: profile.name, paths: paths, creator: creator)
    }

    /// Who this run's links are made by (`operator:` of the profile, else USER@hostname).
    var creator: String {
        profile.creator(environment: ProcessInfo.processInfo.environment, hostName: ProcessInfo.processInfo.hostName)
    }

    /// The history sync of this profile.
    func historySync() throws -> HistorySync {
        HistorySync(client: client, history: try history(), profile: profile.name)
    }

    /// The reconciler of this profile.
    func reconciler() throws -> Reconciler {
        Reconciler(client: client, history: try history(), profile: profile.name, paths: paths)
    }

    /// Stops what this run started.
    func shutdown() async {
        await ownSandbox?.stop()
    }

    /// The draft defaults of the profile.
    var draftDefaults: DraftDefaults {
        DraftDefaults(
            currency: profile.defaults.currency, language: profile.defaults.language,
            country: profile.defaults.country,
            orderURLs: [
                .successURL: profile.defaults.successURL, .failureURL: profile.defaults.failureURL,
                .cancelURL: profile.defaults.cancelURL, .callbackURL: profile.defaults.callbackURL,
            ].compactMapValues { $0 })
    }
}

/// One question put to an API once, however many ask: is it a paylink sandbox?
actor SandboxProbe {
    private let ask: @Sendable () async -> Bool
    private var asked: Task<Bool, Never>?

    init(_ ask: @escaping @Sendable () async -> Bool) { self.ask = ask }

    func answer() async -> Bool {
        if let asked { return await asked.value }
        let task = Task { await ask() }
        asked = task
        return await task.value
    }
}
