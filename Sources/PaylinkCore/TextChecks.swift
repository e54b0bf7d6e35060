import Foundation

// Small text facts every field rule shares: trimming, control characters, lengths in characters.
enum TextChecks {
    /// Leading and trailing spaces and line breaks removed.
    static func trimmed(_ text: String) -> String {
        TerminalText.hasVisibleEnds(text) ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether a scalar is a C0 or C1 control character or DEL.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Whether the text holds any control character (C0, DEL, C1).
    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isControl)
    }

    /// The sentence used whenever a control character is found in a field.
    static func controlMessage(_ field: FieldPath) -> Message {
        .controlCharacters(field)
    }

    /// "Name must be at most 255 characters (it has 256)", or nil when short enough.
    static func lengthMessage(_ field: FieldPath, _ text: String, max: Int) -> Message? {
        let count = text.count
        return count > max ? .tooLong(field, max: max, has: count) : nil
    }

    /// A short quotation of what a person typed, for messages.
    static func quoted(_ text: String, limit: Int = 24) -> String {
        let shown = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return "“\(shown)”"
    }

    static let asciiDigits: ClosedRange<Character> = "0"..."9"

    /// Whether the text is one or more ASCII digits.
    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { asciiDigits.contains($0) }
    }

    /// Whether the text is exactly the given number of ASCII letters.
    static func isASCIILetters(_ text: String, count: Int) -> Bool {
        text.count == count && text.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
    }
}
