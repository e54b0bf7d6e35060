import Foundation
import GRDB
import PayseraCheckout
import TestSupport
import Testing
@testable import PaylinkStore

/// Links listed by the API merged into the history, and who made each link.
@Suite(.ownThread) struct HistoryMergeTests {
    private func listed(name: String, by maker: String?, at date: Date, status: LinkStatus = .active) -> PaymentLink {
        var request = linkRequest(name: name)
        request.metadata = maker.map { ["created_by": $0] }
        return createdLink(for: request, at: date, status: status)
    }

    @Test func unknownLinksArriveMarkedSyncedWithTheirMakerAndKnownOnesAreCounted() throws {
        let fixture = try HistoryFixture()
        let start = fixture.clock.now
        let anna = listed(name: "Teapot", by: "anna", at: start)
        let dashboard = listed(name: "Kettle", by: nil, at: start.addingTimeInterval(5))
        let first = try fixture.store.merge(listed: [dashboard, anna], profile: "shop")
        #expect(first == MergeCount(added: 2))
        let rows = try fixture.store.page()
        #expect(rows.map(\.name) == ["Kettle", "Teapot"])
        #expect(rows.map(\.source) == [.synced, .synced])
        #expect(rows.map(\.createdBy) == [nil, "anna"])

        var paid = anna
        paid.status = .completed
        let second = try fixture.store.merge(listed: [dashboard, paid], profile: "shop")
        #expect(second == MergeCount(changed: 1, unchanged: 1))
        #expect(try fixture.store.record(linkID: anna.linkID)?.status == .completed)
    }

    @Test func aLinkMadeHereStaysLocalWhenTheListBringsItBack() throws {
        let fixture = try HistoryFixture()
        var request = linkRequest(name: "Mug")
        request.metadata = ["created_by": "anna"]
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: request, currency: "EUR", reference: "M1")
        let link = createdLink(for: request, at: fixture.clock.now)
        try fixture.store.markCreated(attempt, link: link)
        #expect(try fixture.store.merge(listed: [link], profile: "shop") == MergeCount(unchanged: 1))
        let row = try #require(try fixture.store.record(linkID: link.linkID))
        #expect(row.source == .local && row.createdBy == "anna" && row.currency == "EUR")
    }

    @Test func theMakerFiltersAndIsFoundBySearch() throws {
        let fixture = try HistoryFixture()
        let start = fixture.clock.now
        _ = try fixture.store.merge(
            listed: [listed(name: "One", by: "Anna", at: start), listed(name: "Two", by: "ben@till-2", at: start.addingTimeInterval(1))],
            profile: "shop")
        #expect(try fixture.store.page(createdBy: "anna").map(\.name) == ["One"])
        #expect(try fixture.store.count(createdBy: "ANNA") == 1)
        #expect(try fixture.store.page(search: "ben").map(\.name) == ["Two"])
        #expect(try fixture.store.page(search: "two", createdBy: "ben@till-2").map(\.name) == ["Two"])
        #expect(try fixture.store.page(search: "two", createdBy: "anna").isEmpty)
    }

    @Test func theMigrationReadsTheMakerOfRowsAlreadyStoredAndIndexesIt() throws {
        let temp = try TemporaryDirectory()
        let file = temp.appending("history.sqlite")
        let queue = try DatabaseQueue(path: file.path)
        try HistorySchema.migrator.migrate(queue, upTo: "order rows by id")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO link (profile, link_id, name, metadata, created_at, state)
                VALUES ('shop', 'old-1', 'Old vase', '{"created_by":"carla"}', 1750000000, 'created'),
                       ('shop', 'old-2', 'Old lamp', 'not json', 1750000001, 'created')
                """)
        }
        try queue.close()
        let store = try HistoryStore(file: file)
        #expect(try store.record(linkID: "old-1")?.createdBy == "carla")
        #expect(try store.record(linkID: "old-1")?.source == .local)
        #expect(try store.record(linkID: "old-2")?.createdBy == nil)
        #expect(try store.page(search: "carla").map(\.linkID) == ["old-1"])
        #expect(try store.page(search: "lamp").map(\.linkID) == ["old-2"])
    }
}
