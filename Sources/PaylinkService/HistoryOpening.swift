import Foundation
import PaylinkCore
import PaylinkStore

/// The history file could not be opened (or its folder made); the sentence names the file.
public struct HistoryUnavailable: Error, CustomStringConvertible {
    public var path: String
    /// The database's or the file system's words.
    public var why: String

    public var description: String { text(language: .en) }

    /// The sentence in `language`.
    public func text(language: UILanguage) -> String { language.text(.notice(.historyCannotOpen(path: path, why: why))) }
}

extension HistoryStore {
    /// The history of this data directory as `project` sees it (every project's rows when nil). A file made by an
    /// earlier version is brought up to this one first, told by `upgrade` (by default on standard error).
    public static func open(
        paths: AppPaths, project: HistoryProject?, upgrade: UpgradeLines = UpgradeLines.fromEnvironment()
    ) throws(HistoryUnavailable) -> HistoryStore {
        do {
            let store = try HistoryStore(paths: paths, project: project, upgrade: upgrade.step)
            upgrade.finish()
            return store
        } catch {
            throw HistoryUnavailable(path: paths.historyFile.path, why: "\(error)")
        }
    }
}

/// The upgrade of a history file made by an earlier version, told a line per step (standard error by default): the
/// size and the number of steps first, each step as it starts with how long the one before took, a long step's
/// progress every tenth, and the whole time at the end.
public final class UpgradeLines: @unchecked Sendable {
    private var began: Date?
    private var stepStarted: Date?
    private var tenthsShown = 0
    private let write: (String) -> Void
    private let language: UILanguage

    /// `language`: English unless given, or chosen from the environment (LC_ALL, LC_MESSAGES, LANG) by `fromEnvironment`.
    public init(
        language: UILanguage = .en,
        write: @escaping (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    ) {
        self.language = language
        self.write = write
    }

    /// Lines in the language the environment asks for, English when it asks for none of ours.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> UpgradeLines {
        UpgradeLines(language: UILanguage.chosen(option: nil, config: nil, environment: environment) ?? .en)
    }

    private func say(_ line: CommandMessage) -> String { "paylink: " + language.text(.command(line)) }

    /// "1.5" in English, "1,5" in the others.
    private func seconds(_ interval: TimeInterval) -> String {
        String(String(format: "%.1f", interval).map { $0 == "." ? language.decimalMark : $0 })
    }

    public func step(_ step: HistoryUpgrade.Step) {
        let now = Date()
        let what = language.text(.command(.upgradeStepName(step.what)))
        let place = say(.upgradeStep(number: step.number, count: step.count, what: what))
        if let done = step.done {
            let tenths = Int(done * 10)
            guard tenths > tenthsShown, tenths < 10 else { return }
            tenthsShown = tenths
            write("\(place) \(tenths * 10) %")
            return
        }
        if began == nil {
            began = now
            write(say(.upgradeBegins(links: step.links, steps: step.count)))
        }
        let before = stepStarted.map { language.text(.command(.upgradeStepBefore(seconds: seconds(now.timeIntervalSince($0))))) } ?? ""
        write(place + before)
        (stepStarted, tenthsShown) = (now, 0)
    }

    /// Says how long the upgrade took, when there was one.
    public func finish() {
        guard let began, let stepStarted else { return }
        let now = Date()
        write(say(.upgradeDone(last: seconds(now.timeIntervalSince(stepStarted)), all: seconds(now.timeIntervalSince(began)))))
    }
}

/// Why a profile's history could not be opened without a session: the config or the profile, or the file.
public enum ProfileHistoryFailure: Error, CustomStringConvertible {
    case profile(ConfigError)
    case history(HistoryUnavailable)

    /// Whether the config or the profile was at fault (the person can fix it), not the file.
    public var isProfile: Bool {
        if case .profile = self { true } else { false }
    }

    public var description: String { text(language: .en) }

    /// The sentence in `language`.
    public func text(language: UILanguage) -> String {
        switch self {
        case .profile(let error): error.text(language: language)
        case .history(let error): error.text(language: language)
        }
    }
}

extension HistoryStore {
    /// The history of the current data directory as a profile's project sees it (every project's rows with
    /// `allProjects`), without starting a sandbox or reading a profile's secret.
    public static func open(
        profile: String?, allProjects: Bool, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ProfileHistoryFailure) -> HistoryStore {
        let paths = AppPaths.current(environment: environment)
        var project: HistoryProject?
        if !allProjects {
            do {
                project = try ConfigLoader.load(paths: paths, environment: environment).historyProject(named: profile)
            } catch {
                throw .profile(error)
            }
        }
        do { return try open(paths: paths, project: project) } catch { throw .history(error) }
    }
}
