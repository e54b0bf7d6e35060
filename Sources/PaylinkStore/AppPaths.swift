import Foundation

/// Where paylink keeps its files, following the XDG base directories.
public struct AppPaths: Sendable, Hashable {
    /// `$XDG_CONFIG_HOME/paylink`, or `~/.config/paylink`.
    public var configDirectory: URL
    /// `$PAYLINK_DATA_DIR`, or `$XDG_DATA_HOME/paylink`, or `~/.local/share/paylink`.
    public var dataDirectory: URL

    public init(configDirectory: URL, dataDirectory: URL) {
        self.configDirectory = configDirectory
        self.dataDirectory = dataDirectory
    }

    /// Paths from an environment and a home directory; relative XDG values are ignored, as the XDG spec says.
    public init(environment: [String: String], home: URL) {
        func absolute(_ name: String) -> URL? {
            guard let value = environment[name], value.hasPrefix("/") else { return nil }
            return URL(fileURLWithPath: value, isDirectory: true)
        }
        let configHome = absolute("XDG_CONFIG_HOME") ?? home.appendingPathComponent(".config", isDirectory: true)
        let dataHome = absolute("XDG_DATA_HOME")
            ?? home.appendingPathComponent(".local", isDirectory: true).appendingPathComponent("share", isDirectory: true)
        configDirectory = configHome.appendingPathComponent("paylink", isDirectory: true)
        if let explicit = environment["PAYLINK_DATA_DIR"], !explicit.isEmpty {
            // PAYLINK_DATA_DIR may be relative (scripts, tests): resolve it against the working directory.
            dataDirectory = URL(fileURLWithPath: explicit, isDirectory: true).standardizedFileURL
        } else {
            dataDirectory = dataHome.appendingPathComponent("paylink", isDirectory: true)
        }
    }

    /// Paths of the running process: its environment and the user's home directory.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> AppPaths {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return AppPaths(environment: environment, home: home)
    }

    /// `config.yaml` in the config directory.
    public var configFile: URL { configDirectory.appendingPathComponent("config.yaml") }
    /// The link history database.
    public var historyFile: URL { dataDirectory.appendingPathComponent("history.sqlite") }
    /// The form's saved draft.
    public var draftFile: URL { dataDirectory.appendingPathComponent("draft.json") }
    /// Where the built-in sandbox keeps its state.
    public var sandboxDirectory: URL { dataDirectory.appendingPathComponent("sandbox", isDirectory: true) }

    /// Creates the config and data directories (owner-only, 0700) when they are missing.
    public func createDirectories() throws(StoreError) {
        try Self.createPrivateDirectory(configDirectory)
        try Self.createPrivateDirectory(dataDirectory)
    }

    /// Creates the data directory only (the config directory is the person's to make).
    public func createDataDirectory() throws(StoreError) {
        try Self.createPrivateDirectory(dataDirectory)
    }

    static func createPrivateDirectory(_ url: URL) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.io("Could not create the folder \(url.path): \(error.localizedDescription)")
        }
    }
}

/// A failure of the on-disk store, with a sentence a person can act on.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A file or folder could not be read or written.
    case io(String)
    /// The history database refused an operation.
    case database(String)
    /// No attempt with this local id exists.
    case noSuchAttempt(Int64)

    public var description: String {
        switch self {
        case .io(let message), .database(let message): message
        case .noSuchAttempt(let id): "No link attempt with local id \(id) in the history."
        }
    }
}
