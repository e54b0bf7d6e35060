import Foundation
import PayseraCheckout
import TestSupport
import Testing
@testable import PaylinkCore

@Suite("Changing a link that exists", .ownThread)
struct LinkUpdateTests {
    let now = 1_800_000_000

    @Test("Only name, lifetime, payer and purpose may change; the fixed wire paths name the rest")
    func changeableFields() {
        #expect(LinkUpdate.changeableFields == [.name, .lifetime, .payerName, .payerEmail, .purpose])
        for field in FieldPath.allCases where !LinkUpdate.changeableFields.contains(field) {
            #expect(!LinkUpdate.isChangeable(field))
        }
        #expect(LinkUpdate.fixedPaths.contains("purchase"))
        #expect(LinkUpdate.fixedPaths.contains("payment_details.key"))
        #expect(!LinkUpdate.fixedPaths.contains("payment_details.purpose"))
    }

    @Test("Only an active link may change; any other status gets a sentence naming it")
    func onlyActiveChanges() {
        #expect(LinkUpdate.refusal(status: .active) == nil)
        #expect(LinkUpdate.refusal(status: .expired) == "Only an active payment link can be changed; this one is expired.")
        #expect(LinkUpdate.refusal(status: .canceled)?.contains("canceled") == true)
        #expect(LinkUpdate.refusal(status: .completed)?.contains("completed") == true)
    }

    @Test("Typed values are judged by the field rules and normalised")
    func requestIsNormalised() throws {
        let change = LinkUpdate(name: " New name ", purpose: "Gift", payerName: "Jane", payerEmail: "jane@example.com", lifetime: "2d")
        let request = try change.request(expiresAt: now + 60, now: now)
        #expect(request.name == "New name")
        #expect(request.paymentDetails == PaymentDetails(purpose: "Gift"))
        #expect(request.payerInformation == PayerInformation(name: "Jane", email: "jane@example.com"))
        #expect(request.lifetime == 172_800)
    }

    @Test("Bad values are refused by field, before anything is sent")
    func badValuesNameTheirField() {
        #expect(throws: ValidationErrors([.name: "Name is required", .payerEmail: "Payer e-mail must be an address such as name@example.com"])) {
            try LinkUpdate(name: "  ", payerEmail: "nope").request(expiresAt: now + 60, now: now)
        }
        #expect(throws: ValidationErrors([.payerName: "Payer name can't be removed from an existing link; type a new one"])) {
            try LinkUpdate(payerName: "").request(expiresAt: now + 60, now: now)
        }
        #expect(throws: ValidationErrors([.lifetime: "Give either a new lifetime or an extension, not both"])) {
            try LinkUpdate(lifetime: "1d", extend: "1d").request(expiresAt: now + 60, now: now)
        }
        #expect(throws: ValidationErrors.self) { try LinkUpdate().request(expiresAt: now, now: now) }
    }

    @Test("An extension adds to the current expiry and is sent as a lifetime from now")
    func extendAddsToExpiry() throws {
        let request = try LinkUpdate(extend: "1d").request(expiresAt: now + 3_600, now: now)
        #expect(request.lifetime == 3_600 + 86_400)
    }

    @Test("An extension is refused for a link that never expires, past 999 days, or of nothing")
    func extendLimits() {
        func message(_ extend: String, expiresAt: Int?) -> String? {
            do { _ = try LinkUpdate(extend: extend).request(expiresAt: expiresAt, now: now) } catch {
                return error.errors[.lifetime]
            }
            return nil
        }
        #expect(message("1d", expiresAt: nil)?.contains("never expires") == true)
        #expect(message("999d", expiresAt: now + 86_400)?.contains("999 days") == true)
        #expect(message("0", expiresAt: now + 60)?.contains("longer than 0") == true)
        #expect(message("never", expiresAt: now + 60)?.contains("duration") == true)
        #expect(message("soon", expiresAt: now + 60)?.contains("Lifetime must be seconds or a duration") == true)
    }

    @Test("Between a draft and its edit, only changed changeable fields are taken")
    func changesFromDrafts() {
        var original = LinkDraft()
        original.name = "Old"
        original.purpose = "P"
        original.amount = "10.00"
        var edited = original
        edited.name = "New"
        edited.amount = "99.00"
        #expect(LinkUpdate(from: original, to: edited) == LinkUpdate(name: "New"))
        #expect(LinkUpdate(from: original, to: original).isEmpty)
    }
}
