/// How the search index files each row under its project, so that a search within one project is an intersection
/// inside FTS5 rather than a look-up of every match.
enum HistorySearchScope {
    /// The search index's column that holds each row's project token.
    static let column = "project"

    /// The private-use character that starts every project token: typed words hold only letters and digits, so no
    /// search term can ever match a token (see `HistorySearch.matchQuery(for:)`).
    private static let marker: UInt32 = 0xE000

    /// SQL for the token of the project key in `expression`: the marker, then the key's UTF-8 bytes in hex, so that
    /// any key is exactly one token whatever its spaces, punctuation or case.
    static func tokenSQL(_ expression: String) -> String { "char(\(marker)) || hex(\(expression))" }

    /// The token of `projectKey`, as `tokenSQL` writes it into the index.
    static func token(_ projectKey: String) -> String {
        let digits = Array("0123456789ABCDEF")
        var token = String(Character(Unicode.Scalar(marker)!))
        for byte in projectKey.utf8 {
            token.append(digits[Int(byte >> 4)])
            token.append(digits[Int(byte & 0xF)])
        }
        return token
    }

    /// `match` (an FTS5 query from `HistorySearch`) limited to the rows of `projectKey`; unchanged when nil.
    static func match(_ match: String, projectKey: String?) -> String {
        guard let projectKey else { return match }
        return "\(column) : \"\(token(projectKey))\" AND (\(match))"
    }
}
