import Foundation
import PaylinkCore
import GRDB
import PayseraCheckout

/// A till's name on this machine: `paylink --till NAME` writes what it shows under it, `paylink display --till NAME`
/// follows it.
public struct TillName: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String
    public var description: String { rawValue }

    /// The till a program belongs to when none is named.
    public static let standard = TillName(checked: "default")
    /// The longest name taken.
    public static let maximumLength = 40

    private init(checked: String) { rawValue = checked }

    /// A name of 1 to 40 letters, digits, dots, dashes or underscores; nil for anything else.
    public init?(_ text: String) {
        let allowed = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
        }
        guard !text.isEmpty, text.count <= Self.maximumLength, allowed else { return nil }
        rawValue = text
    }

    /// What a refused name is told.
    public static let rule = rule(language: .en)

    /// What a refused name is told, in `language`.
    public static func rule(language: UILanguage) -> String { language.text(.notice(.tillNameRule)) }
}

/// What a customer may see of a link: no id, no order, no payer, no operator.
public struct CustomerLink: Sendable, Hashable {
    /// Minor units; nil when the link names no amount of its own.
    public var amount: Int?
    public var currency: String
    /// The link's `experience.language`.
    public var language: String?
    public var paymentURL: String
    public var createdAt: Date
    /// Nil for a link that never expires.
    public var expiresAt: Date?
    public var status: LinkStatus?

    public init(
        amount: Int?, currency: String, language: String?, paymentURL: String, createdAt: Date, expiresAt: Date?,
        status: LinkStatus?
    ) {
        self.amount = amount
        self.currency = currency
        self.language = language
        self.paymentURL = paymentURL
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.status = status
    }
}

/// What one till shows its customer now, as the history holds it.
public struct TillShowing: Sendable, Hashable {
    /// The profile the till works with (whose `shop_name` the display shows).
    public var profile: String
    /// Counts the till's changes of link, so the same link shown twice is told apart.
    public var shown: Int
    /// The till's process, to tell a till that ended without saying so from one that runs.
    public var pid: Int32?
    /// The link on the till's result or QR screen; nil when it shows none.
    public var link: CustomerLink?

    public init(profile: String, shown: Int, pid: Int32?, link: CustomerLink?) {
        self.profile = profile
        self.shown = shown
        self.pid = pid
        self.link = link
    }
}

/// The `till_screen` table: one row per till of this machine, naming the link it shows.
enum TillScreen {
    static let schema = """
        CREATE TABLE till_screen (
            till TEXT PRIMARY KEY,
            profile TEXT NOT NULL,
            link_id TEXT,
            shown INTEGER NOT NULL DEFAULT 0,
            pid INTEGER,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """

    /// The till's row joined with the link's customer-facing columns; the link id stays inside the query.
    static let showingQuery = """
        SELECT t.profile, t.shown, t.pid, l.payment_url, l.amount, l.currency, l.language, l.created_at, l.expires_at,
            l.status
        FROM till_screen t LEFT JOIN link l ON l.link_id = t.link_id AND l.payment_url IS NOT NULL
        WHERE t.till = ?
        """

    static func showing(_ row: Row) -> TillShowing {
        var link: CustomerLink?
        if let url = row["payment_url"] as String? {
            let created: Int64 = row["created_at"] ?? 0
            let expires: Int64? = row["expires_at"]
            link = CustomerLink(
                amount: row["amount"], currency: row["currency"] ?? "", language: row["language"], paymentURL: url,
                createdAt: Date(timeIntervalSince1970: TimeInterval(created)),
                expiresAt: expires.map { Date(timeIntervalSince1970: TimeInterval($0)) },
                status: (row["status"] as String?).map(LinkStatus.init(rawValue:)))
        }
        return TillShowing(profile: row["profile"] ?? "", shown: row["shown"] ?? 0, pid: row["pid"], link: link)
    }
}

extension HistoryStore {
    /// Records that `till` now shows `linkID` to its customer (nil: no link), for its display to follow.
    public func show(onTill till: TillName, linkID: String?, profile: String, pid: Int32) throws(StoreError) {
        let at = Int64(now().timeIntervalSince1970)
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO till_screen (till, profile, link_id, shown, pid, updated_at) VALUES (?, ?, ?, 1, ?, ?)
                    ON CONFLICT(till) DO UPDATE SET profile = excluded.profile, link_id = excluded.link_id,
                        shown = shown + 1, pid = excluded.pid, updated_at = excluded.updated_at
                    """,
                arguments: [till.rawValue, profile, linkID, pid, at])
        }
    }

    /// The tills that have run with this history, by name.
    public func tills() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT till FROM till_screen ORDER BY till") }
    }

    /// What `till` shows now; nil when no till of that name has run with this history.
    public func showing(onTill till: TillName) throws(StoreError) -> TillShowing? {
        try read { db in try Row.fetchOne(db, sql: TillScreen.showingQuery, arguments: [till.rawValue]).map(TillScreen.showing) }
    }
}

/// Follows one till's row from another process: a connection of its own asks SQLite's `PRAGMA data_version`,
/// which changes whenever another connection commits to the file, so a poll costs one pragma.
public final class TillWatch: @unchecked Sendable {
    private let queue: DatabaseQueue
    private let till: TillName
    private var version: Int?

    /// Opens its own connection to the history at `file` (which must exist and hold the `till_screen` table).
    public init(file: URL, till: TillName) throws(StoreError) {
        self.till = till
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(HistoryStore.busyTimeout)
        configuration.label = "till watch"
        do {
            queue = try DatabaseQueue(path: file.path, configuration: configuration)
        } catch {
            throw .database("The history at \(file.path) could not be opened: \(error)")
        }
    }

    /// Whether anything was committed to the file since the last call (true on the first).
    public func changed() -> Bool {
        let now = try? queue.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
        defer { version = now ?? version }
        return now == nil || now != version
    }

    /// What the till shows now; nil when its row is gone.
    public func read() throws(StoreError) -> TillShowing? {
        do {
            return try queue.read { db in
                try Row.fetchOne(db, sql: TillScreen.showingQuery, arguments: [till.rawValue]).map(TillScreen.showing)
            }
        } catch {
            throw .database("The history could not be read: \(error)")
        }
    }
}
