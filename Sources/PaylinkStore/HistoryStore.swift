import Foundation
import GRDB
import PayseraCheckout

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every link and create attempt, kept in `history.sqlite` (SQLite in WAL mode), safe for several processes.
public final class HistoryStore: Sendable {
    private let pool: DatabasePool
    let now: @Sendable () -> Date
    /// The database file.
    public let file: URL
    /// The project whose rows this store reads and to which it adds rows; nil reads every project's.
    public let project: HistoryProject?

    /// How long a write waits for another process's write before giving up.
    public static let busyTimeout: TimeInterval = 10

    /// Opens (creating and migrating if needed) the history in `paths.dataDirectory`, showing `project`'s rows.
    /// A file made by an earlier version is brought up to this one step by step, each step told to `upgrade` first.
    public convenience init(
        paths: AppPaths, project: HistoryProject? = nil, now: @escaping @Sendable () -> Date = { Date() },
        upgrade: HistoryUpgrade.Reporter? = nil
    ) throws(StoreError) {
        try paths.createDataDirectory()
        try self.init(file: paths.historyFile, project: project, now: now, upgrade: upgrade)
    }

    /// Opens (creating and migrating if needed) the history database at `file`, showing `project`'s rows.
    /// A file made by an earlier version is brought up to this one step by step, each step told to `upgrade` first.
    public init(
        file: URL, project: HistoryProject? = nil, now: @escaping @Sendable () -> Date = { Date() },
        upgrade: HistoryUpgrade.Reporter? = nil
    ) throws(StoreError) {
        self.file = file
        self.now = now
        self.project = project
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "history"
        // The search index's triggers call the words function, so every connection has it before its first statement.
        configuration.prepareDatabase { db in HistorySearchScope.register(on: db) }
        do {
            // Two processes opening a fresh file at once would both run the migrations; a file lock orders them.
            pool = try Self.withFileLock(at: file.path + ".lock") {
                let pool = try DatabasePool(path: file.path, configuration: configuration)
                try HistoryUpgrade.run(pool, report: upgrade)
                return pool
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database("The history at \(file.path) could not be opened: \(Self.describe(error))")
        }
        try claimRowsOfProfile()
    }

    private init(pool: DatabasePool, file: URL, project: HistoryProject?, now: @escaping @Sendable () -> Date) {
        self.pool = pool
        self.file = file
        self.project = project
        self.now = now
    }

    /// The same history showing `project`'s rows (nil: every project's), sharing this one's connections.
    public func scoped(to project: HistoryProject?) throws(StoreError) -> HistoryStore {
        let store = HistoryStore(pool: pool, file: file, project: project, now: now)
        try store.claimRowsOfProfile()
        return store
    }

    // MARK: Projects

    /// The key of this store's project as rows carry it; nil when the store shows every project.
    func projectKey(_ db: Database) throws -> String? {
        guard let project else { return nil }
        let learned = try String.fetchOne(
            db, sql: "SELECT project FROM history_project WHERE client_key = ?", arguments: [project.clientKey])
        return learned ?? project.clientKey
    }

    /// Rows stored before projects were recorded (or by a store without one) join the project of the profile they name.
    private func claimRowsOfProfile() throws(StoreError) {
        guard let project else { return }
        let legacy = HistoryProject.key(profile: project.profile)
        let waiting = try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM link WHERE project = ?)", arguments: [legacy]) ?? false
        }
        guard waiting else { return }
        try write { db in
            guard let key = try projectKey(db) else { return }
            try HistorySearchScope.moveProject(from: legacy, to: key, db)
        }
    }

    /// A token named the project: its rows, and those kept under the client until now, are filed under its id.
    public func learnProject(id projectID: String) throws(StoreError) {
        guard let project, !projectID.isEmpty else { return }
        let key = HistoryProject.key(projectID: projectID)
        let known = try read { db in try projectKey(db) }
        guard known != key else { return }
        try write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO history_project (client_key, project) VALUES (?, ?)",
                arguments: [project.clientKey, key])
            if let known { try HistorySearchScope.moveProject(from: known, to: key, db) }
        }
    }

    /// The project a read must filter on: nil when every project is shown, or when this project is the only one
    /// in the file (then the unfiltered queries, which the benchmarks measure, give the same rows).
    private func readFilter(_ db: Database) throws -> String? {
        guard let key = try projectKey(db) else { return nil }
        // Two seeks on the project index: is any row filed under another project?
        let others = try Bool.fetchOne(
            db,
            sql: "SELECT EXISTS(SELECT 1 FROM link WHERE project < ?) OR EXISTS(SELECT 1 FROM link WHERE project > ?)",
            arguments: [key, key]) ?? false
        return others ? key : nil
    }

    /// The FTS5 query for the words of `search` in the projects this store reads; nil when it holds no words.
    private func searchMatch(_ db: Database, _ search: String?, wholeWords: Bool = false) throws -> String? {
        guard let search else { return nil }
        let terms = HistorySearch.words(in: search)
        guard !terms.isEmpty else { return nil }
        return HistorySearchScope.match(
            terms: terms, tags: try HistorySearchScope.tags(of: try projectKey(db), db), wholeWords: wholeWords)
    }

    // MARK: Write-ahead create

    /// Stores a create attempt (state `sending`) before its request leaves; returns its handle.
    public func beginAttempt(
        profile: String, request: CreatePaymentLinkRequest, currency: String?, reference: String?, batch: BatchTag? = nil
    ) throws(StoreError) -> AttemptID {
        var record = HistoryRecord(
            profile: profile, orderID: request.orderID.isEmpty ? nil : request.orderID, reference: reference,
            name: request.name, amount: request.purchase.amount.value, currency: currency,
            language: request.experience.language, paymentFlow: request.experience.paymentFlow,
            method: request.paymentDetails?.key, purpose: request.paymentDetails?.purpose,
            country: request.paymentDetails?.countryCode, payerName: request.payerInformation?.name,
            payerEmail: request.payerInformation?.email, metadata: request.metadata, lifetime: request.lifetime,
            createdAt: now(), state: .sending)
        record.batchID = batch?.batchID
        record.batchRow = batch?.row
        record.paymentKey = batch?.paymentKey
        do {
            record.requestJSON = try HistoryRecord.json(request)
        } catch {
            throw .database("The link request could not be written down: \(error)")
        }
        return try writeToDisk { db in
            try HistorySchema.insertInOrder(&record, db, project: try projectKey(db))
            return AttemptID(rawValue: db.lastInsertedRowID)
        }
    }

    /// The API made the link: the attempt becomes `created` with everything the answer says.
    @discardableResult
    public func markCreated(_ attempt: AttemptID, link: PaymentLink) throws(StoreError) -> HistoryRecord {
        try write { db in
            guard let record = try HistoryRecord.fetchOne(db, key: attempt.rawValue) else {
                throw StoreError.noSuchAttempt(attempt.rawValue)
            }
            return try Self.settleCreated(db, record, link: link)
        }
    }

    private static func settleCreated(_ db: Database, _ attempt: HistoryRecord, link: PaymentLink) throws -> HistoryRecord {
        var record = attempt
        // The link may already be here (listed by another process); the attempt row is the one kept.
        if let other = try HistoryRecord.fetchOne(
            db, sql: "SELECT * FROM link WHERE link_id = ? AND id != ?", arguments: [link.linkID, record.id])
        {
            record.currency = record.currency ?? other.currency
            record.reference = record.reference ?? other.reference
            try db.execute(sql: "DELETE FROM link WHERE id = ?", arguments: [other.id])
        }
        record.apply(link)
        try record.update(db)
        return record
    }

    /// Reconciliation found the link this attempt made.
    @discardableResult
    public func adopt(_ attempt: AttemptID, link: PaymentLink) throws(StoreError) -> HistoryRecord {
        try markCreated(attempt, link: link)
    }

    /// Settles an unresolved attempt from the order's links as the API lists them (`GET /payment-links?order_id=`):
    /// the earliest listed link that matches the request and belongs to no other attempt is adopted,
    /// otherwise the attempt is marked not created. Never asks for a new link.
    public func reconcile(_ attempt: AttemptID, listed links: [PaymentLink]) throws(StoreError) -> ReconcileOutcome {
        try write { db in
            guard let record = try HistoryRecord.fetchOne(db, key: attempt.rawValue) else {
                throw StoreError.noSuchAttempt(attempt.rawValue)
            }
            guard record.state.isUnresolved else { return .alreadySettled(record) }
            let claimed = try Set(String.fetchAll(
                db,
                sql: "SELECT link_id FROM link WHERE link_id IS NOT NULL AND request IS NOT NULL AND id != ?",
                arguments: [attempt.rawValue]))
            let candidates = links
                .filter { !claimed.contains($0.linkID) && record.isAnswered(by: $0) }
                .sorted { ($0.createdAt ?? .max, $0.linkID) < ($1.createdAt ?? .max, $1.linkID) }
            if let link = candidates.first {
                return .adopted(try Self.settleCreated(db, record, link: link))
            }
            try db.execute(
                sql: "UPDATE link SET state = 'not_created', updated_at = ? WHERE id = ?",
                arguments: [HistoryRecord.seconds(now()), attempt.rawValue])
            return .notCreated
        }
    }

    /// The API refused the request; no link exists. Only an unsettled attempt changes; returns whether it did.
    @discardableResult
    public func markRefused(_ attempt: AttemptID, message: String) throws(StoreError) -> Bool {
        try settle(attempt, to: .refused, message: message)
    }

    /// The answer was lost; reconciliation must find out. Only an unsettled attempt changes.
    @discardableResult
    public func markUnknown(_ attempt: AttemptID, message: String) throws(StoreError) -> Bool {
        try settle(attempt, to: .unknown, message: message)
    }

    /// Reconciliation found no link for this attempt. Only an unsettled attempt changes, so a late answer wins.
    @discardableResult
    public func markNotCreated(_ attempt: AttemptID) throws(StoreError) -> Bool {
        try settle(attempt, to: .notCreated, message: nil)
    }

    private func settle(_ attempt: AttemptID, to state: AttemptState, message: String?) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE link SET state = ?, error = COALESCE(?, error), updated_at = ?
                    WHERE id = ? AND state IN ('sending', 'unknown')
                    """,
                arguments: [state.rawValue, message, HistoryRecord.seconds(now()), attempt.rawValue])
            if db.changesCount > 0 { return true }
            guard try HistoryRecord.exists(db, key: attempt.rawValue) else {
                throw StoreError.noSuchAttempt(attempt.rawValue)
            }
            return false
        }
    }

    /// Attempts still to reconcile: outcome unknown, or sending for longer than `staleAfter`
    /// (younger ones may still get their answer in another process). Oldest first.
    public func unknownAttempts(profile: String, staleAfter: TimeInterval = 60) throws(StoreError) -> [HistoryRecord] {
        let cutoff = HistoryRecord.seconds(now().addingTimeInterval(-staleAfter))
        return try read { db in
            try HistoryRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM link WHERE profile = ?
                    AND (state = 'unknown' OR (state = 'sending' AND created_at <= ?))
                    ORDER BY id
                    """,
                arguments: [profile, cutoff])
        }
    }

    // MARK: Links seen on the API

    /// Stores a link the API reported (inserting it, or refreshing the row that has its id).
    @discardableResult
    public func upsert(link: PaymentLink, currency: String?, profile: String) throws(StoreError) -> HistoryRecord {
        let created = now()
        return try write { db in
            try upsertRow(db, link: link, currency: currency, profile: profile, createdAt: created, project: try projectKey(db))
        }
    }

    /// Stores many links the API reported in one transaction (a listing, an import).
    public func upsert(links: [PaymentLink], currency: String?, profile: String) throws(StoreError) {
        let created = now()
        try write { db in
            let project = try projectKey(db)
            for link in links {
                try upsertRow(db, link: link, currency: currency, profile: profile, createdAt: created, project: project)
            }
        }
    }

    @discardableResult
    private func upsertRow(
        _ db: Database, link: PaymentLink, currency: String?, profile: String, createdAt: Date, project: String?
    ) throws -> HistoryRecord {
        if var record = try HistoryRecord.fetchOne(db, sql: "SELECT * FROM link WHERE link_id = ?", arguments: [link.linkID]) {
            record.apply(link)
            record.currency = currency ?? record.currency
            // The API answered this link to this profile's credentials, so it belongs to this profile's project.
            if let project { try HistorySearchScope.file(&record, under: project, db) }
            try record.update(db)
            return record
        }
        var record = HistoryRecord(profile: profile, currency: currency, createdAt: createdAt, state: .created, source: .synced)
        record.apply(link)
        try HistorySchema.insertInOrder(&record, db, project: project)
        return record
    }

    /// Brings one listed page of the API's links into the history in one transaction: unknown links are added
    /// (marked synced), known ones take what changed. Rows still waiting for their answer are left to reconciliation.
    public func merge(listed links: [PaymentLink], profile: String) throws(StoreError) -> MergeCount {
        let created = now()
        return try write { db in
            var count = MergeCount()
            let project = try projectKey(db)
            for link in links {
                // Cached statements: a page of 200 links would otherwise compile (and authorize) each query 200 times.
                guard let known = try HistoryRecord.fetchOne(
                    db.cachedStatement(sql: "SELECT * FROM link WHERE link_id = ?"), arguments: [link.linkID])
                else {
                    var record = HistoryRecord(profile: profile, createdAt: created, state: .created, source: .synced)
                    record.apply(link)
                    try HistorySchema.insertInOrder(&record, db, project: project)
                    count.added += 1
                    continue
                }
                var record = known
                record.apply(link)
                // Listed for this project: a row filed elsewhere (or from before projects) moves here, and counts as changed.
                if let project { try HistorySearchScope.file(&record, under: project, db) }
                if record == known {
                    count.unchanged += 1
                } else {
                    try record.update(db)
                    count.changed += 1
                }
            }
            return count
        }
    }

    /// Stores whole records as they are, in one transaction (imports and benchmarks); returns them with their ids.
    @discardableResult
    public func insert(_ records: [HistoryRecord]) throws(StoreError) -> [HistoryRecord] {
        try write { db in
            let project = try projectKey(db)
            return try records.map { record in
                var stored = record
                try HistorySchema.insertInOrder(&stored, db, project: project)
                return stored
            }
        }
    }

    /// Records a status seen on the API; returns false when the link is not in the history.
    @discardableResult
    public func updateStatus(linkID: String, status: LinkStatus, updatedAt: Date? = nil) throws(StoreError) -> Bool {
        let stamp = HistoryRecord.seconds(updatedAt ?? now())
        return try write { db in
            try db.execute(
                sql: "UPDATE link SET status = ?, updated_at = ? WHERE link_id = ?",
                arguments: [status.rawValue, stamp, linkID])
            return db.changesCount > 0
        }
    }

    // MARK: Reading

    /// The row of a link id, if the history has it.
    public func record(linkID: String) throws(StoreError) -> HistoryRecord? {
        try read { db in
            guard let key = try projectKey(db) else {
                return try HistoryRecord.fetchOne(db, sql: "SELECT * FROM link WHERE link_id = ?", arguments: [linkID])
            }
            return try HistoryRecord.fetchOne(
                db, sql: "SELECT * FROM link WHERE link_id = ? AND project = ?", arguments: [linkID, key])
        }
    }

    /// The row of an attempt.
    public func record(_ attempt: AttemptID) throws(StoreError) -> HistoryRecord? {
        try read { db in try HistoryRecord.fetchOne(db, key: attempt.rawValue) }
    }

    /// Up to `limit` rows after `cursor`, newest first; reads only the page, however long the history.
    /// `search` matches the beginnings of words in name, reference, order id, link id, payer name and e-mail, a
    /// reference typed in full first; an amount ("12,50", "12.50") finds the links of that amount;
    /// `batch` keeps only the rows of that batch.
    public func page(
        after cursor: HistoryCursor? = nil, limit: Int = 50, filter: HistoryFilter = .all, search: String? = nil,
        createdBy: String? = nil, batch: String? = nil
    ) throws(StoreError) -> [HistoryRecord] {
        try read { db in
            let project = try readFilter(db)
            var query = conditions(filter: filter, match: nil, createdBy: createdBy)
            if let batch {
                query.clauses.append("link.batch_id = ?")
                query.arguments.append(batch)
            }
            let sql: String
            var exact: [HistoryRecord] = []
            if let minor = search.flatMap(HistorySearch.amount(in:)) {
                // "12,50" or "12.50": the links of that amount, as a clerk reads it off a receipt.
                query.clauses.append("amount = ?")
                query.arguments.append(minor)
                query.append("id < ?", ifGiven: cursor?.id)
                query.append("project = ?", ifGiven: project)
                sql = "SELECT * FROM link\(query.whereSQL) ORDER BY id DESC LIMIT ?"
            } else if let match = try searchMatch(db, search), let reference = search?.trimmingCharacters(in: .whitespaces) {
                // A reference typed exactly comes first (on the first page), then the other matches, newest first.
                // Its words are looked up whole, so the look-up reads only the few rows that hold them.
                var same = query
                same.clauses.insert("link_search MATCH ?", at: 0)
                same.arguments.insert(try searchMatch(db, search, wholeWords: true) ?? match, at: 0)
                same.clauses.append("link.reference = ? COLLATE NOCASE")
                same.arguments.append(reference)
                same.append("+link.project = ?", ifGiven: project)
                if cursor == nil {
                    exact = try HistoryRecord.fetchAll(
                        db, sql: "SELECT link.* FROM link_search JOIN link ON link.id = link_search.rowid\(same.whereSQL) "
                            + "ORDER BY link_search.rowid DESC LIMIT ?",
                        arguments: StatementArguments(same.arguments + [max(0, min(limit, Self.exactReferenceRows))]))
                }
                query.clauses.append("(link.reference IS NULL OR link.reference <> ? COLLATE NOCASE)")
                query.arguments.append(reference)
                // The search index hands out matches newest first and stops at the limit, however common the word;
                // the cursor goes on the index's rowid so it can seek there instead of filtering afterwards.
                // The words are the project's own, so FTS5 reads no other project's entries; the project is compared
                // as well (without its index) in case two projects' tags ever met.
                query.clauses.insert("link_search MATCH ?", at: 0)
                query.arguments.insert(match, at: 0)
                query.append("link_search.rowid < ?", ifGiven: cursor?.id)
                query.append("+link.project = ?", ifGiven: project)
                sql = "SELECT link.* FROM link_search JOIN link ON link.id = link_search.rowid\(query.whereSQL) "
                    + "ORDER BY link_search.rowid DESC LIMIT ?"
            } else {
                query.append("id < ?", ifGiven: cursor?.id)
                query.append("project = ?", ifGiven: project)
                sql = "SELECT * FROM link\(query.whereSQL) ORDER BY id DESC LIMIT ?"
            }
            let arguments = StatementArguments(query.arguments + [max(0, limit - exact.count)])
            return exact + (try HistoryRecord.fetchAll(db, sql: sql, arguments: arguments))
        }
    }

    /// At most this many rows whose reference is the search itself lead the first page.
    static let exactReferenceRows = 5

    /// How many rows match, for "n links" and scroll bars.
    public func count(filter: HistoryFilter = .all, search: String? = nil, createdBy: String? = nil) throws(StoreError) -> Int {
        try read { db in
            let project = try readFilter(db)
            if let minor = search.flatMap(HistorySearch.amount(in:)) {
                var query = conditions(filter: filter, match: nil, createdBy: createdBy)
                query.clauses.append("amount = ?")
                query.arguments.append(minor)
                query.append("project = ?", ifGiven: project)
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM link\(query.whereSQL)", arguments: StatementArguments(query.arguments)) ?? 0
            }
            let match = try searchMatch(db, search)
            if filter == .all, createdBy == nil, let match {
                // Counting inside the search index alone is an order of magnitude faster than joining the table.
                return try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM link_search WHERE link_search MATCH ?", arguments: [match]) ?? 0
            }
            var query = conditions(filter: filter, match: match, createdBy: createdBy)
            query.append("project = ?", ifGiven: project)
            let arguments = StatementArguments(query.arguments)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM link\(query.whereSQL)", arguments: arguments) ?? 0
        }
    }

    private struct Conditions {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        var whereSQL: String { clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ") }

        /// Adds `clause` with its one argument when there is a value to compare with.
        mutating func append(_ clause: String, ifGiven value: (any DatabaseValueConvertible)?) {
            guard let value else { return }
            clauses.append(clause)
            arguments.append(value)
        }
    }

    /// The clauses of `filter`, `createdBy` and `match` (an FTS5 query from `searchMatch`).
    private func conditions(filter: HistoryFilter, match: String?, createdBy: String?) -> Conditions {
        var query = Conditions()
        let nowSeconds = HistoryRecord.seconds(now())
        switch filter {
        case .all:
            break
        case .status(.active):
            query.clauses.append("status = 'active' AND (expires_at IS NULL OR expires_at > ?)")
            query.arguments.append(nowSeconds)
        case .status(.expired):
            query.clauses.append("(status = 'expired' OR (status = 'active' AND expires_at <= ?))")
            query.arguments.append(nowSeconds)
        case .status(let status):
            query.clauses.append("status = ?")
            query.arguments.append(status.rawValue)
        case .state(let state):
            query.clauses.append("state = ?")
            query.arguments.append(state.rawValue)
        case .unresolved:
            query.clauses.append("state IN ('sending', 'unknown')")
        case .batch(let id):
            query.clauses.append("batch_id = ?")
            query.arguments.append(id)
        }
        if let createdBy {
            query.clauses.append("link.created_by = ? COLLATE NOCASE")
            query.arguments.append(createdBy)
        }
        if let match {
            query.clauses.append("id IN (SELECT rowid FROM link_search WHERE link_search MATCH ?)")
            query.arguments.append(match)
        }
        return query
    }

    // MARK: Plumbing

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database("The history at \(file.path) could not be read: \(Self.describe(error))")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try updating { try pool.write(body) }
    }

    /// A write whose commit is on the disk when it returns (the write-ahead log synced): what must survive a power cut
    /// before a request leaves. Other writes keep the WAL's `synchronous = NORMAL`: they survive a crash of the
    /// process at once, and a power cut once the next checkpoint syncs them; a lost answer is settled from the attempt.
    func writeToDisk<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try updating {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                defer { try? db.execute(sql: "PRAGMA synchronous = NORMAL") }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    /// Runs a write, its failure said as the history's.
    private func updating<T>(_ run: () throws -> T) throws(StoreError) -> T {
        do {
            return try run()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database("The history at \(file.path) could not be updated: \(Self.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }

    private static func withFileLock<T>(at path: String, _ body: () throws -> T) throws -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.io("Could not open \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw StoreError.io("Could not lock \(path): \(String(cString: strerror(errno)))")
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
