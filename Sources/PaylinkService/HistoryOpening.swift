import Foundation
import PaylinkStore

/// The history file could not be opened (or its folder made); the sentence names the file.
public struct HistoryUnavailable: Error, CustomStringConvertible {
    public var description: String
}

extension HistoryStore {
    /// The history of this data directory as `project` sees it (every project's rows when nil).
    public static func open(paths: AppPaths, project: HistoryProject?) throws(HistoryUnavailable) -> HistoryStore {
        do {
            return try HistoryStore(paths: paths, project: project)
        } catch {
            throw HistoryUnavailable(description: "the history at \(paths.historyFile.path) cannot be opened: \(error)")
        }
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
