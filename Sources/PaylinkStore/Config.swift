import Foundation
import PaylinkCore

/// The loaded configuration plus the environment, able to pick and complete a profile.
public struct Config: Sendable {
    /// What the file says (empty when there is no file).
    public var file: ConfigFile
    /// Where the file is (or would be).
    public var path: String
    /// Whether the file exists.
    public var exists: Bool
    /// Settings the program does not know, with their lines; they were ignored.
    public var warnings: [ConfigWarning]
    /// The environment the overrides come from.
    public var environment: [String: String]
    /// Runs `client_secret_command`.
    public var secretCommand: SecretCommand.Runner

    public init(
        file: ConfigFile, path: String, exists: Bool = true, warnings: [ConfigWarning] = [],
        environment: [String: String] = [:], secretCommand: @escaping SecretCommand.Runner = SecretCommand.shell
    ) {
        self.file = file
        self.path = path
        self.exists = exists
        self.warnings = warnings
        self.environment = environment
        self.secretCommand = secretCommand
    }

    /// Theme name from the file, if any.
    public var theme: String? { file.theme }
    /// `ui_language:` as written, if any.
    public var uiLanguage: String? { file.uiLanguage }
    /// Key remapping from the file: action id → keys.
    public var keys: [String: [String]] { file.keys }

    /// Picks the profile (`named` from `--profile` > `PAYLINK_PROFILE` > `default_profile` > the only one),
    /// applies `PAYLINK_BASE_URL`, `PAYSERA_CLIENT_ID`, `PAYSERA_CLIENT_SECRET`, and fetches the secret.
    /// With no profile and no `PAYLINK_BASE_URL` the answer is the built-in sandbox.
    public func resolveProfile(named explicit: String? = nil) throws(ConfigError) -> ResolvedProfile {
        let choice = chosenProfile(named: explicit)
        let baseURLOverride = Self.nonEmpty(environment["PAYLINK_BASE_URL"])

        guard let choice else {
            guard baseURLOverride != nil else { return .builtInSandbox }
            return try complete(name: "environment", settings: ProfileConfig())
        }
        if let settings = file.profiles[choice.name] {
            return try complete(name: choice.name, settings: settings)
        }
        if choice.name == ResolvedProfile.sandboxName {
            guard baseURLOverride != nil else { return .builtInSandbox }
            return try complete(name: choice.name, settings: ProfileConfig())
        }
        throw .unknownProfile(name: choice.name, requestedBy: choice.requestedBy, path: path,
                              known: file.profiles.keys.sorted())
    }

    /// The profile's name a run would use and what asked for it, without reading any secret; nil: none named.
    public func chosenProfile(named explicit: String? = nil) -> (name: String, requestedBy: String)? {
        let choice: (name: String, requestedBy: String)?
        if let name = Self.nonEmpty(explicit) {
            choice = (name, "--profile")
        } else if let name = Self.nonEmpty(environment["PAYLINK_PROFILE"]) {
            choice = (name, "PAYLINK_PROFILE")
        } else if let name = Self.nonEmpty(file.defaultProfile) {
            choice = (name, "default_profile")
        } else if file.profiles.count == 1, let only = file.profiles.keys.first {
            choice = (only, "the only profile")
        } else {
            choice = nil
        }
        return choice
    }

    private func complete(name: String, settings: ProfileConfig) throws(ConfigError) -> ResolvedProfile {
        guard let urlText = Self.nonEmpty(environment["PAYLINK_BASE_URL"]) ?? Self.nonEmpty(settings.baseURL) else {
            throw .missingSetting(profile: name, setting: .baseURL, path: path)
        }
        guard let url = URL(string: urlText), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else {
            throw .invalidValue(path: path, line: nil, setting: "profiles.\(name).base_url",
                                problem: .notWebAddress)
        }
        guard let clientID = Self.nonEmpty(environment["PAYSERA_CLIENT_ID"]) ?? Self.nonEmpty(settings.clientID) else {
            throw .missingSetting(profile: name, setting: .clientID, path: path)
        }
        let secret: Secret
        if let fromEnvironment = Self.nonEmpty(environment["PAYSERA_CLIENT_SECRET"]) {
            secret = Secret(fromEnvironment)
        } else if settings.clientSecret != nil, settings.clientSecretCommand != nil {
            throw .invalidValue(path: path, line: nil, setting: "profiles.\(name)",
                                problem: .bothSecrets)
        } else if let written = settings.clientSecret, !written.isEmpty {
            secret = written
        } else if let command = Self.nonEmpty(settings.clientSecretCommand) {
            do {
                secret = try secretCommand(command, environment)
            } catch {
                throw .secretCommandFailed(profile: name, command: command, reason: error.reason)
            }
        } else {
            throw .missingSetting(profile: name, setting: .clientSecret, path: path)
        }
        var defaults = ProfileDefaults(
            currency: Self.nonEmpty(settings.defaultCurrency)?.uppercased(),
            language: Self.nonEmpty(settings.defaultLanguage)?.lowercased(),
            country: Self.nonEmpty(settings.defaultCountry)?.uppercased())
        defaults.successURL = Self.nonEmpty(settings.defaultSuccessURL)
        defaults.failureURL = Self.nonEmpty(settings.defaultFailureURL)
        defaults.cancelURL = Self.nonEmpty(settings.defaultCancelURL)
        defaults.callbackURL = Self.nonEmpty(settings.defaultCallbackURL)
        var resolved = ResolvedProfile(name: name, baseURL: url, clientID: clientID, clientSecret: secret, defaults: defaults)
        resolved.operatorName = Self.nonEmpty(settings.operatorName)
        return resolved
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

/// Values a profile pre-fills in a new link form.
public struct ProfileDefaults: Sendable, Hashable, Codable {
    public var currency: String?
    public var language: String?
    public var country: String?
    /// A new order's addresses (`redirect_urls.*`); checked by the field rules when a link is made.
    public var successURL: String?
    public var failureURL: String?
    public var cancelURL: String?
    public var callbackURL: String?

    public init(currency: String? = nil, language: String? = nil, country: String? = nil) {
        self.currency = currency
        self.language = language
        self.country = country
    }
}

/// The profile a run uses: where the API is, the credentials, and form defaults.
public struct ResolvedProfile: Sendable, Hashable, CustomStringConvertible {
    /// The profile's name; history rows are tagged with it.
    public var name: String
    /// The API's address; nil for the built-in sandbox, whose address is known only once it runs.
    public var baseURL: URL?
    public var clientID: String
    public var clientSecret: Secret
    public var defaults: ProfileDefaults
    /// The profile's `operator:` setting, if any (see `creator(environment:hostName:)`).
    public var operatorName: String?

    public init(name: String, baseURL: URL?, clientID: String, clientSecret: Secret, defaults: ProfileDefaults = .init()) {
        self.name = name
        self.baseURL = baseURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.defaults = defaults
    }

    /// Name of the built-in sandbox profile.
    public static let sandboxName = "sandbox"

    /// The built-in sandbox with its documented credentials (`sandbox` / `sandbox-secret`).
    public static let builtInSandbox = ResolvedProfile(
        name: sandboxName, baseURL: nil, clientID: "sandbox", clientSecret: Secret("sandbox-secret"))

    /// Whether the program must serve the built-in sandbox for this profile.
    public var isBuiltInSandbox: Bool { baseURL == nil }

    public var description: String {
        "profile \(name) (\(baseURL?.absoluteString ?? "built-in sandbox"), client \(clientID), secret \(Secret.redacted))"
    }
}
