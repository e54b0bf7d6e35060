import Foundation

/// The Paysera project a profile works in, which decides the history rows it shows.
///
/// A link belongs to the project it was made or synced in. The project id comes from an access token's claims;
/// until one was read, the project is named by the API's address and the client id, which survive renaming a
/// profile and are the same for two profiles with the same credentials.
public struct HistoryProject: Sendable, Hashable {
    /// The API's address (lower-case scheme and host, no trailing slash), or "built-in sandbox".
    public var apiAddress: String
    public var clientID: String
    /// The profile's name: rows stored before projects were recorded name only their profile.
    public var profile: String

    public init(baseURL: URL?, clientID: String, profile: String) {
        self.apiAddress = baseURL.map(Self.normalised) ?? "built-in sandbox"
        self.clientID = clientID
        self.profile = profile
    }

    /// The project of a resolved profile.
    public init(_ profile: ResolvedProfile) {
        self.init(baseURL: profile.baseURL, clientID: profile.clientID, profile: profile.name)
    }

    /// The rows' key while no token has named the project.
    public var clientKey: String { "client \(clientID) at \(apiAddress)" }

    /// The rows' key once a token named the project.
    public static func key(projectID: String) -> String { "project \(projectID)" }

    /// The key of rows stored without a known project (before projects were recorded): their profile's name.
    public static func key(profile: String) -> String { "profile \(profile)" }

    private static func normalised(_ url: URL) -> String {
        var text = url.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        guard let scheme = url.scheme, let host = url.host, let range = text.range(of: host) else { return text }
        // Scheme and host are case-insensitive; the path is kept as written.
        return scheme.lowercased() + "://" + host.lowercased() + text[range.upperBound...]
    }
}

extension Config {
    /// The project of the profile a run would use, found without reading any secret (for the history alone).
    public func historyProject(named explicit: String? = nil) throws(ConfigError) -> HistoryProject {
        let baseURLOverride = Self.nonEmpty(environment["PAYLINK_BASE_URL"])
        let clientOverride = Self.nonEmpty(environment["PAYSERA_CLIENT_ID"])
        let name: String
        let settings: ProfileConfig
        if let choice = chosenProfile(named: explicit) {
            if let found = file.profiles[choice.name] {
                settings = found
            } else if choice.name == ResolvedProfile.sandboxName {
                settings = ProfileConfig()
            } else {
                throw .unknownProfile(
                    name: choice.name, requestedBy: choice.requestedBy, path: path, known: file.profiles.keys.sorted())
            }
            name = choice.name
        } else {
            name = "environment"
            settings = ProfileConfig()
        }
        let address = baseURLOverride ?? Self.nonEmpty(settings.baseURL)
        guard let address else { return HistoryProject(ResolvedProfile.builtInSandbox) }
        return HistoryProject(
            baseURL: URL(string: address), clientID: clientOverride ?? Self.nonEmpty(settings.clientID) ?? "", profile: name)
    }
}
