import PayseraCheckout

/// How one attempt to change a link ended; shared by the command line and the terminal program.
public enum LinkUpdateOutcome: Sendable, Hashable {
    /// The API changed the link; this is its answer.
    case updated(PaymentLink)
    /// Fields were refused, by the rules before sending or by the API; nothing changed.
    case invalid([FieldPath: String], message: String)
    /// The link is no longer active (paid, expired, canceled), so nothing was sent.
    case notActive(String, PaymentLink?)
    /// The API refused the change as a whole; nothing changed.
    case refused(String)
    /// The change left and no usable answer came back: it may or may not have been made.
    case outcomeUnknown(String)
    /// Anything else (the request never left, the server failed).
    case failed(String)
}
