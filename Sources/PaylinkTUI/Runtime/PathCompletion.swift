import Foundation

/// Tab in the batch screen's path: the typed path completed as far as the names in its folder agree.
public enum PathCompletion {
    /// The completion of `typed` among `entries` (name, is a folder) of its folder; a lone folder gains a "/".
    public static func complete(_ typed: String, entries: [(name: String, isFolder: Bool)]) -> String {
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let start = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let matches = entries.filter { $0.name.hasPrefix(start) && (start.hasPrefix(".") || !$0.name.hasPrefix(".")) }
        guard let first = matches.first else { return typed }
        if matches.count == 1 { return folder + first.name + (first.isFolder ? "/" : "") }
        var common = first.name
        for match in matches.dropFirst() {
            while !match.name.hasPrefix(common) { common.removeLast() }
        }
        return folder + (common.count > start.count ? common : start)
    }

    /// Reads the folder of `typed` (`~/` as the home folder) and completes it; the path comes back as typed otherwise.
    static func complete(_ typed: String, home: String = FileManager.default.homeDirectoryForCurrentUser.path) -> String {
        let expanded = typed.hasPrefix("~/") ? home + typed.dropFirst() : typed
        let folder = expanded.lastIndex(of: "/").map { String(expanded[...$0]) } ?? "./"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return typed }
        let entries = names.sorted().map { name -> (name: String, isFolder: Bool) in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + name, isDirectory: &isFolder)
            return (name, isFolder.boolValue)
        }
        return complete(typed, entries: entries)
    }
}
