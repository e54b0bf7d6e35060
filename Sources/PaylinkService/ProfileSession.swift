import Foundation
import Logging
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// One run's connection to a profile: its API client (with the built-in sandbox started or reused when the profile
/// names no API) and the workflows over that client and the history, built one way for the commands and the
/// terminal program.
public final class ProfileSession: Sendable {
    public let paths: AppPaths
    public let config: Config
    public let profile: ResolvedProfile
    public let client: CheckoutClient
    public let baseURL: URL
    /// Whether this run started the built-in sandbox (not when a profile names an API or a sandbox was already running).
    public let ownsSandbox: Bool
    /// Whether requests are known to go to a paylink sandbox without asking: the built-in one.
    public let isSandbox: Bool
    /// Asks an API on this machine whether it is a paylink sandbox, once, when first wanted (nil: not on this machine).
    private let localProbe: SandboxProbe?
    /// The language asked for by `--ui-language`, `ui_language:` or the locale variables (nil: none was).
    public let chosenLanguage: UILanguage?
    /// The language of the screen and of messages: the one asked for, else English.
    public var uiLanguage: UILanguage { chosenLanguage ?? .en }

    private init(
        paths: AppPaths, config: Config, profile: ResolvedProfile, client: CheckoutClient, baseURL: URL,
        ownsSandbox: Bool, localProbe: SandboxProbe?, chosenLanguage: UILanguage?
    ) {
        self.chosenLanguage = chosenLanguage
        self.paths = paths
        self.config = config
        self.profile = profile
        self.client = client
        self.baseURL = baseURL
        self.ownsSandbox = ownsSandbox
        self.isSandbox = profile.isBuiltInSandbox || ownsSandbox
        self.localProbe = localProbe
    }

    /// Why a session could not open, in a sentence.
    public enum OpenFailure: Error, CustomStringConvertible {
        /// The config file or the profile asked for cannot be used.
        case profile(String)
        /// The built-in sandbox could not start.
        case sandbox(String)

        public var description: String {
            switch self {
            case .profile(let sentence), .sandbox(let sentence): sentence
            }
        }
    }

    /// The language of a command before its profile is opened: `--ui-language`'s code, else the config file's
    /// `ui_language:` (when it can be read), else the environment's.
    public static func language(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> UILanguage {
        let config = try? ConfigLoader.load(paths: AppPaths.current(environment: environment), environment: environment)
        return UILanguage.choose(option: option, config: config?.uiLanguage, environment: environment)
    }

    /// Resolves the profile and serves or reuses the built-in sandbox (on `builtInPort`) when it names no API.
    /// `note` hears the config's warnings and a sandbox that had to move port; `phase` hears each step done.
    /// `uiLanguage` is `--ui-language`'s code, already known to be one of ours.
    public static func open(
        profileName: String?, uiLanguage option: String? = nil, environment: [String: String], builtInPort: Int,
        logger: Logger,
        note: (String) -> Void = { _ in }, phase: (String) -> Void = { _ in }
    ) async throws(OpenFailure) -> ProfileSession {
        let paths = AppPaths.current(environment: environment)
        let config: Config
        let profile: ResolvedProfile
        do {
            config = try ConfigLoader.load(paths: paths, environment: environment)
            profile = try config.resolveProfile(named: profileName)
        } catch {
            let language = UILanguage.chosen(option: option, config: nil, environment: environment) ?? .en
            throw .profile(error.text(language: language))
        }
        let language = UILanguage.choose(option: option, config: config.uiLanguage, environment: environment)
        config.warnings.forEach { note($0.text(language: language)) }
        phase("config read")
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
            do {
                serving = try await BuiltInSandbox.serve(port: builtInPort)
            } catch {
                throw .sandbox(error.text(language: language))
            }
            if let port = serving.movedFrom { note(language.text(.notice(.sandboxMoved(port: port, url: serving.baseURL.absoluteString)))) }
            (baseURL, ownsSandbox) = (serving.baseURL, serving.startedHere)
        }
        let credentials = Credentials(clientID: profile.clientID, clientSecret: profile.clientSecret.reveal())
        let tokenFile = TokenFile(paths: paths, profile: profile.name, baseURL: baseURL, credentials: credentials)
        let client = CheckoutClient(baseURL: baseURL, credentials: credentials, logger: logger, tokenStore: tokenFile)
        phase(ownsSandbox ? "API client and built-in sandbox ready" : "API client ready")
        return ProfileSession(
            paths: paths, config: config, profile: profile, client: client, baseURL: baseURL, ownsSandbox: ownsSandbox,
            localProbe: localProbe,
            chosenLanguage: UILanguage.chosen(option: option, config: config.uiLanguage, environment: environment))
    }

    /// Whether requests go to a paylink sandbox: built in, or one that answers as such on this machine.
    public func answersAsSandbox() async -> Bool {
        if isSandbox { return true }
        return await localProbe?.answer() ?? false
    }

    /// The history of this data directory as this profile's project sees it.
    public func openHistory() throws(HistoryUnavailable) -> HistoryStore {
        try HistoryStore.open(paths: paths, project: HistoryProject(profile))
    }

    /// Who this run's links are made by (`operator:` of the profile, else USER@hostname).
    public var creator: String {
        profile.creator(environment: ProcessInfo.processInfo.environment, hostName: ProcessInfo.processInfo.hostName)
    }

    /// The create workflow writing ahead to `history`.
    public func workflow(history: HistoryStore) -> LinkWorkflow {
        var workflow = LinkWorkflow(client: client, history: history, profile: profile.name, paths: paths, creator: creator)
        workflow.language = uiLanguage
        return workflow
    }

    /// The refund workflow of this profile, writing ahead to `history`.
    public func refundWorkflow(history: HistoryStore) -> RefundWorkflow {
        let defaults = profile.defaults
        var workflow = RefundWorkflow(
            client: client, history: history, profile: profile.name, paths: paths, creator: creator,
            urls: RefundURLs(successURL: defaults.successURL, failureURL: defaults.failureURL, callbackURL: defaults.callbackURL))
        workflow.language = uiLanguage
        return workflow
    }

    /// The sync of `history` with this profile's API.
    public func historySync(history: HistoryStore) -> HistorySync {
        var sync = HistorySync(client: client, history: history, profile: profile.name)
        sync.language = uiLanguage
        return sync
    }

    /// The reconciler of this profile's attempts in `history`.
    public func reconciler(history: HistoryStore) -> Reconciler {
        Reconciler(client: client, history: history, profile: profile.name, paths: paths)
    }

    /// Reading, canceling and remembering links of this profile, written to `history`.
    public func linkActions(history: HistoryStore) -> LinkActions {
        var actions = LinkActions(client: client, history: history, profile: profile.name, baseURL: baseURL)
        actions.language = uiLanguage
        return actions
    }

    /// Changing this profile's links, kept current in `history`.
    public func linkUpdates(history: HistoryStore) -> LinkUpdateWorkflow {
        var updates = LinkUpdateWorkflow(client: client, history: history, profile: profile.name)
        updates.language = uiLanguage
        return updates
    }

    /// Stops what this run started.
    public func shutdown() async {
        if ownsSandbox { BuiltInSandbox.stop() }
    }
}
