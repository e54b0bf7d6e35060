import Foundation
import GRDB
import PayseraCheckout
import TestSupport
import Testing
@testable import PaylinkStore

@Suite(.ownThread) struct TillScreenTests {
    /// A created link with a payer e-mail, as a till's create leaves it in the history.
    func storedLink(_ fixture: HistoryFixture) throws -> String {
        let request = linkRequest(amount: 1250, payerName: "Ona", payerEmail: "ona@example.lt", lifetime: 900)
        let attempt = try fixture.store.beginAttempt(profile: "shop", request: request, currency: "EUR", reference: "R1")
        let link = createdLink(for: request, linkID: "link-secret-1", at: fixture.clock.now)
        try fixture.store.markCreated(attempt, link: link)
        return link.linkID
    }

    @Test func aTillShowsALinkAndTheDisplayReadsOnlyWhatTheCustomerMaySee() throws {
        let fixture = try HistoryFixture()
        let till = try #require(TillName("counter-1"))
        #expect(try fixture.store.showing(onTill: till) == nil)
        let id = try storedLink(fixture)
        try fixture.store.show(onTill: till, linkID: id, profile: "shop", pid: 42)
        let showing = try #require(try fixture.store.showing(onTill: till))
        #expect(showing.profile == "shop")
        #expect(showing.pid == 42)
        let link = try #require(showing.link)
        #expect(link.amount == 1250 && link.currency == "EUR" && link.language == "lt")
        #expect(link.paymentURL == "http://127.0.0.1:8099/pay/\(id)")
        #expect(link.expiresAt == fixture.clock.now.addingTimeInterval(900))
        #expect(!String(describing: showing).contains("ona@"))
        #expect(!String(describing: showing).contains("order"))
        try fixture.store.show(onTill: till, linkID: nil, profile: "shop", pid: 42)
        let back = try #require(try fixture.store.showing(onTill: till))
        #expect(back.link == nil)
        #expect(back.shown == showing.shown + 1)
        #expect(try fixture.store.tills() == ["counter-1"])
    }

    @Test func aWatchSeesAnotherConnectionsCommitThroughDataVersion() throws {
        let fixture = try HistoryFixture()
        let till = try #require(TillName("default"))
        try fixture.store.show(onTill: till, linkID: nil, profile: "shop", pid: 1)
        let watch = try TillWatch(file: fixture.file, till: till)
        #expect(watch.changed())
        #expect(!watch.changed())
        let id = try storedLink(fixture)
        #expect(watch.changed())
        try fixture.store.show(onTill: till, linkID: id, profile: "shop", pid: 1)
        #expect(watch.changed())
        #expect(try watch.read()?.link?.amount == 1250)
        #expect(!watch.changed())
    }

    @Test func aWatchOpensAHistoryNoOtherProgramHasOpen() throws {
        let temp = try TemporaryDirectory()
        let file = temp.appending("history.sqlite")
        let till = try #require(TillName("default"))
        do {
            let store = try HistoryStore(file: file)
            try store.show(onTill: till, linkID: nil, profile: "shop", pid: 1)
        }
        // The last connection closed: SQLite checkpointed and removed the WAL and shared-memory files.
        let watch = try TillWatch(file: file, till: till)
        #expect(watch.changed())
        #expect(try watch.read()?.profile == "shop")
        let store = try HistoryStore(file: file)
        try store.show(onTill: till, linkID: nil, profile: "other", pid: 1)
        #expect(watch.changed())
        #expect(try watch.read()?.profile == "other")
    }

    @Test func tillNamesAreShortWordsWithoutSpaces() {
        #expect(TillName("counter-2")?.rawValue == "counter-2")
        #expect(TillName("a.b_C9") != nil)
        #expect(TillName("") == nil)
        #expect(TillName("two words") == nil)
        #expect(TillName("../etc") == nil)
        #expect(TillName(String(repeating: "x", count: 41)) == nil)
        #expect(TillName.standard.rawValue == "default")
    }
}

@Suite(.ownThread) struct ShopNameConfigTests {
    @Test func aProfilesShopNameWinsOverTheFilesAndNeitherIsAnUnknownSetting() throws {
        let (file, warnings) = try ConfigLoader.parse("""
            shop_name: Kavinė Pupa
            profiles:
              vilnius:
                base_url: https://api.paysera.com
                shop_name: Kavinė Pupa · Vilnius
              kaunas:
                base_url: https://api.paysera.com
                shop_name: "  "
            """, path: "config.yaml")
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(file.shopName(profile: "vilnius") == "Kavinė Pupa · Vilnius")
        #expect(file.shopName(profile: "kaunas") == nil, "a blank name is none")
        #expect(file.shopName(profile: "riga") == "Kavinė Pupa")
        #expect(file.shopName(profile: nil) == "Kavinė Pupa")
        #expect(try ConfigLoader.parse("theme: light\n", path: "c").0.shopName(profile: nil) == nil)
    }
}
