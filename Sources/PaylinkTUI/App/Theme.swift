import Foundation
import Yams

/// A colour as a theme names it: the terminal's default, a palette index, or an RGB value.
public enum ThemeColour: Sendable, Hashable {
    case terminalDefault
    case index(Int)
    case rgb(Int, Int, Int)

    static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    ]

    /// Parses "cyan", "bright-blue", "default", "208", "#0066cc"; nil when it is none of these.
    public init?(_ text: String) {
        let t = text.lowercased()
        if t == "default" || t == "none" { self = .terminalDefault; return }
        if let i = ThemeColour.names.firstIndex(of: t) { self = .index(i); return }
        for prefix in ["bright-", "bright_", "bright"] where t.hasPrefix(prefix) {
            if let i = ThemeColour.names.firstIndex(of: String(t.dropFirst(prefix.count))) { self = .index(i + 8); return }
        }
        if t == "gray" || t == "grey" { self = .index(8); return }
        if let n = Int(t), (0...255).contains(n) { self = .index(n); return }
        if t.hasPrefix("#"), t.count == 7, let v = Int(t.dropFirst(), radix: 16) {
            self = .rgb((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF)
            return
        }
        return nil
    }

    /// The curses colour number for a terminal with `colours` colours; -1 is the terminal's default.
    public func quantised(to colours: Int) -> Int {
        switch self {
        case .terminalDefault:
            return -1
        case .index(let n):
            if n < colours { return n }
            if colours >= 16 { return ThemeColour.nearest(ThemeColour.paletteRGB(n), among: 0..<16) }
            if n >= 8 && n < 16 { return n - 8 }
            return ThemeColour.nearest(ThemeColour.paletteRGB(n), among: 0..<8)
        case .rgb(let r, let g, let b):
            if colours >= 256 { return ThemeColour.nearest((r, g, b), among: 16..<256) }
            if colours >= 16 { return ThemeColour.nearest((r, g, b), among: 0..<16) }
            return ThemeColour.nearest((r, g, b), among: 0..<8)
        }
    }

    private static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The RGB value xterm gives palette entry `n`.
    static func paletteRGB(_ n: Int) -> (Int, Int, Int) {
        if n < 16 { return basic[max(0, n)] }
        if n >= 232 { let v = 8 + (n - 232) * 10; return (v, v, v) }
        let levels = [0, 95, 135, 175, 215, 255]
        let i = n - 16
        return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
    }

    private static func nearest(_ c: (Int, Int, Int), among range: Range<Int>) -> Int {
        var best = range.lowerBound
        var bestDistance = Int.max
        for n in range {
            let p = paletteRGB(n)
            let d = (p.0 - c.0) * (p.0 - c.0) * 3 + (p.1 - c.1) * (p.1 - c.1) * 4 + (p.2 - c.2) * (p.2 - c.2) * 2
            if d < bestDistance { bestDistance = d; best = n }
        }
        return best
    }
}

/// How one role looks: colours and attributes.
public struct RoleStyle: Sendable, Hashable {
    public var foreground: ThemeColour = .terminalDefault
    public var background: ThemeColour = .terminalDefault
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false

    public init(
        foreground: ThemeColour = .terminalDefault, background: ThemeColour = .terminalDefault,
        bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// Parses "white on #0066cc bold"; returns the word it could not read on failure.
    static func parse(_ text: String) -> Result<RoleStyle, MessageError> {
        var style = RoleStyle()
        var onBackground = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init) {
            switch word.lowercased() {
            case "on": onBackground = true
            case "bold": style.bold = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "dim": style.dim = true
            default:
                guard let colour = ThemeColour(word) else { return .failure(MessageError(word)) }
                if onBackground { style.background = colour } else { style.foreground = colour }
            }
        }
        return .success(style)
    }

    /// The same look without colours, keeping what shows on a monochrome screen.
    var colourless: RoleStyle {
        RoleStyle(bold: bold, underline: underline, reverse: reverse, dim: dim)
    }
}

/// A theme: a style per semantic role.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var roles: [StyleRole: RoleStyle]

    public func style(_ role: StyleRole) -> RoleStyle {
        if role == .qr { return RoleStyle(foreground: .index(0), background: .index(15)) }
        if role == .live, roles[.live] == nil {
            // As loud as the SANDBOX badge: the warning colour as the background.
            var style = roles[.warning] ?? RoleStyle()
            style.reverse = true
            style.bold = true
            return style
        }
        return roles[role] ?? roles[.text] ?? RoleStyle()
    }

    /// Used when no theme file can be read at all.
    public static let builtIn = Theme(name: "built-in", roles: [
        .text: RoleStyle(), .muted: RoleStyle(dim: true), .accent: RoleStyle(foreground: .index(6), bold: true),
        .focus: RoleStyle(reverse: true), .input: RoleStyle(underline: true), .error: RoleStyle(foreground: .index(1), bold: true),
        .warning: RoleStyle(foreground: .index(3), bold: true), .success: RoleStyle(foreground: .index(2), bold: true),
        .border: RoleStyle(dim: true), .badge: RoleStyle(reverse: true, dim: false), .surface: RoleStyle(),
        .sandbox: RoleStyle(foreground: .index(0), background: .index(3), bold: true), .title: RoleStyle(bold: true),
        .selection: RoleStyle(reverse: true), .key: RoleStyle(bold: true),
    ])

    /// The look with colour switched off: attributes only, with focus and errors kept visible.
    public var colourless: Theme {
        var roles = self.roles.mapValues(\.colourless)
        roles[.focus] = RoleStyle(reverse: true)
        roles[.selection] = RoleStyle(reverse: true)
        roles[.error] = RoleStyle(bold: true)
        roles[.input] = RoleStyle(underline: true)
        roles[.sandbox] = RoleStyle(bold: true, reverse: true)
        roles[.badge] = RoleStyle(bold: true, reverse: true)
        return Theme(name: name, roles: roles)
    }

    /// Reads a theme file's text; the error names the file and line.
    public static func parse(_ yaml: String, name: String, file: String) -> Result<Theme, ThemeError> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return .failure(ThemeError(file: file, line: ThemeError.line(of: error), message: ThemeError.problem(of: error)))
        } catch {
            return .failure(ThemeError(file: file, line: nil, message: "\(error)"))
        }
        guard let top = node?.mapping else {
            return .failure(ThemeError(file: file, line: node?.mark?.line, message: "expected `roles:` with one line per role"))
        }
        let rolesNode = top["roles"]?.mapping ?? top
        var theme = Theme.builtIn
        theme.name = name
        for (keyNode, valueNode) in rolesNode {
            guard let key = keyNode.string else { continue }
            if rolesNode == top, key == "name" || key == "description" { continue }
            guard let role = StyleRole(rawValue: key) else {
                let known = StyleRole.allCases.filter { $0 != .qr }.map(\.rawValue).joined(separator: ", ")
                return .failure(ThemeError(file: file, line: keyNode.mark?.line, message: "unknown role \"\(key)\" (roles: \(known))"))
            }
            guard let value = valueNode.scalar?.string else {
                return .failure(ThemeError(file: file, line: valueNode.mark?.line, message: "\(key): expected a style like \"white on blue bold\""))
            }
            switch RoleStyle.parse(value) {
            case .success(let style): theme.roles[role] = style
            case .failure(let bad):
                let word = bad.message
                return .failure(ThemeError(
                    file: file, line: valueNode.mark?.line,
                    message: "\(key): \"\(word)\" is not a colour (a name, 0–255 or \"#rrggbb\") or an attribute (bold, underline, reverse, dim)"))
            }
        }
        return .success(theme)
    }
}

/// A theme file that could not be used, with where and why.
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    public var description: String {
        if let line { return "theme \(file), line \(line): \(message)" }
        return "theme \(file): \(message)"
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}

/// Finds theme files: the user's folder first, then extra folders, then the themes shipped with paylink.
public struct ThemeCatalogue: Sendable {
    public var directories: [String]

    public init(
        environment: [String: String], extraDirectories: [String] = [],
        executableDirectory: String = Bundle.main.bundleURL.path
    ) {
        var dirs: [String] = []
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.config" }
        if let configHome { dirs.append(configHome + "/paylink/themes") }
        dirs += extraDirectories
        dirs += ThemeCatalogue.shippedDirectories(executableDirectory: executableDirectory)
        // The same folder named twice would be searched, and reported, twice.
        var seen = Set<String>()
        directories = dirs.filter { seen.insert($0).inserted }
    }

    /// Where the shipped theme files live: an installed `share/paylink/themes` beside the program's `bin`, the
    /// resource folder next to the program, or the source tree's `themes/`.
    static func shippedDirectories(executableDirectory: String) -> [String] {
        var dirs: [String] = []
        let exeDir = executableDirectory
        dirs.append(URL(fileURLWithPath: exeDir).deletingLastPathComponent().path + "/share/paylink/themes")
        dirs.append(exeDir + "/paylink_PaylinkTUI.resources/Themes")
        dirs.append(exeDir + "/paylink_PaylinkTUI.resources")
        // A source checkout: <repo>/.build/<triple>/debug/paylink → <repo>/themes.
        var url = URL(fileURLWithPath: exeDir)
        for _ in 0..<4 {
            url.deleteLastPathComponent()
            dirs.append(url.path + "/themes")
        }
        return dirs
    }

    /// Names of every theme found.
    public func names() -> [String] {
        var names = Set<String>()
        for dir in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for f in files where f.hasSuffix(".yaml") || f.hasSuffix(".yml") {
                names.insert(String(f.prefix(upTo: f.lastIndex(of: ".") ?? f.endIndex)))
            }
        }
        return names.sorted()
    }

    /// The named theme (default: "default"); on any problem the default theme and a message naming the file and line.
    public func load(_ requested: String?) -> (theme: Theme, problem: String?) {
        let name = requested ?? "default"
        var problem: String?
        if let path = find(name) {
            switch read(path, name: name) {
            case .success(let theme): return (theme, nil)
            case .failure(let error): problem = error.description + "; using the default theme"
            }
        } else if requested != nil {
            problem = "theme \"\(name)\" not found (looked in \(directories.joined(separator: ", "))); using the default theme"
        }
        if name != "default", let path = find("default"), case .success(let theme) = read(path, name: "default") {
            return (theme, problem)
        }
        return (Theme.builtIn, problem)
    }

    private func find(_ name: String) -> String? {
        guard !name.contains("/") else { return FileManager.default.fileExists(atPath: name) ? name : nil }
        for dir in directories {
            for ext in ["yaml", "yml"] {
                let path = "\(dir)/\(name).\(ext)"
                if FileManager.default.fileExists(atPath: path) { return path }
            }
        }
        return nil
    }

    private func read(_ path: String, name: String) -> Result<Theme, ThemeError> {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return .failure(ThemeError(file: path, line: nil, message: "cannot be read as UTF-8 text"))
        }
        return Theme.parse(text, name: name, file: path)
    }
}
