import Foundation

/// A run of cells on one row that a terminal should treat as a link (OSC 8), so a click or
/// "copy link" gives the whole URL even when it is wrapped over several rows.
public struct Hyperlink: Sendable, Hashable {
    /// The target, already checked by `Hyperlink.target(_:)`.
    public var url: String
    public var row: Int
    public var col: Int
    public var width: Int

    public init(url: String, row: Int, col: Int, width: Int) {
        self.url = url
        self.row = row
        self.col = col
        self.width = width
    }

    /// The URL as it may travel inside OSC 8: http(s) only, printable ASCII only (anything else
    /// percent-encoded), so no byte of it can end the sequence or start another.
    public static func target(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        var out = ""
        for byte in url.utf8 {
            if byte > 0x20, byte < 0x7F {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out.count <= 2048 ? out : nil
    }

    /// Whether to send OSC 8 links: `PAYLINK_HYPERLINKS=always|never|auto` (default auto). Auto
    /// sends them only to terminals known to understand them, and not through tmux or screen,
    /// whose older versions drop them.
    public static func enabled(environment env: [String: String]) -> Bool {
        switch env["PAYLINK_HYPERLINKS"]?.lowercased() {
        case "always", "1", "yes", "on": return true
        case "never", "0", "no", "off": return false
        default: break
        }
        let term = env["TERM"] ?? ""
        if env["TMUX"] != nil || env["STY"] != nil || term.hasPrefix("screen") || term.hasPrefix("tmux") || term == "dumb" || term == "linux" {
            return false
        }
        let programs: Set<String> = ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper", "Tabby", "rio", "WarpTerminal"]
        if let program = env["TERM_PROGRAM"], programs.contains(program) { return true }
        if let vte = env["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
        if env["KITTY_WINDOW_ID"] != nil || env["WT_SESSION"] != nil || env["KONSOLE_VERSION"] != nil { return true }
        return ["xterm-kitty", "foot", "foot-extra", "alacritty", "wezterm", "xterm-ghostty", "contour"].contains(term)
    }
}
