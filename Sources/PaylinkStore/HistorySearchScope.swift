import GRDB

/// How the search index keeps each project's words apart: every word is stored behind its project's tag, so a
/// search within one project reads only that project's entries, however often another project uses the word.
///
/// The words come from `paylink_search_words(project, text…)`, a function each connection of the history registers
/// (see `HistoryStore`); the search index's content view and its triggers call it. Its output must never change for
/// a stored row, or FTS5 could not delete the row's old entries: a change here needs a migration that rebuilds the
/// index.
enum HistorySearchScope {
    /// The SQL function that turns a row's project and texts into its indexed words.
    static let functionName = "paylink_search_words"

    /// Characters in a project tag: lower-case letters and digits, which the tokenizer keeps as they are.
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".unicodeScalars)

    /// Characters in every tag, so that a word's tag is always its first `tagLength` characters.
    static let tagLength = 12

    /// The FTS5 prefix index lengths: a tag and a typed word's first one, two or three characters.
    static let prefixLengths = (1...3).map { tagLength + $0 }

    /// The tag of the project with `key`: 60 bits of its FNV-1a hash, in `alphabet`. Two projects whose tags met
    /// would only search more slowly, since every search also compares the row's project.
    static func tag(_ key: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var tag = String.UnicodeScalarView()
        for index in 0..<tagLength {
            tag.append(alphabet[Int((hash >> UInt64(5 * index)) & 31)])
        }
        return String(tag)
    }

    /// The indexed form of `texts` in the project with `key`: every word (see `HistorySearch.words(in:)`) behind the
    /// project's tag, separated by spaces.
    static func indexedWords(projectKey key: String, texts: [String]) -> String {
        let tag = tag(key)
        var out = ""
        for text in texts {
            for word in HistorySearch.words(in: text) {
                if !out.isEmpty { out.append(" ") }
                out.append(tag)
                out.append(word)
            }
        }
        return out
    }

    /// `paylink_search_words(project, text…)`: nulls count as empty texts.
    static let function = DatabaseFunction(functionName, argumentCount: nil, pure: true) { values in
        guard let key = values.first.flatMap({ String.fromDatabaseValue($0) }) else { return "" }
        return indexedWords(projectKey: key, texts: values.dropFirst().map { String.fromDatabaseValue($0) ?? "" })
    }

    /// Makes the history's words function known on `db`; every connection to the history needs it to write links.
    static func register(on db: Database) {
        db.add(function: function)
    }

    /// The FTS5 query for rows having words that begin with every one of `terms`, in any of `projectKeys`; nil when
    /// there are no terms or no projects. Each term is quoted (quotes doubled), so no typed text is read as FTS5
    /// syntax.
    static func match(terms: [String], projectKeys: [String]) -> String? {
        guard !terms.isEmpty, !projectKeys.isEmpty else { return nil }
        let perProject = projectKeys.map { key in
            let tag = tag(key)
            return terms.map { "\"" + tag + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " ")
        }
        return perProject.count == 1 ? perProject[0] : perProject.map { "(\($0))" }.joined(separator: " OR ")
    }
}

/// What a person typed into the history's search, taken as the beginnings of words.
public enum HistorySearch {
    /// The words of `text`: runs of letters, digits and private-use characters (the tokenizer's default word
    /// characters), each carrying the combining marks that follow its characters. `ord-12` → `ord`, `12`.
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber, .privateUse:
                current.append(scalar)
            case .nonspacingMark where !current.isEmpty:
                current.append(scalar)
            default:
                if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
