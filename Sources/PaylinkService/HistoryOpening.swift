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
