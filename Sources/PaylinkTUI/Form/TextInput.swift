import Foundation
import PaylinkCore

/// A one-line text being edited: the characters and the cursor between them (grapheme-based).
public struct TextInput: Sendable, Hashable {
    public private(set) var chars: [Character]
    /// Index of the character the cursor stands before (0…count).
    public private(set) var cursor: Int

    public init(_ text: String, cursor: Int? = nil) {
        chars = Array(text)
        self.cursor = min(max(0, cursor ?? chars.count), chars.count)
    }

    /// The characters as one string, built from their UTF-8 at once rather than a character at a time.
    public var text: String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(chars.count)
        for character in chars { utf8.append(contentsOf: character.utf8) }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Inserts text at the cursor: control characters dropped, lines joined by `lineJoin` (nil: first line only).
    public mutating func insert(_ text: String, lineJoin: String? = nil) {
        let cleaned = TextInput.clean(text, lineJoin: lineJoin)
        let at = cursor
        chars.insert(contentsOf: cleaned, at: at)
        cursor += cleaned.count
        regroup(around: at..<cursor)
    }

    /// Keeps every element a whole grapheme, as the screen draws the text: scalars typed one at a time (a ZWJ
    /// sequence, a flag, a variation selector) join the character they complete, and so do the characters on
    /// either side of a deletion. The cursor keeps its place in the text, moved past a character it would split.
    private mutating func regroup(around changed: Range<Int>) {
        // Printable ASCII never joins a neighbour: a change made of it, between two such characters, leaves every
        // element whole, and the text need not be segmented again.
        func plain(_ index: Int) -> Bool {
            guard index >= 0, index < chars.count else { return true }
            let utf8 = chars[index].utf8
            return utf8.count == 1 && utf8.first! >= 0x20 && utf8.first! < 0x7F
        }
        if plain(changed.lowerBound - 1), plain(changed.upperBound), changed.allSatisfy(plain) { return }
        let whole = Array(String(chars))
        guard whole != chars else { return }
        var scalarsBefore = chars[..<cursor].reduce(0) { $0 + $1.unicodeScalars.count }
        var index = 0
        while scalarsBefore > 0, index < whole.count {
            scalarsBefore -= whole[index].unicodeScalars.count
            index += 1
        }
        chars = whole
        cursor = index
    }

    /// The text a single-line field accepts from typed or pasted text.
    static func clean(_ text: String, lineJoin: String?) -> [Character] {
        // A typed key or a paste of printable ASCII, the usual case, needs no cleaning.
        if TerminalText.isPrintableASCII(text) { return Array(text) }
        // "\r\n" is one Character; each of the three ends a line.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map(String.init)
        if lineJoin == nil {
            lines = [lines.first { !$0.isEmpty } ?? ""]
        } else {
            lines = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        let joined = lines.joined(separator: lineJoin ?? "")
        return joined.filter { ch in
            if ch == "\t" { return true }
            return !ch.unicodeScalars.contains { s in
                s.properties.generalCategory == .control || s.properties.generalCategory == .format && s.value != 0x200D
            }
        }.map { $0 == "\t" ? " " : $0 }
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(chars.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = chars.count }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        chars.remove(at: cursor - 1)
        cursor -= 1
        regroup(around: cursor..<cursor)
    }

    public mutating func deleteForward() {
        guard cursor < chars.count else { return }
        chars.remove(at: cursor)
        regroup(around: cursor..<cursor)
    }

    public mutating func killToEnd() { chars.removeSubrange(cursor...) }

    public mutating func killToStart() {
        chars.removeSubrange(..<cursor)
        cursor = 0
    }

    /// Ctrl-W: deletes the word left of the cursor and the spaces after it.
    public mutating func deleteWord() {
        var i = cursor
        while i > 0, chars[i - 1].isWhitespace { i -= 1 }
        while i > 0, !chars[i - 1].isWhitespace { i -= 1 }
        chars.removeSubrange(i..<cursor)
        cursor = i
        regroup(around: i..<i)
    }

    /// The visible part for a box `columns` wide, and the cursor's column within it.
    public func visible(columns: Int) -> (text: String, cursorColumn: Int) {
        guard columns > 1 else { return ("", 0) }
        // Keep the cursor inside the box, leaving its last column for the cursor at the end: walk back from
        // the cursor once, so a long field costs its visible width, not its length squared.
        var start = cursor
        var cursorColumn = 0
        while start > 0 {
            let w = TextWidth.of(chars[start - 1])
            if cursorColumn + w > columns - 1 { break }
            cursorColumn += w
            start -= 1
        }
        var shown = ""
        var used = 0
        var i = start
        while i < chars.count {
            let w = TextWidth.of(chars[i])
            if used + w > columns { break }
            shown.append(chars[i])
            used += w
            i += 1
        }
        return (shown, cursorColumn)
    }
}

extension TextInput {
    /// Applies an editing action (a cursor move or a deletion); returns whether `action` was one.
    mutating func apply(_ action: Action?) -> Bool {
        switch action {
        case .cursorLeft: moveLeft()
        case .cursorRight: moveRight()
        case .lineStart: moveToStart()
        case .lineEnd: moveToEnd()
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .killToEnd: killToEnd()
        case .killToStart: killToStart()
        case .deleteWord: deleteWord()
        default: return false
        }
        return true
    }

    /// Applies an editing action, or types the key's character; returns whether the key was taken.
    mutating func edit(_ key: Key, _ action: Action?) -> Bool {
        if apply(action) { return true }
        guard case .char(let c) = key else { return false }
        insert(String(c))
        return true
    }
}
