import Foundation
import PaylinkCore
import Yams

/// Reads `config.yaml`, checks its permissions and reports settings it does not know.
public enum ConfigLoader {
    /// Loads the config file of `paths`; a missing file is an empty configuration, not an error.
    public static func load(
        paths: AppPaths, environment: [String: String],
        secretCommand: @escaping SecretCommand.Runner = SecretCommand.shell
    ) throws(ConfigError) -> Config {
        let url = paths.configFile
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            return Config(file: ConfigFile(), path: path, exists: false, warnings: [], environment: environment,
                          secretCommand: secretCommand)
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        // Checked before parsing, so a broken file with a secret in it is refused too.
        if mentionsSecret(text), let mode = permissions(of: path), mode & 0o077 != 0 {
            throw .insecurePermissions(path: path, mode: mode)
        }
        let (file, warnings) = try parse(text, path: path)
        if file.holdsSecret, let mode = permissions(of: path), mode & 0o077 != 0 {
            throw .insecurePermissions(path: path, mode: mode)
        }
        return Config(file: file, path: path, exists: true, warnings: warnings, environment: environment,
                      secretCommand: secretCommand)
    }

    /// Parses config text; `path` names the file in messages. Unknown settings come back as warnings.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> (ConfigFile, warnings: [ConfigWarning]) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, path: path)
        } catch {
            throw .syntax(path: path, line: nil, column: nil, problem: .notYAML)
        }
        guard let node else { return (ConfigFile(), []) }
        guard node.mapping != nil else {
            throw .invalidValue(path: path, line: node.mark?.line, setting: ConfigError.wholeFile,
                                problem: .notSettingsList)
        }
        let file: ConfigFile
        do {
            file = try YAMLDecoder().decode(ConfigFile.self, from: node)
        } catch let error as DecodingError {
            throw decodingError(error, root: node, path: path)
        } catch let error as YamlError {
            throw syntaxError(error, path: path)
        } catch {
            throw .syntax(path: path, line: nil, column: nil, problem: .notSettings)
        }
        return (file, unknownSettings(in: node))
    }

    static func mentionsSecret(_ text: String) -> Bool {
        text.range(of: #"client_secret["']?\s*:"#, options: .regularExpression) != nil
    }

    static func permissions(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mode) & 0o7777
    }

    /// Yams messages quote the offending line; that line may hold a secret, so only the problem and place are kept.
    static func syntaxError(_ error: YamlError, path: String) -> ConfigError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let problemText = context.map { "\(problem) (\($0.text))" } ?? problem
            return .syntax(path: path, line: mark.line, column: mark.column, problem: .yaml(problemText))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .syntax(path: path, line: context.mark.line, column: context.mark.column,
                           problem: .settingTwice(duplicates.joined(separator: ", ")))
        case .reader(let problem, _, _, _):
            return .syntax(path: path, line: nil, column: nil, problem: .yaml(problem))
        default:
            return .syntax(path: path, line: nil, column: nil, problem: .notYAML)
        }
    }

    static func decodingError(_ error: DecodingError, root: Node, path: String) -> ConfigError {
        let (codingPath, problem): ([CodingKey], ConfigProblem) = switch error {
        case .typeMismatch(let type, let context):
            (context.codingPath, .shouldBe(kind(of: type)))
        case .valueNotFound(let type, let context):
            (context.codingPath, .shouldNotBeEmpty(kind(of: type)))
        case .keyNotFound(let key, let context):
            (context.codingPath + [key], .missing)
        case .dataCorrupted(let context):
            (context.codingPath, .unreadableValue)
        @unknown default:
            ([], .unreadable)
        }
        let setting = codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        return .invalidValue(path: path, line: line(of: codingPath, in: root), setting: setting.isEmpty ? ConfigError.wholeFile : setting,
                             problem: problem)
    }

    private static func kind(of type: Any.Type) -> ConfigValueKind {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return .list }
        if name.hasPrefix("Dictionary") || name.hasSuffix("Config") || name.hasSuffix("File") { return .group }
        return .text
    }

    /// The line of the deepest node that `codingPath` reaches.
    private static func line(of codingPath: [CodingKey], in root: Node) -> Int? {
        var node = root
        var line = root.mark?.line
        for key in codingPath {
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                node = sequence[index]
            } else if let mapping = node.mapping,
                      let pair = mapping.first(where: { $0.key.string == key.stringValue }) {
                node = pair.value
                line = pair.key.mark?.line ?? line
                continue
            } else {
                break
            }
            line = node.mark?.line ?? line
        }
        return line
    }

    /// Settings the program does not know, with their lines; they are ignored, not fatal.
    static func unknownSettings(in root: Node) -> [ConfigWarning] {
        var warnings: [ConfigWarning] = []
        let topKeys = Set(ConfigFile.CodingKeys.allCases.map(\.rawValue))
        let profileKeys = Set(ProfileConfig.CodingKeys.allCases.map(\.rawValue))
        func check(_ mapping: Node.Mapping, known: Set<String>, prefix: String) {
            for (key, _) in mapping {
                let name = key.string ?? "?"
                guard !known.contains(name) else { continue }
                let close = known.first(where: { isNearMiss(name, $0) })
                warnings.append(ConfigWarning(line: key.mark?.line, setting: prefix + name, suggestion: close.map { prefix + $0 }))
            }
        }
        guard let top = root.mapping else { return [] }
        check(top, known: topKeys, prefix: "")
        if let profiles = top.first(where: { $0.key.string == "profiles" })?.value.mapping {
            for (name, profile) in profiles {
                if let settings = profile.mapping {
                    check(settings, known: profileKeys, prefix: "profiles.\(name.string ?? "?").")
                }
            }
        }
        return warnings
    }

    /// Same letters give or take one edit: catches `clinet_id`, `base-url`, `default_profil`.
    private static func isNearMiss(_ a: String, _ b: String) -> Bool {
        let a = Array(a.lowercased().replacingOccurrences(of: "-", with: "_"))
        let b = Array(b)
        if a == b { return true }
        guard abs(a.count - b.count) <= 2 else { return false }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return (previous.last ?? 99) <= 2
    }
}
