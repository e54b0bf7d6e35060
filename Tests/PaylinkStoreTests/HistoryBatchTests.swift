import Foundation
import PayseraCheckout
import TestSupport
import Testing
@testable import PaylinkStore

/// Batch rows in the history: written ahead with their batch, row and payment key, found again by the key.
@Suite(.ownThread) struct HistoryBatchTests {
    @Test func aBatchAttemptCarriesItsBatchRowAndKeyAndIsFoundByTheKey() throws {
        let fixture = try HistoryFixture()
        let tag = BatchTag(batchID: "20261201-2300-abcd", row: 17, paymentKey: "reference INV-17")
        let attempt = try fixture.store.beginAttempt(
            profile: "shop", request: linkRequest(), currency: "EUR", reference: "INV-17", batch: tag)
        _ = try fixture.store.beginAttempt(profile: "shop", request: linkRequest(), currency: "EUR", reference: "R2")
        let found = try fixture.store.records(paymentKey: "reference INV-17", profile: "shop")
        #expect(found.map(\.attemptID) == [attempt])
        #expect(found.first?.batchRow == 17 && found.first?.batchID == tag.batchID)
        #expect(try fixture.store.records(paymentKey: "reference INV-17", profile: "other").isEmpty)
        #expect(try fixture.store.page(filter: .batch(tag.batchID)).map(\.attemptID) == [attempt])
        #expect(try fixture.store.count(filter: .batch("nope")) == 0)
    }

    @Test func aRerunFindsTheNewestBatchOfAnyOfItsKeys() throws {
        let fixture = try HistoryFixture()
        #expect(try fixture.store.latestBatchID(paymentKeys: ["reference A"], profile: "shop") == nil)
        _ = try fixture.store.beginAttempt(
            profile: "shop", request: linkRequest(), currency: "EUR", reference: "A",
            batch: BatchTag(batchID: "first", row: 2, paymentKey: "reference A"))
        _ = try fixture.store.beginAttempt(
            profile: "shop", request: linkRequest(), currency: "EUR", reference: "B",
            batch: BatchTag(batchID: "second", row: 3, paymentKey: "reference B"))
        let keys = ["reference Z"] + (0..<1200).map { "reference filler \($0)" } + ["reference A", "reference B"]
        #expect(try fixture.store.latestBatchID(paymentKeys: keys, profile: "shop") == "second")
        #expect(try fixture.store.latestBatchID(paymentKeys: ["reference A"], profile: "shop") == "first")
    }
}
