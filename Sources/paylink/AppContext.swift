import ArgumentParser
import Foundation
import Logging
import PaylinkCore
import PaylinkService
import PaylinkStore
import PayseraCheckout
import PaylinkTUI

/// The pieces one run of paylink works with: the chosen profile, its API client and, when no profile is
/// configured, the built-in sandbox (paylink-server, started for this run).
final class AppContext: Sendable {
    let paths: AppPaths
    let config: Config
    let profile: ResolvedProfile
    let client: CheckoutClient
    let baseURL: URL
    /// Whether this run started the built-in sandbox (not when a profile names an API or a sandbox was already running).
    let ownsSandbox: Bool

    /// Whether requests are known to go to a paylink sandbox without asking: the built-in one.
    let isSandbox: Bool
    /// Asks an API on this machine whether it is a paylink sandbox, once, when first wanted (nil: not on this machine).
    private let localProbe: SandboxProbe?

    /// The built-in sandbox's fixed address, so payment URLs stay valid from one run to the next.
    static let builtInSandboxPort = SandboxOptions.builtInPort

    private init(
        paths: AppPaths, config: Config, profile: ResolvedProfile, client: CheckoutClient, baseURL: URL,
        ownsSandbox: Bool, isSandbox: Bool, localProbe: SandboxProbe?
    ) {
        self.isSandbox = isSandbox
        self.localProbe = localProbe
        self.paths = paths
        self.config = config
        self.profile = profile
        self.client = client
        self.baseURL = baseURL
        self.ownsSandbox = ownsSandbox
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
        StartupPhases.mark("config read")
        var ownsSandbox = false
        let baseURL: URL
        var localProbe: SandboxProbe?
        if let configured = profile.baseURL {
            baseURL = configured
            // A paylink sandbox on this machine gets the SANDBOX badge and the simulated payer too; it is asked
            // only when that matters, so nothing waits for it before the screen is up.
            localProbe = SandboxProbe.forLocal(configured)
        } else {
            let serving: BuiltInSandbox.Serving
            do { serving = try await BuiltInSandbox.serve(port: builtInSandboxPort) } catch {
                throw CommandFailure(.failure, "paylink: \(error)")
            }
            if let note = serving.note { printError("paylink: \(note)") }
            (baseURL, ownsSandbox) = (serving.baseURL, serving.startedHere)
        }
        let credentials = Credentials(clientID: profile.clientID, clientSecret: profile.clientSecret.reveal())
        let tokenFile = TokenFile(paths: paths, profile: profile.name, baseURL: baseURL, credentials: credentials)
        let client = CheckoutClient(
            baseURL: baseURL, credentials: credentials, logger: quietLogger("paylink.checkout"), tokenStore: tokenFile)
        StartupPhases.mark(ownsSandbox ? "API client and built-in sandbox ready" : "API client ready")
        return AppContext(
            paths: paths, config: config, profile: profile, client: client, baseURL: baseURL, ownsSandbox: ownsSandbox,
            isSandbox: profile.isBuiltInSandbox || ownsSandbox, localProbe: localProbe)
    }

    /// Whether requests go to a paylink sandbox: built in, or one that answers as such on this machine.
    func answersAsSandbox() async -> Bool {
        if isSandbox { return true }
        return await localProbe?.answer() ?? false
    }

    /// The history of this data directory as this profile's project sees it, opened on first use.
    func history() throws -> HistoryStore {
        do { return try HistoryStore.open(paths: paths, project: HistoryProject(profile)) } catch {
            throw CommandFailure(.failure, "paylink: \(error)")
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
        let defaults = profile.defaults
        return RefundWorkflow(
            client: client, history: history, profile: profile.name, paths: paths, creator: creator,
            urls: RefundURLs(successURL: defaults.successURL, failureURL: defaults.failureURL, callbackURL: defaults.callbackURL))
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

    /// Reading, canceling and remembering links of this profile, written to `history`.
    func linkActions(history: HistoryStore) -> LinkActions {
        LinkActions(client: client, history: history, profile: profile.name, baseURL: baseURL)
    }

    /// Stops what this run started.
    func shutdown() async {
        if ownsSandbox { BuiltInSandbox.stop() }
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
