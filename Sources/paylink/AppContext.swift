import Foundation
import PaylinkCore
import PaylinkCommandLine
import PaylinkService
import PaylinkStore
import PaylinkTUI
import PaylinkTerminal
import PayseraCheckout

extension ProfileOptions {
    /// The session of the profile these options name; failures are exits.
    func session() async throws -> AppContext { try await AppContext.make(profileName: profile, uiLanguage: uiLanguage) }

    /// The language a command without a session speaks: the option, the config file's `ui_language:`, the
    /// environment; English when the config cannot be read (the command reports that itself).
    var language: UILanguage { commandLanguage(option: uiLanguage) }
}

/// The language of `--ui-language`, else the config file's `ui_language:` (when it can be read), else the environment's.
func commandLanguage(option: String?) -> UILanguage {
    let environment = ProcessInfo.processInfo.environment
    let config = try? ConfigLoader.load(paths: AppPaths.current(environment: environment), environment: environment)
    return UILanguage.choose(option: option, config: config?.uiLanguage, environment: environment)
}

/// The language of a command that has no profile to ask: LC_ALL, LC_MESSAGES or LANG; English otherwise.
var environmentLanguage: UILanguage {
    UILanguage.chosen(option: nil, config: nil, environment: ProcessInfo.processInfo.environment) ?? .en
}

extension CommandFailure {
    /// An exit with a workflow's or the API's sentence made safe for the terminal.
    init(_ status: ExitStatus, sentence: String) { self.init(status, "paylink: \(TerminalText.sanitize(sentence))") }

    /// An API error as the command's exit: 3 when the API refused, else 1, with its sentence in `language`.
    init(_ error: CheckoutError, language: UILanguage = .en) {
        self.init(error.isRefused ? .refused : .failure, sentence: language.text(.notice(.api(error))))
    }
}

/// The pieces one run of paylink works with: PaylinkService's session of the chosen profile.
typealias AppContext = ProfileSession

extension ProfileSession {
    /// The built-in sandbox's fixed address, so payment URLs stay valid from one run to the next.
    static let builtInSandboxPort = SandboxOptions.builtInPort

    /// Resolves the profile; serves or reuses the built-in sandbox when none is configured. Failures are exits.
    static func make(
        profileName: String?, uiLanguage option: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> ProfileSession {
        if let option, UILanguage(code: option) == nil {
            throw CommandFailure(.invalidInput, "paylink: " + environmentLanguage.text(.command(.uiLanguageUnknown(option))))
        }
        do {
            return try await open(
                profileName: profileName, uiLanguage: option, environment: environment, builtInPort: builtInSandboxPort,
                logger: quietLogger("paylink.checkout"), note: { printError("paylink: \($0)") }, phase: StartupPhases.mark)
        } catch {
            switch error {
            case .profile: throw CommandFailure(.invalidInput, "paylink: \(error)")
            case .sandbox: throw CommandFailure(.failure, "paylink: \(error)")
            }
        }
    }

    /// Runs `body`, then stops what this session started, whatever `body` did; an API error becomes its exit.
    func closing<T>(_ body: () async throws -> T) async throws -> T {
        let result: Result<T, any Error>
        do { result = .success(try await body()) } catch { result = .failure(error) }
        await shutdown()
        return try result.mapError { error in (error as? CheckoutError).map { CommandFailure($0, language: uiLanguage) } ?? error }.get()
    }

    /// The history of this data directory as this profile's project sees it; exit 1 when it cannot be opened.
    func history() throws -> HistoryStore {
        do { return try openHistory() } catch { throw CommandFailure(.failure, "paylink: " + error.text(language: uiLanguage)) }
    }

    /// The create workflow of this profile, writing ahead to the history.
    func workflow() throws -> LinkWorkflow { workflow(history: try history()) }

    /// The history sync of this profile.
    func historySync() throws -> HistorySync { historySync(history: try history()) }

    /// The reconciler of this profile.
    func reconciler() throws -> Reconciler { reconciler(history: try history()) }

    /// The terminal program's services on this profile's history; exit 1 when the history cannot be opened.
    func terminalServices() throws -> TerminalService {
        terminalServices(history: try history()) { name, uiLanguage throws(MessageError) in
            do {
                return try await AppContext.make(profileName: name, uiLanguage: uiLanguage)
            } catch {
                let message = (error as? CommandFailure)?.message ?? "the profile could not be read"
                throw MessageError(message.hasPrefix("paylink: ") ? String(message.dropFirst(9)) : message)
            }
        }
    }

    /// Runs the terminal program to its end, then stops what this context started; the last URL made, if any.
    func runTerminal(_ services: TerminalService, _ options: TUIOptions) async throws -> String? {
        let lastURL: String?
        do {
            lastURL = try await TerminalApp.run(options: options, service: services)
        } catch {
            await shutdown()
            throw CommandFailure(.failure, "paylink: \(error)")
        }
        await shutdown()
        return lastURL.map(TerminalText.sanitize)
    }
}
