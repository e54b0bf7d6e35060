import Foundation

/// One profile as `paylink profiles` shows it; never holds a secret.
public struct ProfileSummary: Encodable, Sendable {
    public var name: String
    /// nil for the built-in sandbox.
    public var baseURL: String?
    public var clientID: String?
    /// "sandbox" or "live".
    public var kind: String
    public var current: Bool
    public var operatorName: String?

    enum CodingKeys: String, CodingKey {
        case name, baseURL = "base_url", clientID = "client_id", kind, current, operatorName = "operator"
    }

    public static func kind(live: Bool) -> String { live ? "live" : "sandbox" }
}

extension Config {
    /// Every profile of the file, plus the built-in sandbox when the file does not define one.
    public func profileSummaries(named explicit: String?) -> [ProfileSummary] {
        let current = chosenProfile(named: explicit)?.name
            ?? (environment["PAYLINK_BASE_URL"].map { !$0.isEmpty } == true ? "environment" : ResolvedProfile.sandboxName)
        var rows = file.profiles.sorted { $0.key < $1.key }.map { name, settings in
            ProfileSummary(
                name: name, baseURL: settings.baseURL, clientID: settings.clientID,
                kind: ProfileSummary.kind(live: ResolvedProfile.isLive(settings.baseURL.flatMap(URL.init(string:)))),
                current: name == current, operatorName: settings.operatorName)
        }
        if file.profiles[ResolvedProfile.sandboxName] == nil {
            let sandbox = ResolvedProfile.builtInSandbox
            rows.append(ProfileSummary(
                name: sandbox.name, baseURL: nil, clientID: sandbox.clientID, kind: ProfileSummary.kind(live: false),
                current: current == sandbox.name, operatorName: nil))
        }
        return rows
    }
}
