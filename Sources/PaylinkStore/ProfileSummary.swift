import Foundation
import PaylinkCore

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

    /// The profiles as `paylink profiles` prints them in `language`: a header, then a row each, * marking the current one.
    public static func table(_ rows: [ProfileSummary], language: UILanguage = .en) -> [String] {
        let header = [""] + ProfilesColumn.allCases.map { language.text(.notice(.profilesColumn($0))) }
        let table = [header] + rows.map {
            [$0.current ? "*" : "", $0.name, language.profileKind($0.kind), $0.clientID ?? "-", $0.baseURL ?? language.text(.notice(.builtIn))]
        }
        let widths = (0..<5).map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { row in
            let cells = row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            return TerminalText.sanitize(String(cells.joined(separator: "  ").reversed().drop { $0 == " " }.reversed()))
        }
    }
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
