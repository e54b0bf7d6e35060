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

    // The upgrade of a history file an earlier version made.
    /// What a step does ("the refunds", "filling the search index" …).
    case upgradeStepName(HistoryUpgradeStep)
    /// "step 1 of 2: the refunds…"; `what` already in the language.
    case upgradeStep(number: Int, count: Int, what: String)
    case upgradeBegins(links: Int, steps: Int)
    /// `seconds` already written in the language ("1.5", "1,5").
    case upgradeStepBefore(seconds: String)
    case upgradeDone(last: String, all: String)

    // The errors and closing lines of update, report, methods, profiles, the sandbox's events and the display.
    case nothingToChange
    case changedLink(String)
    /// The API's refusal, then that nothing was changed.
    case refusedNothingChanged(String)
    case lastDayBeforeFirst
    case notADay(String)
    case amountAndCurrencyTogether
    case countryNotISO(String)
    case couldNotSignIn(profile: String, url: String, why: String)
    case sandboxLogUnreadable
    case sandboxAnswerUnreadable
    case noWebhookEvents
    case deliveredTo(event: String, url: String)
    case displayNoHistory(path: String, till: String)
    case displayUnknownTill(till: String, path: String, tills: [String])
    case displayNeedsTerminal
    /// `--ui-language` named none of ours.
    case uiLanguageUnknown(String)
    /// `paylink sync`'s lines.
    case syncedLinks(added: Int, changed: Int, unchanged: Int, pages: Int)
    case syncedRefunds(added: Int, changed: Int, orders: Int)
    /// An earlier refund on the order is still unsettled; `amount` already in the language.
    case earlierRefundUnknown(amount: String, order: String)
    // The options' own errors, after the option's name.
    case atLeastOne
    case batchOrStatus
    case notInHistory(String)
    case jsonOrCSV
    case notCurrencyCode(String)
    case displaySpeaks(language: String, languages: String)
    case parallelRange
    case outputForStandardInput
    /// `paylink batch`'s closing line.
    case batchDone(
        batch: String, created: Int, now: Int, refused: Int, unknown: Int, invalid: Int, notSent: Int, stopped: Bool,
        results: String)
    /// A label of `paylink whoami`'s lines, from its English form ("Profile", "API", "Client", "Project", "Operator").
    case whoamiLabel(String)
    case profileKind(live: Bool)
    case projectNotInToken
    case historyNeedsTerminal
    // `paylink sandbox events`' lines.
    case eventOrder(String)
    case eventNoCallback
    case deliveryNoAnswer
    case deliveryIn(what: String, milliseconds: Int, resend: Bool)
    // The config file's refusals that need no other words.
    case configInsecure(path: String, mode: String)
    case configNoProfile(name: String, requestedBy: String, path: String, known: [String])
    /// Where a batch file's problem is: "row 17".
    case rowPlace(Int)
    // `paylink report`'s plain table: a column's heading, the breakdown's heading, a period with nothing in it.
    case reportColumn(ReportColumn)
    case reportBy(ReportGroup)
    case reportNothing
}

/// A column of `paylink report`'s plain table.
public enum ReportColumn: CaseIterable, Sendable, Hashable {
    case made, paid, paidAmount, refunded, net, expired, cancelled
}

/// What `paylink report --by` breaks the takings down by.
public enum ReportGroup: String, CaseIterable, Sendable, Hashable {
    case `operator`, day, hour, method
}

/// The labels of `paylink show`'s lines.
public enum ShowLabel: String, CaseIterable, Sendable, Hashable {
    case link, order, name, amount, status, expires, url, payer, email
    case theOrder, reference, paid, links, note
}
