import Foundation
import GRDB
import PayseraCheckout
import TestSupport
import Testing
@testable import PaylinkStore

@Suite(.ownThread) struct HistoryProjectTests {
    private let shop = HistoryProject(baseURL: URL(string: "http://127.0.0.1:9001"), clientID: "shop", profile: "shop")
    private let kiosk = HistoryProject(baseURL: URL(string: "http://127.0.0.1:9002"), clientID: "kiosk", profile: "kiosk")

    private func made(_ store: HistoryStore, _ name: String, clock: TestClock) throws -> HistoryRecord {
        let request = linkRequest(name: name)
        let attempt = try store.beginAttempt(profile: store.project?.profile ?? "x", request: request, currency: "EUR", reference: nil)
        clock.advance(1)
        return try store.markCreated(attempt, link: createdLink(for: request, at: clock.now))
    }

    @Test func eachProjectSeesOnlyItsOwnLinksAndTheUnscopedStoreSeesAll() throws {
        let fixture = try HistoryFixture()
        let shopStore = try fixture.store.scoped(to: shop)
        let kioskStore = try fixture.store.scoped(to: kiosk)
        let vase = try made(shopStore, "Vase for the shop", clock: fixture.clock)
        let lamp = try made(kioskStore, "Lamp for the kiosk", clock: fixture.clock)
        _ = try made(shopStore, "Second vase", clock: fixture.clock)

        #expect(try shopStore.page().map(\.name) == ["Second vase", "Vase for the shop"])
        #expect(try kioskStore.page().map(\.name) == ["Lamp for the kiosk"])
        #expect(try shopStore.count() == 2)
        #expect(try kioskStore.count() == 1)
        #expect(try shopStore.page(search: "lamp").isEmpty)
        #expect(try shopStore.count(search: "vase") == 2)
        #expect(try kioskStore.count(search: "vase") == 0)
        #expect(try kioskStore.page(search: "lamp").map(\.linkID) == [lamp.linkID])
        #expect(try kioskStore.record(linkID: vase.linkID!) == nil)
        #expect(try shopStore.record(linkID: vase.linkID!)?.name == "Vase for the shop")
        #expect(try fixture.store.count() == 3)
        #expect(try fixture.store.page(search: "vase").count == 2)
    }

    @Test func aNamedProjectJoinsTheRowsOfEveryClientOfItAndSurvivesRenamingTheProfile() throws {
        let fixture = try HistoryFixture()
        let till1 = try fixture.store.scoped(to: shop)
        let till2 = try fixture.store.scoped(
            to: HistoryProject(baseURL: URL(string: "HTTP://127.0.0.1:9001/"), clientID: "shop-2", profile: "till-2"))
        _ = try made(till1, "Made by till one", clock: fixture.clock)
        _ = try made(till2, "Made by till two", clock: fixture.clock)
        #expect(try till1.count() == 1)

        try till1.learnProject(id: "p-42")
        try till2.learnProject(id: "p-42")
        #expect(try till1.page().map(\.name) == ["Made by till two", "Made by till one"])
        #expect(try till2.count() == 2)

        // Same address and client under a new profile name: the same project.
        let renamed = try fixture.store.scoped(
            to: HistoryProject(baseURL: URL(string: "http://127.0.0.1:9001"), clientID: "shop", profile: "main-till"))
        #expect(try renamed.count() == 2)
        _ = try made(renamed, "Made after renaming", clock: fixture.clock)
        #expect(try till2.page().first?.name == "Made after renaming")
        #expect(try fixture.store.scoped(to: kiosk).count() == 0)
    }

    @Test func rowsFromBeforeProjectsJoinTheProfileTheyName() throws {
        let temp = try TemporaryDirectory()
        let file = temp.appending("history.sqlite")
        let queue = try DatabaseQueue(path: file.path)
        try HistorySchema.migrator.migrate(queue, upTo: "callback receipts")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO link (profile, link_id, name, created_at, state)
                VALUES ('shop', 'old-1', 'Old vase', 1750000000, 'created'),
                       ('kiosk', 'old-2', 'Old lamp', 1750000001, 'created'),
                       ('gone', 'old-3', 'Old chair', 1750000002, 'created')
                """)
        }
        try queue.close()
        let everything = try HistoryStore(file: file)
        #expect(try everything.count() == 3)
        let shopStore = try everything.scoped(to: shop)
        #expect(try shopStore.page().map(\.linkID) == ["old-1"])
        #expect(try shopStore.page(search: "old").map(\.linkID) == ["old-1"])
        #expect(try everything.scoped(to: kiosk).page().map(\.linkID) == ["old-2"])
        // A profile that no longer exists keeps its rows; they show among every project's.
        #expect(try everything.page().map(\.linkID) == ["old-3", "old-2", "old-1"])
    }

    @Test func aFileIndexedWithProjectTokensIsReindexedUnderTagsOnceAndSearchesPerProject() throws {
        let temp = try TemporaryDirectory()
        let file = temp.appending("history.sqlite")
        let queue = try DatabaseQueue(path: file.path)
        try HistorySchema.migrator.migrate(queue, upTo: "search within project")
        // The index as the "search within project" migration first built it: the words plus a project token per row.
        let columns = HistorySchema.searchedColumnsWithCreator
        func values(_ row: String) -> String {
            (columns.map { row + $0 } + ["char(57344) || hex(\(row)project)"]).joined(separator: ", ")
        }
        let all = (columns + ["project"]).joined(separator: ", ")
        try queue.write { db in
            try db.execute(sql: """
                DROP TRIGGER link_search_insert; DROP TRIGGER link_search_delete; DROP TRIGGER link_search_update;
                DROP TABLE link_search;
                CREATE VIEW link_search_content AS SELECT id, \(values("")) AS project FROM link;
                CREATE VIRTUAL TABLE link_search USING fts5(\(all), content='link_search_content', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
                CREATE TRIGGER link_search_insert AFTER INSERT ON link BEGIN
                    INSERT INTO link_search(rowid, \(all)) VALUES (new.id, \(values("new.")));
                END;
                CREATE TRIGGER link_search_delete AFTER DELETE ON link BEGIN
                    INSERT INTO link_search(link_search, rowid, \(all)) VALUES ('delete', old.id, \(values("old.")));
                END;
                CREATE TRIGGER link_search_update AFTER UPDATE OF \(all) ON link BEGIN
                    INSERT INTO link_search(link_search, rowid, \(all)) VALUES ('delete', old.id, \(values("old.")));
                    INSERT INTO link_search(rowid, \(all)) VALUES (new.id, \(values("new.")));
                END;
                INSERT INTO link (profile, project, link_id, name, created_at, state) VALUES
                    ('shop', '\(shop.clientKey)', 'old-1', 'Walnut vase', 1750000000, 'created'),
                    ('kiosk', '\(kiosk.clientKey)', 'old-2', 'Walnut lamp', 1750000001, 'created'),
                    ('shop', '\(shop.clientKey)', 'old-3', 'Oak chair', 1750000002, 'created');
                """)
        }
        try queue.close()
        let everything = try HistoryStore(file: file)
        let shopStore = try everything.scoped(to: shop)
        #expect(try shopStore.page(search: "walnut").map(\.linkID) == ["old-1"])
        #expect(try shopStore.count(search: "oak") == 1)
        #expect(try everything.scoped(to: kiosk).page(search: "wal").map(\.linkID) == ["old-2"])
        #expect(try everything.page(search: "walnut").map(\.linkID) == ["old-2", "old-1"])
        // New rows join their project's tag and are found with the old ones.
        _ = try made(shopStore, "Walnut clock", clock: TestClock())
        #expect(try shopStore.count(search: "walnut") == 2)
        var configuration = Configuration()
        configuration.prepareDatabase { db in HistorySearchScope.register(on: db) }
        try DatabaseQueue(path: file.path, configuration: configuration).write { db in
            #expect(try db.viewExists("link_search_content"))
            #expect(try String.fetchAll(db, sql: "SELECT project FROM search_tag ORDER BY tag") == [kiosk.clientKey, shop.clientKey].sorted())
            try db.execute(sql: "INSERT INTO link_search(link_search, rank) VALUES ('integrity-check', 1)")
        }
    }

    @Test func aLinkListedForThisProjectMovesHereAndCountsAsChanged() throws {
        let fixture = try HistoryFixture()
        let kioskStore = try fixture.store.scoped(to: kiosk)
        let made = try made(kioskStore, "Listed elsewhere", clock: fixture.clock)
        let shopStore = try fixture.store.scoped(to: shop)
        let link = try #require(made.paymentLink)
        #expect(try shopStore.merge(listed: [link], profile: "shop") == MergeCount(changed: 1))
        #expect(try shopStore.merge(listed: [link], profile: "shop") == MergeCount(unchanged: 1))
        #expect(try shopStore.page().map(\.linkID) == [made.linkID])
        #expect(try kioskStore.count() == 0)
    }

    @Test func theListAndItsSearchStayOnTheirIndexesWithTwoProjects() throws {
        let fixture = try HistoryFixture()
        let shopStore = try fixture.store.scoped(to: shop)
        _ = try made(shopStore, "Vase", clock: fixture.clock)
        _ = try made(try fixture.store.scoped(to: kiosk), "Lamp", clock: fixture.clock)
        let queue = try DatabaseQueue(path: fixture.file.path)
        let key = shop.clientKey
        try queue.read { db in
            func plan(_ sql: String, _ arguments: StatementArguments) throws -> String {
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                    .map { $0["detail"] as String? ?? "" }.joined(separator: " | ")
            }
            let list = try plan("SELECT * FROM link WHERE project = ? ORDER BY id DESC LIMIT 50", [key])
            #expect(list.contains("link_by_project") && !list.contains("TEMP B-TREE"), "\(list)")
            let next = try plan("SELECT * FROM link WHERE id < ? AND project = ? ORDER BY id DESC LIMIT 50", [1 << 60, key])
            #expect(next.contains("link_by_project") && !next.contains("TEMP B-TREE"), "\(next)")
            let search = try plan(
                "SELECT link.* FROM link_search JOIN link ON link.id = link_search.rowid WHERE link_search MATCH ? "
                    + "ORDER BY link_search.rowid DESC LIMIT 50", [HistorySearchScope.match(terms: ["va"], tags: try HistorySearchScope.tags(of: key, db))])
            #expect(search.hasPrefix("SCAN link_search VIRTUAL TABLE") && !search.contains("TEMP B-TREE"), "\(search)")
        }
        #expect(try shopStore.page(search: "va").map(\.name) == ["Vase"])
    }

    @Test func rowsMovedToAnotherProjectAreSearchedThereAndNoLongerWhereTheyWere() throws {
        let fixture = try HistoryFixture()
        let shopStore = try fixture.store.scoped(to: shop)
        let kioskStore = try fixture.store.scoped(to: kiosk)
        let clock = try made(shopStore, "Walnut clock", clock: fixture.clock)
        let lamp = try made(kioskStore, "Walnut lamp", clock: fixture.clock)
        #expect(try shopStore.page(search: "walnut").map(\.name) == ["Walnut clock"])

        // A token names the project: the client's rows move under its id, the index with them.
        try shopStore.learnProject(id: "p-7")
        // Listed for the shop: the kiosk's row moves here too.
        #expect(try shopStore.merge(listed: [try #require(lamp.paymentLink)], profile: "shop") == MergeCount(changed: 1))
        #expect(try shopStore.page(search: "walnut").map(\.name) == ["Walnut lamp", "Walnut clock"])
        #expect(try shopStore.count(search: "wal") == 2)
        #expect(try shopStore.count(filter: .status(.active), search: "walnut") == 2)
        #expect(try kioskStore.page(search: "walnut").isEmpty)
        #expect(try kioskStore.count(search: "walnut") == 0)

        var configuration = Configuration()
        configuration.prepareDatabase { db in HistorySearchScope.register(on: db) }
        let queue = try DatabaseQueue(path: fixture.file.path, configuration: configuration)
        func matches(_ projectKey: String) throws -> [Int64] {
            try queue.read { db in
                try Int64.fetchAll(
                    db, sql: "SELECT rowid FROM link_search WHERE link_search MATCH ? ORDER BY rowid",
                    arguments: [HistorySearchScope.match(terms: ["walnut"], tags: try HistorySearchScope.tags(of: projectKey, db))])
            }
        }
        #expect(try matches(HistoryProject.key(projectID: "p-7")) == [clock.id, lamp.id].compactMap { $0 })
        #expect(try matches(shop.clientKey).isEmpty)
        #expect(try matches(kiosk.clientKey).isEmpty)
        try queue.read { db in
            // The shop's tag went with its rows (nothing re-indexed); the kiosk's row, moved alone, took that tag.
            let tags = try HistorySearchScope.tags(of: HistoryProject.key(projectID: "p-7"), db)
            #expect(tags.count == 1)
            let filed = try String.fetchAll(
                db, sql: "SELECT DISTINCT search_tag FROM link WHERE project = ?", arguments: [HistoryProject.key(projectID: "p-7")])
            #expect(filed == tags)
        }
        // A row filed under another project's tag is refused, and stays where it was.
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "UPDATE link SET project = ? WHERE id = ?", arguments: [kiosk.clientKey, clock.id])
            }
        }
        #expect(try shopStore.page(search: "walnut clock").map(\.name) == ["Walnut clock"])
        // The index holds exactly what its content view says (FTS5 compares every row).
        try queue.write { db in
            try db.execute(sql: "INSERT INTO link_search(link_search, rank) VALUES ('integrity-check', 1)")
        }
    }

    @Test func typedWordsNeverMatchAProjectsTag() throws {
        let fixture = try HistoryFixture()
        let shopStore = try fixture.store.scoped(to: shop)
        _ = try made(shopStore, "Vase", clock: fixture.clock)
        _ = try made(try fixture.store.scoped(to: kiosk), "Lamp", clock: fixture.clock)
        let queue = try DatabaseQueue(path: fixture.file.path)
        let shopTag = try #require(try queue.read { db in try HistorySearchScope.tags(of: shop.clientKey, db) }.first)
        let kioskTag = try #require(try queue.read { db in try HistorySearchScope.tags(of: kiosk.clientKey, db) }.first)
        #expect(shopTag != kioskTag)
        // A tag as someone might type it, another project's word behind its tag, and the key's words.
        for typed in [shopTag, shopTag + "vase", kioskTag + "lamp", "client", "shop"] {
            for store in [shopStore, fixture.store] {
                #expect(try store.page(search: typed).isEmpty, "\(typed)")
                #expect(try store.count(search: typed) == 0, "\(typed)")
            }
        }
        #expect(try shopStore.page(search: "vase").map(\.name) == ["Vase"])
        #expect(try shopStore.page(search: "lamp").isEmpty)
        // The store of every project searches every project's words.
        #expect(try fixture.store.page(search: "vase").map(\.name) == ["Vase"])
        #expect(try fixture.store.page(search: "lamp").map(\.name) == ["Lamp"])
        #expect(try fixture.store.count(search: "lamp") == 1)
    }
}
