import PaylinkCore

/// Why the config file or a profile could not be used, worded so a person can fix it.
public enum ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid YAML.
    case syntax(path: String, line: Int?, column: Int?, problem: String)
    /// A setting has the wrong kind of value.
    case invalidValue(path: String, line: Int?, setting: String, problem: String)
    /// The file holds a client secret and others may read it.
    case insecurePermissions(path: String, mode: Int)
    /// The profile asked for is not in the file.
    case unknownProfile(name: String, requestedBy: String, path: String, known: [String])
    /// The chosen profile lacks something it needs.
    case missingSetting(profile: String, setting: String, path: String, hint: String)
    /// `client_secret_command` could not produce a secret.
    case secretCommandFailed(profile: String, command: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "Could not read \(path): \(reason)"
        case .syntax(let path, let line, let column, let problem):
            return "\(path)\(Self.place(line: line, column: column)): \(problem)"
        case .invalidValue(let path, let line, let setting, let problem):
            return "\(path)\(Self.place(line: line, column: nil)): \(setting) \(problem)"
        case .insecurePermissions(let path, let mode):
            let octal = String(mode & 0o777, radix: 8)
            return "\(path) holds a client secret but other users can read it (mode \(octal)). "
                + "Make it private with: chmod 600 \(path)"
        case .unknownProfile(let name, let requestedBy, let path, let known):
            let list = known.isEmpty ? "it defines no profiles" : "it defines: \(known.joined(separator: ", "))"
            return "There is no profile named \"\(name)\" (asked for by \(requestedBy)) in \(path); \(list)."
        case .missingSetting(let profile, let setting, let path, let hint):
            return "Profile \"\(profile)\" has no \(setting) (\(path)). \(hint)"
        case .secretCommandFailed(let profile, let command, let reason):
            return "The client_secret_command of profile \"\(profile)\" (\(command)) \(reason)."
        }
    }

    private static func place(line: Int?, column: Int?) -> String {
        switch (line, column) {
        case (let line?, let column?): " line \(line), column \(column)"
        case (let line?, nil): " line \(line)"
        default: ""
        }
    }
}

extension ConfigError {
    /// The refusal in `language`; the refusals whose reasons come from elsewhere stay as `description` says them.
    public func text(language: UILanguage) -> String {
        switch self {
        case .insecurePermissions(let path, let mode):
            language.text(.command(.configInsecure(path: path, mode: String(mode & 0o777, radix: 8))))
        case .unknownProfile(let name, let requestedBy, let path, let known):
            language.text(.command(.configNoProfile(name: name, requestedBy: requestedBy, path: path, known: known)))
        default: description
        }
    }
}
