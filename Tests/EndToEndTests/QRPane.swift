import Foundation

/// Turns a captured pane's half-block QR code back into an image and reads it with a real decoder (zbarimg).
enum QRPane {
    /// Each cell is one dot wide and two dots tall; every dot becomes `zoom`×`zoom` pixels of a greyscale image.
    static func image(from screen: String, rows: Int, zoom: Int = 6) -> (width: Int, height: Int, pixels: [UInt8]) {
        let lines = screen.components(separatedBy: "\n").prefix(rows).map { Array($0) }
        let columns = lines.map(\.count).max() ?? 0
        var dots: [[Bool]] = []
        for line in lines {
            var top: [Bool] = []
            var bottom: [Bool] = []
            for c in 0..<columns {
                let ch = c < line.count ? line[c] : " "
                top.append(ch == "█" || ch == "▀")
                bottom.append(ch == "█" || ch == "▄")
            }
            dots.append(top)
            dots.append(bottom)
        }
        // A white border so the code has its quiet zone whatever the pane's edges hold.
        let margin = 8
        let width = (columns + 2 * margin) * zoom
        let height = (dots.count + 2 * margin) * zoom
        var pixels = [UInt8](repeating: 255, count: width * height)
        for (y, row) in dots.enumerated() {
            for (x, dark) in row.enumerated() where dark {
                for dy in 0..<zoom {
                    let base = ((y + margin) * zoom + dy) * width + (x + margin) * zoom
                    for dx in 0..<zoom { pixels[base + dx] = 0 }
                }
            }
        }
        return (width, height, pixels)
    }

    /// Writes a binary PGM of the pane's code and returns what `zbarimg --raw -q` decodes from it ("" when nothing).
    static func decode(_ screen: String, rows: Int, scratch: URL) throws -> String {
        let (width, height, pixels) = image(from: screen, rows: rows)
        let file = scratch.appendingPathComponent("pane-\(UUID().uuidString.prefix(6)).pgm")
        var data = Data("P5\n\(width) \(height)\n255\n".utf8)
        data.append(contentsOf: pixels)
        try data.write(to: file)
        return try run("/usr/bin/zbarimg", ["--raw", "-q", file.path]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs a program and returns its standard output.
    static func run(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The (foreground, background) SGR colours of every half-block cell in a `capture-pane -e` capture.
    static func blockColours(_ captured: String) -> [(fg: String, bg: String)] {
        var found: [(String, String)] = []
        var fg = "default"
        var bg = "default"
        var chars = Array(captured.unicodeScalars)
        chars.append(" ")
        var i = 0
        while i < chars.count - 1 {
            if chars[i] == "\u{1B}", chars[i + 1] == "[" {
                var j = i + 2
                var params = ""
                while j < chars.count, !(("@"..."~").contains(chars[j])) { params.unicodeScalars.append(chars[j]); j += 1 }
                if j < chars.count, chars[j] == "m" { apply(params, fg: &fg, bg: &bg) }
                i = j + 1
                continue
            }
            if chars[i] == "\n" { fg = "default"; bg = "default" }
            if ["█", "▀", "▄"].contains(Character(chars[i])) { found.append((fg, bg)) }
            i += 1
        }
        return found
    }

    private static func apply(_ params: String, fg: inout String, bg: inout String) {
        let parts = params.isEmpty ? ["0"] : params.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        var k = 0
        while k < parts.count {
            let p = Int(parts[k]) ?? 0
            switch p {
            case 0: fg = "default"; bg = "default"
            case 30...37, 90...97: fg = String(p)
            case 39: fg = "default"
            case 40...47, 100...107: bg = String(p)
            case 49: bg = "default"
            case 38, 48:
                if k + 2 < parts.count, parts[k + 1] == "5" {
                    if p == 38 { fg = "38;5;" + parts[k + 2] } else { bg = "48;5;" + parts[k + 2] }
                    k += 2
                } else if k + 4 < parts.count, parts[k + 1] == "2" {
                    let rgb = parts[(k + 2)...(k + 4)].joined(separator: ";")
                    if p == 38 { fg = "38;2;" + rgb } else { bg = "48;2;" + rgb }
                    k += 4
                }
            default: break
            }
            k += 1
        }
    }
}
