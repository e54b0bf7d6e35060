import PayseraCheckout

/// The errors and notices said around the screens: the config file's refusals and warnings, the built-in sandbox,
/// the terminal, what is not offered here, and the API's failures; each language says them in its `notice(_:)`.
public enum NoticeMessage: Hashable, Sendable {
    // The config file.
    /// The file exists but could not be read; `reason` is the system's words.
    case configUnreadable(path: String, reason: String)
    /// A problem at a place of the file, of a setting, of the file as a whole, or (`.none`) said of the file's path.
    case configProblem(path: String, line: Int?, column: Int?, subject: ConfigSubject, problem: ConfigProblem)
    /// The chosen profile lacks a setting it needs.
    case configMissing(profile: String, setting: ConfigNeed, path: String)
    /// `client_secret_command` gave no secret.
    case configSecretCommand(profile: String, command: String, reason: SecretCommandProblem)
    /// A setting the program does not know, ignored; `suggestion` is the known one it is near.
    case configUnknownSetting(line: Int?, setting: String, suggestion: String?)

    // The built-in sandbox.
    /// `why` comes from starting the server program.
    case sandboxNotStarted(why: String)
    /// Why the server program could not be run.
    case serverProgram(ServerProgramProblem)
    case sandboxMoved(port: Int, url: String)

    /// What a refused till name is told.
    case tillNameRule
    /// Something this build of the screens does not offer.
    case notAvailableHere(Unoffered)
    /// curses knows no terminal of this name.
    case unknownTerminal(String)
    /// The history file could not be opened; `why` is the database's words.
    case historyCannotOpen(path: String, why: String)
    /// A failed call to the API; the API's own words are kept as they came.
    case api(CheckoutError)
    /// The API refused fields of `what`; `lines` are its own `path: message` lines.
    case apiRefusedFields(Made, lines: String)
    /// No usable answer came back for `what`; `detail` is the API's or the transport's words.
    case noUsableAnswer(Made, detail: String)
    /// The API's list of links could not be read; `why` is already in the language; `readBefore`: pages were kept.
    case linkListUnreadable(why: String, readBefore: Bool)

    // The refund's refusals before anything is sent.
    case refundNoLink(String)
    case refundNoOrder(String)
    /// `why` is already in the language.
    case refundOrderUnreadable(why: String)
    case refundCurrencyUnknown
    /// `detail` is the API's or the transport's words.
    case refundNoUsableAnswer(detail: String)
    case nothingPaidToRefund
    /// `why` is the database's words.
    case refundNotRecorded(why: String)
    case refundNoID
    /// The history could not take what the API listed; `why` is the database's words.
    case historyNotUpdated(why: String)
    /// The sandbox answered the simulated payment with HTTP `status`.
    case sandboxRefusedPayment(status: Int)

    // A batch file.
    case batchFile(BatchFileProblem)
    /// A problem of a batch file's header or of one of its rows.
    case batchSheet(BatchSheetProblem)
    /// Another batch runs on the same history.
    case batchBusy
    case batchHeaderBroken

    /// A column's title in `paylink profiles`' table.
    case profilesColumn(ProfilesColumn)
    /// The built-in sandbox in the table's API column.
    case builtIn

    /// An order's status as the API names it (`pending_payment`, `paid` …); English keeps the API's word.
    case orderStatus(String)
    /// The API shows no orders.
    case orderNotShown

    // Making and changing a link.
    case someFieldsNeedAttention
    /// `detail` is the API's words.
    case noSuchLink(detail: String)
    case changeNoUsableAnswer(detail: String)
    /// `why` is the database's words.
    case attemptNotRecorded(why: String)
    case orderIDNotRecorded(why: String)
    /// An earlier attempt made the order with `reference` and lost its id.
    case orphanOrder(reference: String)
}

/// The columns of `paylink profiles`' table.
public enum ProfilesColumn: Hashable, Sendable, CaseIterable {
    case name, kind, client, api
}

/// What is wrong with a batch file's columns or a row beyond its fields.
public enum BatchSheetProblem: Hashable, Sendable {
    case noKnownColumn
    /// `column` already quoted.
    case unknownColumn(String)
    case columnTwice
    case needsReference, needsAmount, needsName, needsLanguage
    case orderAndReference
    case tooManyCells(has: Int, columns: Int)
    case referenceAgain(first: Int)
    case orderAndNameAgain(first: Int)
    case headerOnly
    /// `why` is the database's words.
    case historyUnreadable(why: String)
    case earlierStillUnknown
}

/// Why a batch file, or what a batch writes, cannot be used; `why` is the system's or the reader's words.
public enum BatchFileProblem: Hashable, Sendable {
    case inputNotKept(path: String)
    case inputUnreadable(why: String)
    case noSuchFile(String)
    case folder(String)
    case notPermitted(String)
    case cannotOpen(String)
    case wideText
    case unreadable(why: String)
    case empty
    case rowUnreadable(row: Int, why: String)
    case notUTF8(row: Int)
    case historyUnreadable(why: String)
    case resultNoFolder(String)
    case resultNotWritten(path: String, why: String)
}

/// What a request was making when it failed.
public enum Made: Hashable, Sendable {
    case order, paymentLink, change
}

/// How a config file's setting, or the file itself, is wrong.
public enum ConfigProblem: Hashable, Sendable {
    /// The YAML reader's own words.
    case yaml(String)
    case notYAML
    case notSettings
    case settingTwice(String)
    case notSettingsList
    case shouldBe(ConfigValueKind)
    case shouldNotBeEmpty(ConfigValueKind)
    case missing
    case unreadableValue
    case unreadable
    case notWebAddress
    case bothSecrets
}

/// Why `paylink-server` could not be run; `why` is the system's words.
public enum ServerProgramProblem: Hashable, Sendable {
    /// Not beside paylink (in `folder` when it is known) nor on PATH.
    case notFound(program: String, folder: String?)
    case notStarted(program: String, why: String)
    case silent(program: String)
    case noPipe(why: String)
}

/// Why a `client_secret_command` gave no secret.
public enum SecretCommandProblem: Hashable, Sendable {
    /// `why` is the system's words.
    case notStarted(why: String)
    case signal(Int)
    case exitStatus(Int)
    case notUTF8
    case printedNothing
}

/// What a config problem is said of.
public enum ConfigSubject: Hashable, Sendable {
    /// Nothing but the file's path before it.
    case none
    /// The file as a whole.
    case file
    /// A setting by its dotted name (`profiles.shop.client_id`).
    case setting(String)
}

/// The kinds of value a setting holds.
public enum ConfigValueKind: Hashable, Sendable {
    case list, group, text
}

/// The settings a profile cannot do without.
public enum ConfigNeed: Hashable, Sendable {
    case baseURL, clientID, clientSecret
}

/// What a terminal program without the service behind it does not offer.
public enum Unoffered: Hashable, Sendable, CaseIterable {
    case canceling, changing, refunds, syncing, batches, switchingProfiles
}

extension CheckoutError {
    /// " (404 not_found)" after the API's status and code, or nothing.
    var tagged: String {
        let tag = [status.map(String.init), code].compactMap { $0 }.joined(separator: " ")
        return tag.isEmpty ? "" : " (\(tag))"
    }

    /// The API's own words: its field errors, else its message.
    var detail: String { fieldErrors.isEmpty ? message : fieldErrorLines.joined(separator: "; ") }

    /// The message without the "No access token: " it begins with when the token could not be had.
    var innerMessage: String {
        let prefix = "No access token: "
        return withoutToken && message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
    }
}

/// The words each language says a failed API call with; `CheckoutError.said(in:)` puts them together.
struct CheckoutWords: Sendable {
    var refused: @Sendable (_ tag: String, _ detail: String) -> String
    var server: @Sendable (_ tag: String, _ detail: String, _ wait: Int?) -> String
    var unknownTail: String
    var notSentTail: String
    var unusable: @Sendable (_ tag: String, _ detail: String) -> String
    var noToken: String
    var reason: @Sendable (CheckoutError.Reason) -> String
}

extension CheckoutError {
    /// The failure in `words`; the API's own words and the system's stay as they came.
    func said(in words: CheckoutWords) -> String {
        let why = (withoutToken ? words.noToken : "") + (reason.map(words.reason) ?? innerMessage)
        switch kind {
        case .refused: return words.refused(tagged, detail)
        case .server: return words.server(tagged, detail, retryAfter)
        case .outcomeUnknown: return why + words.unknownTail
        case .notSent: return why + words.notSentTail
        case .invalidResponse: return words.unusable(tagged, detail)
        case .invalidInput: return detail
        }
    }
}

extension UILanguage {
    /// A profile's kind, "live" or "sandbox", as this language says it; any other word as it is.
    public func profileKind(_ kind: String) -> String {
        kind == "live" || kind == "sandbox" ? text(.command(.profileKind(live: kind == "live"))) : kind
    }
}
