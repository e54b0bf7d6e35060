/// The command line's own sentences and words: `paylink list`/`show`, `paylink batch`'s summary and errors;
/// each language says them in its `command(_:)`.
public enum CommandMessage: Hashable, Sendable {
    /// A label of `paylink show`, beside its value.
    case showLabel(ShowLabel)
    /// A link's status or state as `paylink list` and `paylink show` print it, from its English form
    /// ("active", "completed", "expired", "canceled", "sending", "created", "refused", "outcome unknown", "not created").
    case listStatus(String)
    /// "297 rows: 295 valid, 2 invalid; 7,431.20 EUR in all"; `total` already in the language.
    case batchRows(rows: Int, valid: Int, invalid: Int, total: String?)
    /// `paylink batch` sent nothing; `summary` is `batchRows`' line, `fixRows` whether rows (not the header) are wrong.
    case batchNothingSent(summary: String, fixRows: Bool)
    case batchOrphans(Int)
    case batchUnknown(Int)
    case batchNotSent(Int)
    case batchSettling(Int)
}

/// The labels of `paylink show`'s lines.
public enum ShowLabel: String, CaseIterable, Sendable, Hashable {
    case link, order, name, amount, status, expires, url, payer, email
    case theOrder, reference, paid, links, note
}
