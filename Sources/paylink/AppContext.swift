import Foundation
import PaylinkCore
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
    var language: UILanguage { ProfileSession.language(option: uiLanguage) }

    /// The history of the data directory as the profile's project sees it (every project's rows with
    /// `allProjects`), without starting a sandbox or reading a profile's secret.
    func history(allProjects: Bool = false) throws -> HistoryStore {
        do { return try HistoryStore.open(profile: profile, allProjects: allProjects) } catch {
            throw CommandFailure(error.isProfile ? .invalidInput : .failure, "paylink: " + error.text(language: language))
        }
    }
}

/// Runs `body`, which reads the history; a failure is exit 1 with its sentence.
func reading<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch { throw CommandFailure(.failure, "paylink: \(error)") }
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
    /// Resolves the profile; serves or reuses the built-in sandbox when none is configured. Failures are exits.
    static func make(profileName: String?, uiLanguage option: String? = nil) async throws -> ProfileSession {
        if let option, UILanguage(code: option) == nil {
            throw CommandFailure(.invalidInput, "paylink: " + UILanguage.environment.text(.command(.uiLanguageUnknown(option))))
        }
        do { return try await openHere(profileName, option) } catch {
            if case .profile = error { throw CommandFailure(.invalidInput, "paylink: \(error)") }
            throw CommandFailure(.failure, "paylink: \(error)")
        }
    }

    /// The profile's session as this program opens it: the built-in sandbox on its fixed port, so payment URLs
    /// stay valid from one run to the next; notes on stderr; the start-up phases marked.
    private static func openHere(_ profileName: String?, _ option: String?) async throws(OpenFailure) -> ProfileSession {
        try await open(
            profileName: profileName, uiLanguage: option, environment: ProcessInfo.processInfo.environment,
            builtInPort: SandboxOptions.builtInPort, logger: quietLogger("paylink.checkout"),
            note: { printError("paylink: \($0)") }, phase: StartupPhases.mark)
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

    /// Runs the terminal program (or, with `plain`, its line-by-line prompts) on this profile's history to its end,
    /// then stops what this context started; the last URL made, if any. Profiles switched to open as this one did.
    func runTerminal(_ options: TUIOptions, plain: Bool = false) async throws -> String? {
        let history: HistoryStore
        do { history = try self.history() } catch {
            await shutdown()
            throw error
        }
        StartupPhases.mark("history opened")
        let ending: TerminalEnding
        do {
            ending = try await runTerminal(options, history: history, plain: plain) { name, uiLanguage throws(MessageError) in
                do { return try await ProfileSession.openHere(name, uiLanguage) } catch { throw MessageError("\(error)") }
            }
        } catch { throw CommandFailure(.failure, "paylink: \(error)") }
        switch ending {
        case .closed(let lastURL): return lastURL
        case .prompted(let code): if code == 0 { return nil } else { throw CommandFailure(ExitStatus(rawValue: code) ?? .failure) }
        }
    }
}
