import Foundation
import GRDB
import PayseraCheckout
import TestSupport
import Testing
@testable import PaylinkStore

@Suite(.ownThread) struct HistoryMigrationTests {
    @Test func aFreshFileGetsEveryNamedMigrationInWALMode() throws {
        let fixture = try HistoryFixture()
        let queue = try DatabaseQueue(path: fixture.file.path)
        try queue.read { db in
            let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            #expect(applied == ["create link table", "create link search index", "order rows by id", "add batch columns", "link creator and source", "callback receipts", "link project", "search within project", "search words under project tags", "refunds", "till screens", "takings index of payments", "takings index of links made", "takings index of expiries"])
            #expect(try !db.tableExists(HistoryUpgrade.searchFillTable))
            #expect(try db.tableExists("link"))
            #expect(try db.tableExists("link_search"))
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            let columns = try db.columns(in: "link").map(\.name)
            #expect(columns.contains("state") && columns.contains("request") && columns.contains("payment_url"))
            #expect(!columns.contains { $0.contains("secret") || $0.contains("token") })
        }
    }

    @Test func reopeningKeepsRowsAndRunsNothingTwice() throws {
        let fixture = try HistoryFixture()
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: linkRequest(), currency: "EUR", reference: "R1")
        let reopened = try HistoryStore(file: fixture.file, now: fixture.clock.read)
        #expect(try reopened.record(attempt)?.reference == "R1")
        #expect(try reopened.count() == 1)
    }

    @Test func openingFromAppPathsCreatesThePrivateDataDirectory() throws {
        let temp = try TemporaryDirectory()
        let paths = AppPaths(environment: ["PAYLINK_DATA_DIR": temp.appending("nested/data").path], home: temp.url)
        let store = try HistoryStore(paths: paths)
        #expect(store.file == paths.historyFile)
        #expect(FileManager.default.fileExists(atPath: paths.historyFile.path))
    }
}

@Suite(.ownThread) struct WriteAheadTests {
    @Test func anAttemptIsOnDiskWithItsRequestBeforeAnyAnswer() throws {
        let fixture = try HistoryFixture()
        let request = linkRequest(name: "Order #7", amount: 1999, payerName: "Ona", payerEmail: "ona@example.com")
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: request, currency: "EUR", reference: "R-7")

        // Another process opening the same file sees the attempt.
        let other = try HistoryStore(file: fixture.file)
        let record = try #require(try other.record(attempt))
        #expect(record.state == .sending)
        #expect(record.linkID == nil)
        #expect(record.status == nil)
        #expect(record.name == "Order #7")
        #expect(record.amount == 1999)
        #expect(record.currency == "EUR")
        #expect(record.reference == "R-7")
        #expect(record.orderID == request.orderID)
        #expect(record.payerEmail == "ona@example.com")
        #expect(record.metadata == ["till": "3"])
        #expect(record.createdAt == fixture.clock.now)
        let sent = try JSONDecoder().decode(CreatePaymentLinkRequest.self, from: Data(try #require(record.requestJSON).utf8))
        #expect(sent == request)
    }

    @Test func anAnswerTurnsTheAttemptIntoACreatedLink() throws {
        let fixture = try HistoryFixture()
        let request = linkRequest()
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: request, currency: "EUR", reference: nil)
        let link = createdLink(for: request, at: fixture.clock.now)
        try fixture.store.markCreated(attempt, link: link)

        let record = try #require(try fixture.store.record(linkID: link.linkID))
        #expect(record.id == attempt.rawValue)
        #expect(record.state == .created)
        #expect(record.status == .active)
        #expect(record.paymentURL == link.paymentURL)
        #expect(record.expiresAt == fixture.clock.now.addingTimeInterval(259_200))
        #expect(record.paymentLink == link)
        #expect(try fixture.store.unknownAttempts(profile: "shop", staleAfter: 0).isEmpty)
    }

    @Test func aRefusalIsKeptAndNotOverwrittenByReconciliation() throws {
        let fixture = try HistoryFixture()
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: linkRequest(), currency: "EUR", reference: nil)
        #expect(try fixture.store.markRefused(attempt, message: "Amount must be greater than 0.00 EUR"))
        #expect(try fixture.store.markNotCreated(attempt) == false)
        #expect(try fixture.store.markUnknown(attempt, message: "timeout") == false)
        let record = try #require(try fixture.store.record(attempt))
        #expect(record.state == .refused)
        #expect(record.errorMessage == "Amount must be greater than 0.00 EUR")
    }

    @Test func aLostAnswerWaitsForReconciliationWhichAdoptsTheLink() throws {
        let fixture = try HistoryFixture()
        let request = linkRequest()
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: request, currency: "EUR", reference: "R9")
        #expect(try fixture.store.markUnknown(attempt, message: "The connection closed before the answer"))
        #expect(try fixture.store.unknownAttempts(profile: "shop").map(\.id) == [attempt.rawValue])
        #expect(try fixture.store.unknownAttempts(profile: "kiosk").isEmpty)
        #expect(try fixture.store.page(filter: .unresolved).map(\.id) == [attempt.rawValue])

        let link = createdLink(for: request, at: fixture.clock.now)
        try fixture.store.adopt(attempt, link: link)
        let record = try #require(try fixture.store.record(attempt))
        #expect(record.state == .created)
        #expect(record.linkID == link.linkID)
        #expect(record.errorMessage == nil)
        #expect(try fixture.store.unknownAttempts(profile: "shop").isEmpty)
    }

    @Test func aSendingAttemptIsReconciledOnlyOnceItIsStale() throws {
        let fixture = try HistoryFixture()
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: linkRequest(), currency: "EUR", reference: nil)
        fixture.clock.advance(10)
        #expect(try fixture.store.unknownAttempts(profile: "shop", staleAfter: 60).isEmpty)
        fixture.clock.advance(51)
        #expect(try fixture.store.unknownAttempts(profile: "shop", staleAfter: 60).map(\.id) == [attempt.rawValue])
        #expect(try fixture.store.markNotCreated(attempt))
        #expect(try fixture.store.record(attempt)?.state == .notCreated)
        #expect(try fixture.store.unknownAttempts(profile: "shop", staleAfter: 60).isEmpty)
    }

    @Test func reconciliationCannotUndoALinkThatWasCreated() throws {
        let fixture = try HistoryFixture()
        let request = linkRequest()
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: request, currency: "EUR", reference: nil)
        try fixture.store.markCreated(attempt, link: createdLink(for: request, at: fixture.clock.now))
        #expect(try fixture.store.markNotCreated(attempt) == false)
        #expect(try fixture.store.record(attempt)?.state == .created)
    }

    @Test func aLinkListedBeforeItsAnswerArrivedEndsAsOneRow() throws {
        let fixture = try HistoryFixture()
        let request = linkRequest()
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: request, currency: "EUR", reference: "R5")
        let link = createdLink(for: request, at: fixture.clock.now)
        try fixture.store.upsert(link: link, currency: nil, profile: "shop")
        #expect(try fixture.store.count() == 2)
        try fixture.store.markCreated(attempt, link: link)
        #expect(try fixture.store.count() == 1)
        let record = try #require(try fixture.store.record(linkID: link.linkID))
        #expect(record.id == attempt.rawValue)
        #expect(record.reference == "R5")
        #expect(record.currency == "EUR")
    }

    @Test func reconciliationAdoptsTheMatchingLinkNotAnotherAttemptsOrADifferentOne() throws {
        let fixture = try HistoryFixture()
        let orderID = UUID().uuidString.lowercased()
        let earlier = linkRequest(orderID: orderID, name: "Order #1")
        let earlierAttempt = try fixture.store.beginAttempt(profile: "shop", request: earlier, currency: "EUR", reference: nil)
        let earlierLink = createdLink(for: earlier, at: fixture.clock.now)
        try fixture.store.markCreated(earlierAttempt, link: earlierLink)

        fixture.clock.advance(5)
        let lost = linkRequest(orderID: orderID, name: "Order #1")
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: lost, currency: "EUR", reference: nil)
        try fixture.store.markUnknown(attempt, message: "timed out")
        let otherAmount = createdLink(for: linkRequest(orderID: orderID, name: "Order #1", amount: 999), at: fixture.clock.now)
        let theOne = createdLink(for: lost, at: fixture.clock.now)

        let outcome = try fixture.store.reconcile(attempt, listed: [earlierLink, otherAmount, theOne])
        guard case .adopted(let record) = outcome else {
            Issue.record("expected adoption, got \(outcome)")
            return
        }
        #expect(record.linkID == theOne.linkID)
        #expect(try fixture.store.record(earlierAttempt)?.linkID == earlierLink.linkID)
        #expect(try fixture.store.count() == 2)
        #expect(try fixture.store.reconcile(attempt, listed: []) == .alreadySettled(record))
    }

    @Test func reconciliationWithNoMatchingLinkMarksTheAttemptNotCreated() throws {
        let fixture = try HistoryFixture()
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: linkRequest(), currency: "EUR", reference: nil)
        try fixture.store.markUnknown(attempt, message: "timed out")
        #expect(try fixture.store.reconcile(attempt, listed: []) == .notCreated)
        #expect(try fixture.store.record(attempt)?.state == .notCreated)
    }

    @Test func anUnknownAttemptIdIsAnError() throws {
        let fixture = try HistoryFixture()
        #expect(throws: StoreError.noSuchAttempt(42)) { try fixture.store.markNotCreated(AttemptID(rawValue: 42)) }
        #expect(throws: StoreError.noSuchAttempt(42)) {
            try fixture.store.markCreated(AttemptID(rawValue: 42), link: createdLink(for: linkRequest(), at: Date()))
        }
    }
}

@Suite(.ownThread) struct LinkStatusTests {
    @Test func statusUpdatesAndUpsertsReachTheRow() throws {
        let fixture = try HistoryFixture()
        let link = createdLink(for: linkRequest(), at: fixture.clock.now)
        let inserted = try fixture.store.upsert(link: link, currency: "EUR", profile: "shop")
        #expect(inserted.state == .created)
        #expect(try fixture.store.updateStatus(linkID: link.linkID, status: .completed))
        #expect(try fixture.store.record(linkID: link.linkID)?.status == .completed)
        #expect(try fixture.store.updateStatus(linkID: "no-such-link", status: .completed) == false)

        var canceled = link
        canceled.status = .canceled
        try fixture.store.upsert(link: canceled, currency: nil, profile: "shop")
        let record = try #require(try fixture.store.record(linkID: link.linkID))
        #expect(record.status == .canceled)
        #expect(record.currency == "EUR")
        #expect(try fixture.store.count() == 1)
    }

    @Test func timestampsAtTheEndsOfIntFromTheAPIAreKeptNotACrash() throws {
        let fixture = try HistoryFixture()
        // 2^63 − 1 seconds becomes 2^63 as a Date, one past what Int holds.
        var link = createdLink(for: linkRequest(), at: fixture.clock.now)
        link.createdAt = Int.min
        link.expiredAt = Int.max
        try fixture.store.upsert(link: link, currency: "EUR", profile: "shop")
        let record = try #require(try fixture.store.record(linkID: link.linkID))
        #expect(record.paymentLink?.expiredAt == Int.max)
        #expect(record.paymentLink?.createdAt == Int.min)
    }

    @Test func anActiveLinkPastItsExpiryCountsAsExpiredWithoutARequest() throws {
        let fixture = try HistoryFixture()
        let shortLived = createdLink(for: linkRequest(name: "Short", lifetime: 60), at: fixture.clock.now)
        let longLived = createdLink(for: linkRequest(name: "Long", lifetime: 86_400), at: fixture.clock.now)
        let forever = createdLink(for: linkRequest(name: "Forever", lifetime: 0), at: fixture.clock.now)
        try fixture.store.upsert(links: [shortLived, longLived, forever], currency: "EUR", profile: "shop")
        fixture.clock.advance(61)

        #expect(try fixture.store.page(filter: .status(.expired)).map(\.name) == ["Short"])
        #expect(Set(try fixture.store.page(filter: .status(.active)).map(\.name)) == ["Long", "Forever"])
        let short = try #require(try fixture.store.record(linkID: shortLived.linkID))
        #expect(short.status == .active)
        #expect(short.effectiveStatus(at: fixture.clock.now) == .expired)
        #expect(try fixture.store.record(linkID: forever.linkID)?.expiresAt == nil)
    }

    @Test func listJSONUsesTheAPIsFieldNamesPlusStatusCurrencyAndState() throws {
        let fixture = try HistoryFixture()
        let request = linkRequest(payerName: "Ona", payerEmail: "ona@example.com")
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: request, currency: "EUR", reference: "R1")
        let link = createdLink(for: request, at: fixture.clock.now)
        let record = try fixture.store.markCreated(attempt, link: link)

        let data = try JSONEncoder().encode(record)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["link_id"] as? String == link.linkID)
        #expect(object["order_id"] as? String == request.orderID)
        #expect(object["payment_URL"] as? String == link.paymentURL)
        #expect((object["purchase"] as? [String: Any])?["amount"] as? Int == 2500)
        #expect((object["experience"] as? [String: Any])?["payment_flow"] as? String == "paysera_checkout")
        #expect((object["payer_information"] as? [String: Any])?["email"] as? String == "ona@example.com")
        #expect((object["payment_details"] as? [String: Any])?["country_code"] as? String == "LT")
        #expect(object["status"] as? String == "active")
        #expect(object["currency"] as? String == "EUR")
        #expect(object["state"] as? String == "created")
        #expect(object["created_at"] as? Int == link.createdAt)
        #expect(object["expired_at"] as? Int == link.expiredAt)
        // The same row decodes as the API's link object.
        #expect(try JSONDecoder().decode(PaymentLink.self, from: data) == link)
    }
}

@Suite(.ownThread) struct HistorySearchTests {
    let fixture: HistoryFixture

    init() throws {
        fixture = try HistoryFixture()
        let rows: [(String, String, String?, String?)] = [
            ("Order #1", "R-1001", "Jonas Jonaitis", "jonas@example.com"),
            ("Žalgiris bilietai", "ZAL-7", nil, nil),
            ("Quote \"special\" deal", "He said \"hi\"", nil, nil),
            ("Gift card", "GC-20", "O'Brien", "obrien@shop.ie"),
        ]
        for (index, row) in rows.enumerated() {
            let request = linkRequest(name: row.0, payerName: row.2, payerEmail: row.3)
            let attempt = try fixture.store.beginAttempt(profile: "shop", request: request, currency: "EUR", reference: row.1)
            try fixture.store.markCreated(attempt, link: createdLink(
                for: request, linkID: "\(index)abc\(index)-7f3e-4c1d-9a2b-\(index)d5e6f7a8b9c", at: fixture.clock.now))
            fixture.clock.advance(1)
        }
    }

    func names(_ search: String) throws -> [String] {
        let names = try fixture.store.page(search: search).map(\.name)
        #expect(try fixture.store.count(search: search) == names.count)
        return names
    }

    @Test func theBeginningOfAWordMatchesAsThePersonTypes() throws {
        #expect(try names("o") == ["Gift card", "Order #1"])
        #expect(try names("ord") == ["Order #1"])
        #expect(try names("ORDER") == ["Order #1"])
        #expect(try names("rder").isEmpty)
    }

    @Test func everySearchedFieldIsFound() throws {
        #expect(try names("R-100") == ["Order #1"])
        #expect(try names("jonai") == ["Order #1"])
        #expect(try names("jonas@exam") == ["Order #1"])
        #expect(try names("obrien@sh") == ["Gift card"])
        #expect(try names("2abc2") == ["Quote \"special\" deal"])
        #expect(try names(fixture.store.page().last?.orderID ?? "-") == ["Order #1"])
    }

    @Test func lettersWithoutTheirAccentsMatch() throws {
        #expect(try names("zalg") == ["Žalgiris bilietai"])
        #expect(try names("Žalg") == ["Žalgiris bilietai"])
    }

    @Test func quotesAndApostrophesAreJustText() throws {
        #expect(try names("\"special") == ["Quote \"special\" deal"])
        #expect(try names("he said \"h") == ["Quote \"special\" deal"])
        #expect(try names("o'bri") == ["Gift card"])
    }

    @Test func anyTypedTextIsSafe() throws {
        let odd = ["\"", "\"\"", "'", "*", "(", ")", "NEAR(a b)", "a OR b", "NOT", "-x", "name:Order", "^ord", "\\",
                   "🙂", "%_", "'); DROP TABLE link; --", "\"*\"", "AND AND", "{name}: x", "\u{0}", "   "]
        for text in odd {
            #expect(throws: Never.self, "search \(text.debugDescription)") { _ = try fixture.store.page(search: text) }
        }
        #expect(try fixture.store.count() == 4)
        // Text with no letters or digits filters nothing.
        #expect(try names("\"").count == 4)
    }

    @Test func searchTakesWordsAndQuotesEveryTermBehindItsProjectsTag() {
        #expect(HistorySearch.words(in: "ord-12") == ["ord", "12"])
        #expect(HistorySearch.words(in: "he said \"hi") == ["he", "said", "hi"])
        #expect(HistorySearch.words(in: "Aiste\u{0307} Žukė") == ["Aiste\u{0307}", "Žukė"])
        #expect(HistorySearch.words(in: "  \"'*( \u{0307}") == [])
        // ASCII, read without the Unicode tables, splits where its general category says.
        for value in UInt8(0)...127 {
            let scalar = Unicode.Scalar(value)
            let wordCharacter = scalar.properties.generalCategory.isLetterOrNumber
            #expect(HistorySearch.words(in: "a\(scalar)b").count == (wordCharacter ? 1 : 2), "\(value)")
        }
        let shop = HistorySearchScope.tag(number: 1)
        let kiosk = HistorySearchScope.tag(number: 12)
        #expect(shop == "t00000000001" && kiosk == "t00000000012")
        #expect(HistorySearchScope.match(terms: ["ord", "1\"2"], tags: [shop]) == "\"\(shop)ord\"* \"\(shop)1\"\"2\"*")
        #expect(HistorySearchScope.match(terms: ["ord"], tags: [shop, kiosk]) == "(\"\(shop)ord\"*) OR (\"\(kiosk)ord\"*)")
        // No tag: a tag no row has.
        #expect(HistorySearchScope.match(terms: ["ord"], tags: []) == "\"t00000000000ord\"*")
        #expect(HistorySearchScope.match(terms: [], tags: [shop]) == nil)
        #expect(HistorySearchScope.indexedWords(tag: shop, texts: ["Vase, blue", "", "ord-7"])
            == "\(shop)Vase \(shop)blue \(shop)ord \(shop)7")
        #expect(HistorySearchScope.indexedWords(tag: "", texts: ["Vase"]) == "")
    }
}

@Suite(.ownThread) struct HistoryPagingTests {
    static let statuses: [LinkStatus] = [.active, .completed, .canceled, .expired]

    /// 3000 rows inserted in shuffled order, several per second, so ids do not follow created times.
    static func filledStore() throws -> (HistoryFixture, [HistoryRecord]) {
        let fixture = try HistoryFixture()
        var generator = SplitMix64(seed: 7)
        let base = fixture.clock.now.addingTimeInterval(-100_000)
        var records = (0..<3000).map { index in
            HistoryRecord(
                profile: "shop", linkID: "link-\(index)", orderID: "order-\(index)", reference: "REF-\(index)",
                name: index % 5 == 0 ? "Gift card \(index)" : "Order \(index)", amount: 100 + index, currency: "EUR",
                paymentURL: "http://127.0.0.1/pay/\(index)", lifetime: 0,
                createdAt: base.addingTimeInterval(TimeInterval(index / 4)),
                status: statuses[index % statuses.count], state: .created)
        }
        records.shuffle(using: &generator)
        return (fixture, try fixture.store.insert(records))
    }

    static func newestFirst(_ records: [HistoryRecord]) -> [Int64] {
        records.sorted { ($0.createdAt, $0.id ?? 0) > ($1.createdAt, $1.id ?? 0) }.compactMap(\.id)
    }

    static func walk(_ store: HistoryStore, limit: Int, filter: HistoryFilter = .all, search: String? = nil) throws -> [Int64] {
        var seen: [Int64] = []
        var cursor: HistoryCursor?
        while true {
            let page = try store.page(after: cursor, limit: limit, filter: filter, search: search)
            #expect(page.count <= limit)
            seen += page.compactMap(\.id)
            guard page.count == limit, let last = page.last?.cursor else { break }
            cursor = last
        }
        return seen
    }

    @Test func pagingVisitsEveryRowOnceNewestFirst() throws {
        let (fixture, records) = try Self.filledStore()
        let seen = try Self.walk(fixture.store, limit: 97)
        #expect(seen.count == 3000)
        #expect(Set(seen).count == 3000)
        #expect(seen == Self.newestFirst(records))
        #expect(try fixture.store.count() == 3000)
    }

    @Test func pagingWithSearchAndStatusFilterVisitsExactlyTheMatches() throws {
        let (fixture, records) = try Self.filledStore()
        let expected = Self.newestFirst(records.filter { $0.name.hasPrefix("Gift") && $0.status == .completed })
        #expect(!expected.isEmpty)
        let seen = try Self.walk(fixture.store, limit: 25, filter: .status(.completed), search: "gif")
        #expect(seen == expected)
        #expect(try fixture.store.count(filter: .status(.completed), search: "gif") == expected.count)

        let canceled = Self.newestFirst(records.filter { $0.status == .canceled })
        #expect(try Self.walk(fixture.store, limit: 100, filter: .status(.canceled)) == canceled)
    }

    @Test func aPageReadsOnlyWhatItShows() throws {
        let (fixture, records) = try Self.filledStore()
        let first = try fixture.store.page(limit: 20)
        #expect(first.map(\.id) == Array(Self.newestFirst(records).prefix(20)))
        // Neither a plain page nor a search page sorts the table: both walk an index newest first and stop.
        let queue = try DatabaseQueue(path: fixture.file.path)
        let plans = try queue.read { db in
            try [
                "SELECT * FROM link WHERE id < 99999999999999 ORDER BY id DESC LIMIT 20",
                "SELECT * FROM link WHERE status = 'completed' AND id < 99999999999999 ORDER BY id DESC LIMIT 20",
                "SELECT link.* FROM link_search JOIN link ON link.id = link_search.rowid WHERE link_search MATCH '\"o\"*' "
                    + "AND link_search.rowid < 99999999999999 ORDER BY link_search.rowid DESC LIMIT 20",
            ].map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
            }
        }
        for plan in plans {
            #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        }
    }

    @Test func idsFollowCreatedTimeWhateverTheInsertOrder() throws {
        let fixture = try HistoryFixture()
        let base = fixture.clock.now
        let late = HistoryRecord(profile: "shop", name: "late", createdAt: base.addingTimeInterval(60), state: .created)
        let early = HistoryRecord(profile: "shop", name: "early", createdAt: base, state: .created)
        let sameSecond = HistoryRecord(profile: "shop", name: "same second", createdAt: base.addingTimeInterval(0.5), state: .created)
        try fixture.store.insert([late])
        try fixture.store.insert([early, sameSecond])
        #expect(try fixture.store.page().map(\.name) == ["late", "same second", "early"])
    }
}

@Suite(.ownThread) struct HistoryConcurrencyTests {
    @Test func twoWritersOnOneFileLoseNothingAndNeverSeeALock() async throws {
        let temp = try TemporaryDirectory()
        let file = temp.appending("history.sqlite")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    // Each writer opens its own pool on the fresh file, as a second process would.
                    let store = try HistoryStore(file: file)
                    for index in 0..<500 {
                        let request = linkRequest(name: "\(writer == 0 ? "Alpha" : "Beta") link \(index)")
                        let attempt = try store.beginAttempt(profile: "p\(writer)", request: request, currency: "EUR", reference: nil)
                        if index.isMultiple(of: 2) {
                            try store.markCreated(attempt, link: createdLink(for: request, at: Date()))
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let store = try HistoryStore(file: file)
        #expect(try store.count() == 1000)
        #expect(try store.count(filter: .state(.created)) == 500)
        #expect(try store.count(search: "alpha") == 500)
        #expect(try store.count(search: "beta") == 500)
    }
}

@Suite(.ownThread) struct HistoryTwoProcessTests {
    static let sqlite3 = "/usr/bin/sqlite3"

    /// Runs the sqlite3 command on `file` with `script` on its standard input; its exit status and standard error.
    static func sqlite(_ file: URL, _ script: String, in temp: TemporaryDirectory) throws -> (Process, Pipe, Pipe) {
        let scriptFile = temp.appending("script-\(UUID().uuidString).sql")
        try Data(script.utf8).write(to: scriptFile)
        let other = Process()
        other.executableURL = URL(fileURLWithPath: sqlite3)
        other.arguments = ["-bail", file.path]
        other.standardInput = try FileHandle(forReadingFrom: scriptFile)
        let output = Pipe()
        let errors = Pipe()
        other.standardOutput = output
        other.standardError = errors
        try other.run()
        return (other, output, errors)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: sqlite3), "needs the sqlite3 command"))
    func anotherProcessReadingAndSearchingAtTheSameTimeCausesNoLockError() throws {
        let temp = try TemporaryDirectory()
        let store = try HistoryStore(file: temp.appending("history.sqlite"))
        let match = HistorySearchScope.match(terms: ["this", "process"], tags: [HistorySearchScope.tag(number: 1)])!
        let script = ".timeout 10000\n" + (0..<300).map { _ in
            "SELECT COUNT(*) FROM link; SELECT COUNT(*) FROM link_search WHERE link_search MATCH '\(match)';"
        }.joined(separator: "\n") + "\n"
        let (other, output, errors) = try Self.sqlite(store.file, script, in: temp)
        for index in 0..<500 {
            let attempt = try store.beginAttempt(profile: "shop", request: linkRequest(name: "This process \(index)"),
                                                 currency: "EUR", reference: nil)
            try store.markUnknown(attempt, message: "test")
        }
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        other.waitUntilExit()
        #expect(other.terminationStatus == 0, "sqlite3 said: \(errorText)")
        #expect(printed.split(separator: "\n").count == 600)
        #expect(try store.count() == 500)
        #expect(try store.count(search: "this process") == 500)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: sqlite3), "needs the sqlite3 command"))
    func aToolWithoutTheWordsFunctionCannotWriteALinkAndChangesNothing() throws {
        let temp = try TemporaryDirectory()
        let store = try HistoryStore(file: temp.appending("history.sqlite"))
        _ = try store.beginAttempt(profile: "shop", request: linkRequest(name: "Kept"), currency: "EUR", reference: nil)
        let (other, _, errors) = try Self.sqlite(
            store.file, "INSERT INTO link(profile, project, name, created_at, state) VALUES ('cli', 'x', 'Other', 1, 'created');\n",
            in: temp)
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        other.waitUntilExit()
        #expect(other.terminationStatus != 0)
        #expect(errorText.contains(HistorySearchScope.functionName), "\(errorText)")
        #expect(try store.count() == 1)
        #expect(try store.page(search: "kept").map(\.name) == ["Kept"])
    }
}

private extension Unicode.GeneralCategory {
    var isLetterOrNumber: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
