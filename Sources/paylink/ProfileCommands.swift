import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// One profile as `paylink profiles` shows it; never holds a secret.
struct ProfileSummary: Encodable {
    var name: String
    /// nil for the built-in sandbox.
    var baseURL: String?
    var clientID: String?
    /// "sandbox" or "live".
    var kind: String
    var current: Bool
    var operatorName: String?

    enum CodingKeys: String, CodingKey {
        case name, baseURL = "base_url", clientID = "client_id", kind, current, operatorName = "operator"
    }

    static func kind(live: Bool) -> String { live ? "live" : "sandbox" }
}

/// `paylink profiles`: the profiles of config.yaml, the current one marked.
struct ProfilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles", abstract: "List the profiles of config.yaml (never a secret); * marks the current one.")

    @OptionGroup var profileOptions: ProfileOptions

    @Flag(help: "Print the profiles as JSON.")
    var json = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let config: Config
        do {
            config = try ConfigLoader.load(paths: AppPaths.current(environment: environment), environment: environment)
        } catch {
            throw CommandFailure(.invalidInput, "paylink: \(error)")
        }
        let rows = Self.summaries(config, named: profileOptions.profile)
        if json {
            printJSON(rows)
            return
        }
        let table = [["", "NAME", "KIND", "CLIENT", "API"]] + rows.map {
            [$0.current ? "*" : "", $0.name, $0.kind, $0.clientID ?? "-", $0.baseURL ?? "built-in"]
        }
        let widths = (0..<5).map { column in table.map { $0[column].count }.max() ?? 0 }
        for row in table {
            let cells = row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            printOut(TerminalText.sanitize(String(cells.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())))
        }
    }

    /// Every profile of the file, plus the built-in sandbox when the file does not define one.
    static func summaries(_ config: Config, named explicit: String?) -> [ProfileSummary] {
        let current = config.chosenProfile(named: explicit)?.name
            ?? (config.environment["PAYLINK_BASE_URL"].map { !$0.isEmpty } == true ? "environment" : ResolvedProfile.sandboxName)
        var rows = config.file.profiles.sorted { $0.key < $1.key }.map { name, settings in
            ProfileSummary(
                name: name, baseURL: settings.baseURL, clientID: settings.clientID,
                kind: ProfileSummary.kind(live: ResolvedProfile.isLive(settings.baseURL.flatMap(URL.init(string:)))),
                current: name == current, operatorName: settings.operatorName)
        }
        if config.file.profiles[ResolvedProfile.sandboxName] == nil {
            let sandbox = ResolvedProfile.builtInSandbox
            rows.append(ProfileSummary(
                name: sandbox.name, baseURL: nil, clientID: sandbox.clientID, kind: ProfileSummary.kind(live: false),
                current: current == sandbox.name, operatorName: nil))
        }
        return rows
    }
}

/// What `paylink whoami --json` prints.
struct Identity: Encodable {
    var profile: String
    var baseURL: String
    var clientID: String
    var projectID: String?
    var kind: String
    var operatorName: String
    var tokenExpiresAt: Int?

    enum CodingKeys: String, CodingKey {
        case profile, baseURL = "base_url", clientID = "client_id", projectID = "project_id", kind
        case operatorName = "operator", tokenExpiresAt = "token_expires_at"
    }
}

/// `paylink whoami`: fetches a token with the current profile's credentials and says whose they are.
struct WhoamiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Check the current profile's credentials with the API and name the profile, client and project.")

    @OptionGroup var profileOptions: ProfileOptions

    @Flag(help: "Print the answer as JSON.")
    var json = false

    func run() async throws {
        let context = try await AppContext.make(profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage)
        let result: Result<String, CheckoutError>
        do { result = .success(try await context.client.token()) } catch { result = .failure(error) }
        await context.shutdown()
        let token: String
        switch result {
        case .success(let value): token = value
        case .failure(let error):
            throw CommandFailure(
                error.isRefused ? .refused : .failure,
                "paylink: profile \(context.profile.name) could not sign in at \(context.baseURL.absoluteString): "
                    + TerminalText.sanitize(error.description))
        }
        let claims = TokenClaims(token: token)
        let identity = Identity(
            profile: context.profile.name, baseURL: context.baseURL.absoluteString, clientID: context.profile.clientID,
            projectID: claims?.projectID, kind: ProfileSummary.kind(live: context.profile.isLive),
            operatorName: context.creator, tokenExpiresAt: claims?.expiresAt)
        if json {
            printJSON(identity)
            return
        }
        let lines: [(String, String)] = [
            ("Profile", "\(identity.profile) (\(identity.kind))"), ("API", identity.baseURL), ("Client", identity.clientID),
            ("Project", identity.projectID ?? "not named in the token"), ("Operator", identity.operatorName),
        ]
        for (label, value) in lines {
            printOut("\(label.padding(toLength: 10, withPad: " ", startingAt: 0))\(TerminalText.sanitize(value))")
        }
    }
}
