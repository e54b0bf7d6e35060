import Foundation
import GRDB

/// How the search index keeps each project's words apart: every word is stored behind a tag of its row's project,
/// so a search within one project reads only that project's entries, however often another project uses the word.
///
/// Tags live in the `search_tag` table, each belonging to one project; a project may have several (rows of two
/// projects that turn out to be one keep theirs). A row's tag is in its `search_tag` column, so moving a whole
/// project's rows (a profile's old rows claimed, a project id learned) hands its tags over and re-indexes nothing;
/// a single row moving to another project takes that project's tag. Triggers refuse a row whose tag is not its
/// project's.
///
/// The words come from `paylink_search_words(tag, text…)`, a function each connection of the history registers
/// (see `HistoryStore`); the search index's content view and its triggers call it. Its output must never change for
/// a stored row, or FTS5 could not delete the row's old entries: a change here needs a migration that rebuilds the
/// index.
enum HistorySearchScope {
    /// The SQL function that turns a row's tag and texts into its indexed words.
    static let functionName = "paylink_search_words"

    /// Characters in every tag (`t` and eleven digits), so that a word's tag is always its first `tagLength`
    /// characters.
    static let tagLength = 12

    /// The FTS5 prefix index lengths: a tag and a typed word's first one, two or three characters.
    static let prefixLengths = (1...3).map { tagLength + $0 }

    /// The tag numbered `number`; tags are numbered from 1, so tag 0 is on no row.
    static func tag(number: Int64) -> String {
        let digits = String(number)
        return "t" + String(repeating: "0", count: max(0, tagLength - 1 - digits.count)) + digits
    }

    /// The indexed form of `texts` under `tag`: every word (see `HistorySearch.words(in:)`) behind the tag,
    /// separated by spaces; nothing without a tag.
    static func indexedWords(tag: String, texts: [String]) -> String {
        guard tag.utf8.count == tagLength else { return "" }
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

    /// `paylink_search_words(tag, text…)`: nulls count as empty texts.
    static let function = DatabaseFunction(functionName, argumentCount: nil, pure: true) { values in
        guard let tag = values.first.flatMap({ String.fromDatabaseValue($0) }) else { return "" }
        return indexedWords(tag: tag, texts: values.dropFirst().map { String.fromDatabaseValue($0) ?? "" })
    }

    /// Makes the history's words function known on `db`; every connection to the history needs it to write links.
    static func register(on db: Database) {
        db.add(function: function)
    }

    /// The FTS5 query for rows having words that begin with every one of `terms`, under any of `tags`; nil when there
    /// are no terms. Each term is quoted (quotes doubled), so no typed text is read as FTS5 syntax.
    /// With `wholeWords`, each term must be a whole word (no prefix match): the few rows that hold exactly these words.
    static func match(terms: [String], tags: [String], wholeWords: Bool = false) -> String? {
        guard !terms.isEmpty else { return nil }
        let perTag = (tags.isEmpty ? [tag(number: 0)] : tags).map { tag in
            terms.map { "\"" + tag + $0.replacingOccurrences(of: "\"", with: "\"\"") + (wholeWords ? "\"" : "\"*") }
                .joined(separator: " ")
        }
        return perTag.count == 1 ? perTag[0] : perTag.map { "(\($0))" }.joined(separator: " OR ")
    }

    // MARK: Tags in the file

    /// The tags of `project`, or of every project when nil.
    static func tags(of project: String?, _ db: Database) throws -> [String] {
        guard let project else { return try String.fetchAll(db, sql: "SELECT tag FROM search_tag ORDER BY tag") }
        return try String.fetchAll(db, sql: "SELECT tag FROM search_tag WHERE project = ? ORDER BY tag", arguments: [project])
    }

    /// The tag new rows of `project` are filed under: its newest, or a new one.
    static func tag(for project: String, _ db: Database) throws -> String {
        if let tag = try String.fetchOne(
            db.cachedStatement(sql: "SELECT tag FROM search_tag WHERE project = ? ORDER BY tag DESC LIMIT 1"), arguments: [project]) {
            return tag
        }
        let number = try Int64.fetchOne(db, sql: "SELECT COUNT(*) + 1 FROM search_tag") ?? 1
        let tag = tag(number: number)
        try db.execute(sql: "INSERT INTO search_tag (tag, project) VALUES (?, ?)", arguments: [tag, project])
        return tag
    }

    /// Files `record` under `project`, taking one of its tags when it had another project's.
    static func file(_ record: inout HistoryRecord, under project: String, _ db: Database) throws {
        guard record.project != project else { return }
        record.project = project
        record.searchTag = try tag(for: project, db)
    }

    /// Moves every row of project `from` to project `to` with the tags they are filed under: nothing is re-indexed.
    static func moveProject(from: String, to: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE search_tag SET project = ? WHERE project = ?", arguments: [to, from])
        try db.execute(sql: "UPDATE link SET project = ? WHERE project = ?", arguments: [to, from])
    }
}

/// What a person typed into the history's search, taken as the beginnings of words.
public enum HistorySearch {
    /// "12,50", "12.50" or "12,5" → 1250: an amount in the cents of a two-decimal currency, comma or point;
    /// nil for anything else (plain digits stay words: they are references and ids as often as amounts).
    public static func amount(in text: String) -> Int? {
        let typed = text.trimmingCharacters(in: .whitespaces)
        guard let separator = typed.firstIndex(where: { $0 == "," || $0 == "." }) else { return nil }
        let whole = typed[..<separator], fraction = typed[typed.index(after: separator)...]
        guard (1...9).contains(whole.count), (1...2).contains(fraction.count),
              (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber }),
              let units = Int(whole), let cents = Int(fraction.count == 1 ? fraction + "0" : String(fraction))
        else { return nil }
        return units * 100 + cents
    }

    /// The words of `text`: runs of letters, digits and private-use characters (the tokenizer's default word
    /// characters), each carrying the combining marks that follow its characters. `ord-12` → `ord`, `12`.
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // Most text is ASCII: letters and digits without a look-up in the Unicode tables.
                let value = scalar.value | 0x20
                if (value >= 0x61 && value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39) {
                    current.append(scalar)
                } else if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
                continue
            }
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
