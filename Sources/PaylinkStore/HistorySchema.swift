import GRDB

/// The history database's schema, one named migration per change.
enum HistorySchema {
    static let searchedColumns = ["name", "reference", "order_id", "link_id", "payer_name", "payer_email"]
    /// What search matches since links carry their maker.
    static let searchedColumnsWithCreator = searchedColumns + ["created_by"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("create link table") { db in
            try db.execute(sql: """
                CREATE TABLE link (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    profile TEXT NOT NULL,
                    link_id TEXT UNIQUE,
                    order_id TEXT,
                    reference TEXT,
                    name TEXT NOT NULL DEFAULT '',
                    amount INTEGER,
                    currency TEXT,
                    language TEXT,
                    payment_flow TEXT,
                    method TEXT,
                    purpose TEXT,
                    country TEXT,
                    payer_name TEXT,
                    payer_email TEXT,
                    metadata TEXT,
                    payment_url TEXT,
                    lifetime INTEGER,
                    created_at INTEGER NOT NULL,
                    expires_at INTEGER,
                    updated_at INTEGER,
                    status TEXT,
                    state TEXT NOT NULL CHECK (state IN ('sending', 'created', 'refused', 'unknown', 'not_created')),
                    request TEXT,
                    error TEXT
                );
                CREATE INDEX link_by_created ON link(created_at, id);
                CREATE INDEX link_by_status ON link(status, created_at, id);
                CREATE INDEX link_by_state ON link(state, created_at, id);
                CREATE INDEX link_by_order ON link(order_id);
                """)
        }
        migrator.registerMigration("create link search index") { db in
            try createSearchIndex(db, columns: searchedColumns)
        }
        migrator.registerMigration("order rows by id") { db in
            // Ids now follow created time (see `insertInOrder`), so one integer orders pages and search results alike.
            try db.execute(sql: """
                DROP INDEX link_by_created;
                DROP INDEX link_by_status;
                DROP INDEX link_by_state;
                CREATE INDEX link_by_created ON link(created_at);
                CREATE INDEX link_by_status ON link(status, id);
                CREATE INDEX link_by_state ON link(state, id);
                """)
        }
        migrator.registerMigration("add batch columns") { db in
            // A batch row is found again by what identifies its payment, so a rerun never makes a second link.
            try db.execute(sql: """
                ALTER TABLE link ADD COLUMN batch_id TEXT;
                ALTER TABLE link ADD COLUMN batch_row INTEGER;
                ALTER TABLE link ADD COLUMN payment_key TEXT;
                CREATE INDEX link_by_batch ON link(batch_id, batch_row);
                CREATE INDEX link_by_payment_key ON link(profile, payment_key);
                """)
        }
        migrator.registerMigration("link creator and source") { db in
            // The maker is read from each link's metadata once here; afterwards every write fills the column.
            try db.execute(sql: """
                ALTER TABLE link ADD COLUMN created_by TEXT;
                ALTER TABLE link ADD COLUMN source TEXT NOT NULL DEFAULT 'local';
                UPDATE link SET created_by = json_extract(metadata, '$.created_by')
                    WHERE metadata IS NOT NULL AND json_valid(metadata);
                CREATE INDEX link_by_creator ON link(created_by COLLATE NOCASE, id);
                DROP TRIGGER link_search_insert;
                DROP TRIGGER link_search_delete;
                DROP TRIGGER link_search_update;
                DROP TABLE link_search;
                """)
            try createSearchIndex(db, columns: searchedColumnsWithCreator)
        }
        migrator.registerMigration("callback receipts") { db in
            // Request ids of the callbacks already applied, so a repeated delivery changes nothing.
            try db.execute(sql: """
                CREATE TABLE callback_receipt (
                    request_id TEXT PRIMARY KEY,
                    received_at INTEGER NOT NULL,
                    event TEXT NOT NULL,
                    order_id TEXT
                );
                """)
        }
        migrator.registerMigration("link project") { db in
            // Rows from before name only their profile; that profile claims them the first time it opens the history.
            try db.execute(sql: """
                ALTER TABLE link ADD COLUMN project TEXT NOT NULL DEFAULT '';
                UPDATE link SET project = 'profile ' || profile;
                CREATE INDEX link_by_project ON link(project);
                CREATE TABLE history_project (
                    client_key TEXT PRIMARY KEY,
                    project TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("search within project") { _ in
            // It put each row's project into the search index as one more term. The next migration, which always
            // follows it, replaces that index, so a file that has not run this one yet skips straight to it.
        }
        migrator.registerMigration("search words under project tags") { db in
            // Each word behind a tag of its row's project: a search within a project never walks another project's
            // entries (see `HistorySearchScope`).
            try dropSearchIndex(db)
            try db.execute(sql: """
                DROP VIEW IF EXISTS link_search_content;
                CREATE TABLE search_tag (tag TEXT PRIMARY KEY, project TEXT NOT NULL) WITHOUT ROWID;
                CREATE INDEX search_tag_by_project ON search_tag(project);
                INSERT INTO search_tag (tag, project)
                    SELECT 't' || printf('%011d', ROW_NUMBER() OVER (ORDER BY project)), project
                    FROM (SELECT DISTINCT project FROM link);
                ALTER TABLE link ADD COLUMN search_tag TEXT NOT NULL DEFAULT '';
                UPDATE link SET search_tag = (SELECT tag FROM search_tag WHERE search_tag.project = link.project);
                """)
            // The index starts empty: `HistoryUpgrade` fills it a batch of rows per transaction, with progress, so a
            // large file's first open can stop and go on where it stopped.
            try createSearchIndex(db, columns: searchedColumnsWithCreator, scope: .projectWords, fill: false)
            try db.execute(sql: """
                CREATE TABLE \(HistoryUpgrade.searchFillTable) (next_id INTEGER NOT NULL);
                INSERT INTO \(HistoryUpgrade.searchFillTable) SELECT COALESCE(MIN(id), 0) FROM link;
                """)
        }
        migrator.registerMigration("refunds") { db in
            // A refund is money leaving the shop: written ahead like a create, settled by its answer or by the order.
            // A link's `refunded` is what its refunds gave back (failed ones aside), kept by triggers, never written.
            try db.execute(sql: """
                CREATE TABLE refund (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    profile TEXT NOT NULL,
                    project TEXT NOT NULL DEFAULT '',
                    link_id TEXT,
                    order_id TEXT NOT NULL,
                    reference TEXT,
                    refund_id TEXT UNIQUE,
                    request_key TEXT UNIQUE,
                    amount INTEGER NOT NULL,
                    currency TEXT NOT NULL,
                    reason TEXT,
                    status TEXT,
                    state TEXT NOT NULL CHECK (state IN ('sending', 'created', 'refused', 'unknown', 'not_created')),
                    refunded_before INTEGER,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER,
                    created_by TEXT,
                    source TEXT NOT NULL DEFAULT 'local',
                    request TEXT,
                    error TEXT
                );
                CREATE INDEX refund_by_link ON refund(link_id);
                CREATE INDEX refund_by_order ON refund(order_id);
                CREATE INDEX refund_by_created ON refund(created_at);
                ALTER TABLE link ADD COLUMN refunded INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE link ADD COLUMN paid_method TEXT;
                """)
            let sum = """
                (SELECT COALESCE(SUM(amount), 0) FROM refund
                 WHERE refund.link_id = link.link_id AND state = 'created' AND COALESCE(status, '') != 'failed')
                """
            try db.execute(sql: """
                CREATE TRIGGER refund_sum_insert AFTER INSERT ON refund WHEN new.link_id IS NOT NULL BEGIN
                    UPDATE link SET refunded = \(sum) WHERE link_id = new.link_id;
                END;
                CREATE TRIGGER refund_sum_update AFTER UPDATE OF state, status, amount, link_id ON refund BEGIN
                    UPDATE link SET refunded = \(sum) WHERE link_id IN (new.link_id, old.link_id);
                END;
                CREATE TRIGGER refund_sum_delete AFTER DELETE ON refund WHEN old.link_id IS NOT NULL BEGIN
                    UPDATE link SET refunded = \(sum) WHERE link_id = old.link_id;
                END;
                """)
        }
        migrator.registerMigration("till screens") { db in
            // What each till on this machine shows its customer now, read by `paylink display --till NAME`.
            try db.execute(sql: TillScreen.schema)
        }
        // The takings read only these covering indexes, never the wide rows (a year of links answers in under a
        // second). Each is a step of its own, so a large history that stops while building one keeps the others; a
        // file whose "refunds" step built them all already skips them.
        for index in takingsIndexes {
            migrator.registerMigration(index.migration) { db in
                try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(index.name) ON link(\(index.columns))")
            }
        }
        return migrator
    }

    /// The takings' covering indexes of `link`: the migration that builds each, its name and its columns.
    static let takingsIndexes: [(migration: String, name: String, columns: String)] = [
        ("takings index of payments", "link_takings_paid",
         "status, updated_at, currency, amount, created_by, paid_method, method, project"),
        ("takings index of links made", "link_takings_made",
         "created_at, state, currency, created_by, paid_method, method, project"),
        ("takings index of expiries", "link_takings_expiry", "expires_at, status, currency, created_by, method, project"),
    ]

    /// How a search index tells projects apart.
    private enum SearchScope {
        /// Not at all: one column per searched column of `link`.
        case none
        /// One column of words, each behind its row's tag (see `HistorySearchScope`).
        case projectWords
    }

    private static func dropSearchIndex(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER link_search_insert;
            DROP TRIGGER link_search_delete;
            DROP TRIGGER link_search_update;
            DROP TABLE link_search;
            """)
    }

    /// The full-text index over `columns` of `link`, kept in step by triggers, filled from the rows already there
    /// unless `fill` is false; with a `scope`, the index reads its content through a view that computes what it holds.
    private static func createSearchIndex(
        _ db: Database, columns searched: [String], scope: SearchScope = .none, fill: Bool = true
    ) throws {
        let indexColumns: [String]
        /// The indexed values of the row named `row` (`new.`, `old.` or none), in the index's column order.
        let values: (String) -> [String]
        let watched: [String]
        var prefix = "1 2 3"
        switch scope {
        case .none:
            indexColumns = searched
            values = { row in searched.map { row + $0 } }
            watched = searched
        case .projectWords:
            indexColumns = ["words"]
            values = { row in
                ["\(HistorySearchScope.functionName)(" + (["search_tag"] + searched).map { row + $0 }.joined(separator: ", ") + ")"]
            }
            watched = searched + ["search_tag"]
            prefix = HistorySearchScope.prefixLengths.map(String.init).joined(separator: " ")
        }
        let columns = indexColumns.joined(separator: ", ")
        let newValues = values("new.").joined(separator: ", ")
        let oldValues = values("old.").joined(separator: ", ")
        let content = scope == .none ? "link" : "link_search_content"
        if scope == .projectWords {
            // External content must read as the index holds it, so the index reads a view.
            let selected = zip(values(""), indexColumns).map { "\($0) AS \($1)" }.joined(separator: ", ")
            // A row is refused unless its tag is one of its project's, so no search ever reads another project's rows.
            let wrongTag = "NOT EXISTS (SELECT 1 FROM search_tag WHERE tag = new.search_tag AND project = new.project)"
            let refusal = "SELECT RAISE(ABORT, 'search_tag: a link must be filed under a tag of its own project');"
            try db.execute(sql: """
                CREATE VIEW link_search_content AS SELECT id, \(selected) FROM link;
                CREATE TRIGGER link_search_tag_insert BEFORE INSERT ON link WHEN \(wrongTag) BEGIN \(refusal) END;
                CREATE TRIGGER link_search_tag_update BEFORE UPDATE OF project, search_tag ON link WHEN \(wrongTag)
                BEGIN \(refusal) END;
                """)
        }
        // External content: the text lives once, in `link`; triggers keep the index in step.
        try db.execute(sql: """
            CREATE VIRTUAL TABLE link_search USING fts5(
                \(columns), content='\(content)', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2', prefix='\(prefix)');
            CREATE TRIGGER link_search_insert AFTER INSERT ON link BEGIN
                INSERT INTO link_search(rowid, \(columns)) VALUES (new.id, \(newValues));
            END;
            CREATE TRIGGER link_search_delete AFTER DELETE ON link BEGIN
                INSERT INTO link_search(link_search, rowid, \(columns)) VALUES ('delete', old.id, \(oldValues));
            END;
            CREATE TRIGGER link_search_update AFTER UPDATE OF \(watched.joined(separator: ", ")) ON link BEGIN
                INSERT INTO link_search(link_search, rowid, \(columns)) VALUES ('delete', old.id, \(oldValues));
                INSERT INTO link_search(rowid, \(columns)) VALUES (new.id, \(newValues));
            END;
            """)
        if fill { try db.execute(sql: "INSERT INTO link_search(link_search) VALUES ('rebuild')") }
    }

    /// Ids within one second of created time.
    static let idsPerSecond: Int64 = 1 << 24

    /// Inserts `record` with an id made from its created time (seconds × 2^24 + a counter), so that the id order
    /// is the created-time order and the search index, keyed by id, yields matches newest first.
    /// A record without a project gets `project`, else its profile's key (see `HistoryProject.key(profile:)`).
    static func insertInOrder(_ record: inout HistoryRecord, _ db: Database, project: String? = nil) throws {
        if record.project.isEmpty { record.project = project ?? HistoryProject.key(profile: record.profile) }
        record.searchTag = try HistorySearchScope.tag(for: record.project, db)
        let base = Int64(HistoryRecord.seconds(record.createdAt)) &* idsPerSecond
        let last = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT MAX(id) FROM link WHERE id >= ? AND id < ?"), arguments: [base, base &+ idsPerSecond])
        record.id = (last ?? base - 1) + 1
        try record.insert(db)
    }
}
