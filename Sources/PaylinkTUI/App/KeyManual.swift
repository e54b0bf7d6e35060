import PaylinkCore

/// The key table written as the KEYS section of the manual page (mdoc), so the page never lists keys by hand.
extension KeyTable {
    public func manualSection(language: UILanguage = .en) -> String {
        var lines = [
            ".Sh KEYS",
            language.text(.ui(.manualKeysBefore)),
            ".Pq Sy F1",
            language.text(.ui(.manualKeysMiddle)),
            ".Sy keys:",
            language.text(.ui(.manualKeysAfter)),
        ]
        for context in KeyContext.allCases {
            let rows = bindings.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            lines += [".Ss \(Self.escaped(context.title(in: language)))", ".Bl -tag -width Ds"]
            for row in rows {
                let keys = row.keys.map { "\\&" + Self.escaped($0.manualName) }.joined(separator: " , ")
                lines += [".It Sy \(keys)", "\(Self.escaped(row.help(in: language))) [\(row.action.rawValue)]"]
            }
            lines.append(".El")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe in an mdoc line: no leading dot or quote, no backslash taken as an escape.
    static func escaped(_ text: String) -> String {
        let safe = text.replacingOccurrences(of: "\\", with: "\\e")
        return safe.first == "." || safe.first == "'" ? "\\&" + safe : safe
    }
}

extension Key {
    /// The key's name in plain ASCII, for the manual page (the screen uses arrows).
    var manualName: String {
        switch self {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        default: label
        }
    }
}
