import Foundation
import PaylinkCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the form's unfinished draft on disk so it can be offered back after a crash or quit.
public struct DraftStore: Sendable {
    /// The draft file (`draft.json` in the data directory).
    public let file: URL

    public init(file: URL) { self.file = file }
    public init(paths: AppPaths) { self.init(file: paths.draftFile) }

    /// Writes the draft atomically: a private temporary file renamed over the old one, so a crash leaves
    /// either the old draft or the new one, never half of one.
    public func save(_ draft: LinkDraft) throws(StoreError) {
        let directory = file.deletingLastPathComponent()
        try AppPaths.createPrivateDirectory(directory)
        let data: Data
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            data = try encoder.encode(draft)
        } catch {
            throw .io("The draft could not be written down: \(error)")
        }
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw .io("Could not write the draft to \(directory.path).")
        }
        guard rename(temporary.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io("Could not save the draft as \(file.path): \(reason)")
        }
    }

    /// The saved draft; nil when there is none or it cannot be read (a damaged draft is not worth an error).
    public func load() -> LinkDraft? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return try? JSONDecoder().decode(LinkDraft.self, from: data)
    }

    /// Removes the draft (after a successful create); no draft is not an error.
    public func clear() throws(StoreError) {
        guard unlink(file.path) == 0 || errno == ENOENT else {
            throw .io("Could not remove the draft \(file.path): \(String(cString: strerror(errno)))")
        }
    }
}
