import PaylinkCore

/// Why the config file or a profile could not be used, worded so a person can fix it.
public enum ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid YAML.
    case syntax(path: String, line: Int?, column: Int?, problem: ConfigProblem)
    /// A setting has the wrong kind of value; `setting` is `ConfigError.wholeFile` when the file as a whole is wrong.
    case invalidValue(path: String, line: Int?, setting: String, problem: ConfigProblem)
    /// The file holds a client secret and others may read it.
    case insecurePermissions(path: String, mode: Int)
    /// The profile asked for is not in the file.
    case unknownProfile(name: String, requestedBy: String, path: String, known: [String])
    /// The chosen profile lacks something it needs.
    case missingSetting(profile: String, setting: ConfigNeed, path: String)
    /// `client_secret_command` could not produce a secret.
    case secretCommandFailed(profile: String, command: String, reason: SecretCommandProblem)

    /// The name `invalidValue` gives the file as a whole.
    public static let wholeFile = "the file"

    public var description: String { text(language: .en) }

    /// The refusal in `language`; the YAML reader's, the system's and the secret command's own words stay as they came.
    public func text(language: UILanguage) -> String {
        switch self {
        case .unreadable(let path, let reason):
            language.text(.notice(.configUnreadable(path: path, reason: reason)))
        case .syntax(let path, let line, let column, let problem):
            language.text(.notice(.configProblem(path: path, line: line, column: column, subject: .none, problem: problem)))
        case .invalidValue(let path, let line, let setting, let problem):
            language.text(.notice(.configProblem(
                path: path, line: line, column: nil, subject: setting == Self.wholeFile ? .file : .setting(setting), problem: problem)))
        case .insecurePermissions(let path, let mode):
            language.text(.command(.configInsecure(path: path, mode: String(mode & 0o777, radix: 8))))
        case .unknownProfile(let name, let requestedBy, let path, let known):
            language.text(.command(.configNoProfile(name: name, requestedBy: requestedBy, path: path, known: known)))
        case .missingSetting(let profile, let setting, let path):
            language.text(.notice(.configMissing(profile: profile, setting: setting, path: path)))
        case .secretCommandFailed(let profile, let command, let reason):
            language.text(.notice(.configSecretCommand(profile: profile, command: command, reason: reason)))
        }
    }
}

/// A setting of the config file the program does not know; it is ignored.
public struct ConfigWarning: Sendable, Hashable, CustomStringConvertible {
    public var line: Int?
    /// The setting's dotted name (`profiles.shop.clinet_id`).
    public var setting: String
    /// The known setting it is one edit away from.
    public var suggestion: String?

    public var description: String { text(language: .en) }

    /// The warning in `language`.
    public func text(language: UILanguage) -> String {
        language.text(.notice(.configUnknownSetting(line: line, setting: setting, suggestion: suggestion)))
    }
}
