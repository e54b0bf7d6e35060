/// Turns the escape sequences curses leaves undecoded (its terminfo entry names other ones) into the keys they
/// stand for, or drops them: the xterm, rxvt, PuTTY and linux-console forms of Home, End, Delete, Insert,
/// PgUp/PgDn, F1–F12, arrows and keypad. An unknown sequence is dropped, never typed into a field.
public struct KeySequenceDecoder: Sendable {
    /// ESC and what followed it so far, when a read ended in the middle of a sequence.
    private var pending: [Character]?

    public init() {}

    /// The keys of one read, with every sequence that starts with ESC [ or ESC O replaced by its key.
    public mutating func decode(_ msgs: [Msg]) -> [Msg] {
        var out: [Msg] = []
        var sequence = pending
        pending = nil
        for msg in msgs {
            guard var seq = sequence else {
                if msg == .key(.escape) { sequence = [] } else { out.append(msg) }
                continue
            }
            guard case .key(.char(let c)) = msg else {
                // ESC then something that is no character: a lone Esc, unless a sequence had begun.
                if seq.isEmpty { out.append(.key(.escape)) }
                sequence = msg == .key(.escape) ? [] : nil
                if msg != .key(.escape) { out.append(msg) }
                continue
            }
            if seq.isEmpty, c != "[", c != "O" {
                // Esc followed by a plain key (Alt-key, or Esc then typing): both stand.
                out.append(.key(.escape))
                sequence = nil
                out.append(msg)
                continue
            }
            seq.append(c)
            switch Self.parse(seq) {
            case .incomplete:
                sequence = seq
            case .key(let key):
                if let key { out.append(.key(key)) }
                sequence = nil
            }
        }
        if let seq = sequence {
            // A lone Esc is the Esc key; the start of a sequence waits for the rest in the next read.
            if seq.isEmpty { out.append(.key(.escape)) } else { pending = seq }
        }
        return out
    }

    enum Parsed: Equatable {
        case incomplete
        /// The sequence is complete: its key, or nil when it is dropped.
        case key(Key?)
    }

    /// `seq` is what followed ESC: "[1~", "OH", "[[A", "[1;5H".
    static func parse(_ seq: [Character]) -> Parsed {
        guard let introducer = seq.first else { return .incomplete }
        let body = seq.dropFirst()
        guard let last = body.last else { return .incomplete }
        if introducer == "O" {
            // SS3: one final character, perhaps after a modifier digit (PuTTY, some xterms: ESC O 5 P).
            if last.isASCII, last.isNumber || last == ";" { return body.count > 4 ? .key(nil) : .incomplete }
            return .key(ss3Key(last))
        }
        // Linux console F1–F5: ESC [ [ A … E.
        if body.first == "[" {
            guard body.count >= 2 else { return .incomplete }
            let letter = body[body.index(after: body.startIndex)]
            guard let index = "ABCDE".firstIndex(of: letter) else { return .key(nil) }
            return .key(.function("ABCDE".distance(from: "ABCDE".startIndex, to: index) + 1))
        }
        guard let scalar = last.unicodeScalars.first, last.unicodeScalars.count == 1 else { return .key(nil) }
        let value = scalar.value
        // Parameter and intermediate bytes continue the sequence; rxvt ends modified keys with `$`.
        if last != "$", (0x20...0x3F).contains(value) { return body.count > 16 ? .key(nil) : .incomplete }
        guard (0x40...0x7E).contains(value) || last == "$" else { return .key(nil) }
        let parameters = String(body.dropLast())
        let number = Int(parameters.split(separator: ";").first ?? "")
        switch last {
        case "~", "$", "^", "@": return .key(number.flatMap(tildeKey))
        case "A": return .key(.up)
        case "B": return .key(.down)
        case "C": return .key(.right)
        case "D": return .key(.left)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "Z": return .key(.backTab)
        case "P", "Q", "R", "S": return .key(.function(Int(scalar.value) - 0x50 + 1))
        default: return .key(nil)
        }
    }

    /// ESC [ n ~ (VT220, PuTTY, rxvt, linux console).
    static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: .home
        case 4, 8: .end
        case 3: .delete
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(number - 10)
        case 17...21: .function(number - 11)
        case 23, 24: .function(number - 12)
        default: nil  // Insert (2), F13 and up, paste brackets curses did not take: nothing to do here.
        }
    }

    /// ESC O x (application cursor and keypad modes).
    static func ss3Key(_ final: Character) -> Key? {
        switch final {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        case "M": .enter
        default:
            // The keypad in application mode: ESC O p … y are 0–9, j k l m n o are * + , - . /.
            if let index = "pqrstuvwxy".firstIndex(of: final) {
                .char(Character(String("pqrstuvwxy".distance(from: "pqrstuvwxy".startIndex, to: index))))
            } else if let index = "jklmno".firstIndex(of: final) {
                .char(Array("*+,-./")["jklmno".distance(from: "jklmno".startIndex, to: index)])
            } else {
                nil
            }
        }
    }
}
