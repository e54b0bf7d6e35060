import Foundation
import PaylinkStore

/// The history file could not be opened (or its folder made); the sentence names the file.
public struct HistoryUnavailable: Error, CustomStringConvertible {
    public var description: String
}

extension HistoryStore {
    /// The history of this data directory as `project` sees it (every project's rows when nil). A file made by an
    /// earlier version is brought up to this one first, told by `upgrade` (by default on standard error).
    public static func open(
        paths: AppPaths, project: HistoryProject?, upgrade: UpgradeLines = UpgradeLines()
    ) throws(HistoryUnavailable) -> HistoryStore {
        do {
            let store = try HistoryStore(paths: paths, project: project, upgrade: upgrade.step)
            upgrade.finish()
            return store
        } catch {
            throw HistoryUnavailable(description: "the history at \(paths.historyFile.path) cannot be opened: \(error)")
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

    public init(write: @escaping (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        self.write = write
    }

    public func step(_ step: HistoryUpgrade.Step) {
        let now = Date()
        let place = "paylink: step \(step.number) of \(step.count): \(step.what)…"
        if let done = step.done {
            let tenths = Int(done * 10)
            guard tenths > tenthsShown, tenths < 10 else { return }
            tenthsShown = tenths
            write("\(place) \(tenths * 10) %")
            return
        }
        if began == nil {
            began = now
            write("paylink: the history file (\(step.links) links) was made by an earlier version; bringing it up to "
                + "this one in \(step.count == 1 ? "one step" : "\(step.count) steps"). Ctrl-C stops it, and the next start goes on from the step it stopped in.")
        }
        let before = stepStarted.map { String(format: " (the step before: %.1f s)", now.timeIntervalSince($0)) } ?? ""
        write(place + before)
        (stepStarted, tenthsShown) = (now, 0)
    }

    /// Says how long the upgrade took, when there was one.
    public func finish() {
        guard let began, let stepStarted else { return }
        let now = Date()
        write(String(
            format: "paylink: the history is up to date (the last step: %.1f s; in all: %.1f s).",
            now.timeIntervalSince(stepStarted), now.timeIntervalSince(began)))
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

    public var description: String {
        switch self {
        case .profile(let error): "\(error)"
        case .history(let error): error.description
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
