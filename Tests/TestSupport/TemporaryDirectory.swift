import Foundation

/// A fresh folder under the system's temporary directory, removed when the test lets go of it.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    /// A new folder whose name starts with `prefix`.
    public init(prefix: String = "paylink-tests") throws {
        url = Self.uniqueURL(prefix: prefix)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    public var path: String { url.path }

    public func appending(_ component: String) -> URL { url.appendingPathComponent(component) }

    /// A path under the temporary directory that nothing uses yet (not created), for what a test keeps itself.
    public static func uniqueURL(prefix: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
    }
}
