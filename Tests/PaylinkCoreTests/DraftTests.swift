import Foundation
import PayseraCheckout
import TestSupport
import Testing
@testable import PaylinkCore

let sampleOrderID = "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a"

/// A draft a shop assistant would send: a new order, €25.00, English.
func filledDraft() -> LinkDraft {
    var draft = LinkDraft()
    draft.reference = "R1"
    draft.currency = "eur"
    draft.amount = "25,00"
    draft.name = " Order #1 "
    draft.language = "EN"
    return draft
}

@Suite("Link drafts to requests", .ownThread)
struct DraftTests {
    @Test("A filled new-order draft validates clean")
    func filledDraftIsValid() {
        #expect(filledDraft().validate() == [:])
    }

    @Test("An empty draft names every required field of its order mode")
    func emptyDraftNamesRequiredFields() {
        var draft = LinkDraft()
        draft.currency = ""
        #expect(Set(draft.validate().keys) == [.reference, .currency, .amount, .name, .language])
        draft.orderMode = .existing
        #expect(Set(draft.validate().keys) == [.orderID, .currency, .amount, .name, .language])
    }

    @Test("The request carries normalised values and leaves empty optional fields out")
    func requestIsNormalised() throws {
        let request = try filledDraft().request(orderID: sampleOrderID.uppercased())
        #expect(request.orderID == sampleOrderID)
        #expect(request.name == "Order #1")
        #expect(request.experience.language == "en")
        #expect(request.experience.paymentFlow == "paysera_checkout")
        #expect(request.purchase.amount.value == 2500)
        #expect(request.lifetime == 259_200)
        #expect(request.paymentDetails == nil)
        #expect(request.payerInformation == nil)
        #expect(request.metadata == nil)
    }

    @Test("An empty lifetime is left to the API's default")
    func emptyLifetimeIsOmitted() throws {
        var draft = filledDraft()
        draft.lifetime = ""
        #expect(try draft.request(orderID: sampleOrderID).lifetime == nil)
        draft.lifetime = "never"
        #expect(try draft.request(orderID: sampleOrderID).lifetime == 0)
    }

    @Test("Optional groups appear with only their filled fields")
    func optionalGroups() throws {
        var draft = filledDraft()
        draft.countryCode = "lt"
        draft.payerEmail = "john@example.com"
        draft.metadata = "cart=42; till=3"
        let request = try draft.request(orderID: sampleOrderID)
        #expect(request.paymentDetails == PaymentDetails(countryCode: "LT"))
        #expect(request.payerInformation == PayerInformation(email: "john@example.com"))
        #expect(request.metadata == ["cart": "42", "till": "3"])
    }

    @Test("A new-order draft needs the new order's id, and does not complain about its empty order id field")
    func newOrderNeedsTheMadeOrdersID() throws {
        let draft = filledDraft()
        #expect(draft.validate()[.orderID] == nil)
        #expect(throws: ValidationErrors.self) { try draft.request() }
        do throws(ValidationErrors) {
            _ = try draft.request()
        } catch {
            #expect(error.errors.keys.sorted() == [.orderID])
        }
        #expect(try draft.request(orderID: sampleOrderID).orderID == sampleOrderID)
    }

    @Test("An existing-order draft takes its own order id, and ignores a bad reference")
    func existingOrder() throws {
        var draft = filledDraft()
        draft.orderMode = .existing
        draft.orderID = sampleOrderID
        draft.reference = "not ~ allowed"
        #expect(try draft.request().orderID == sampleOrderID)
    }

    @Test("request() throws every refused field at once, with the shop-assistant message for amount 0")
    func requestThrowsAllErrors() {
        var draft = filledDraft()
        draft.amount = "0"
        draft.language = "eng"
        draft.payerEmail = "nope"
        do throws(ValidationErrors) {
            _ = try draft.request(orderID: sampleOrderID)
            Issue.record("expected refusal")
        } catch {
            #expect(error.errors[.amount] == "Amount must be greater than €0.00")
            #expect(error.errors.keys.sorted() == [.amount, .language, .payerEmail])
            #expect(error.description.hasPrefix("purchase.amount: Amount must be greater than €0.00"))
        }
    }

    @Test("The order request carries the reference, the upper-case currency and minor units as digits")
    func orderRequest() throws {
        var draft = filledDraft()
        draft.currency = "jpy"
        draft.amount = "2500"
        let order = try draft.orderRequest()
        #expect(order.purchase.reference == "R1")
        #expect(order.purchase.currency == "JPY")
        #expect(order.purchase.amount.value == 2500)
        let json = String(decoding: try JSONEncoder().encode(order), as: UTF8.self)
        #expect(json.contains("\"2500\""))
        #expect(FieldRules.check(order).isEmpty)
    }

    @Test("No order is requested for a draft whose link would be refused")
    func orderRequestJudgesWholeDraft() {
        var draft = filledDraft()
        draft.language = "xx"
        #expect(throws: ValidationErrors.self) { try draft.orderRequest() }
    }

    @Test("The direct payment flow needs a method")
    func directPaymentNeedsMethod() throws {
        var draft = filledDraft()
        draft.paymentFlow = "direct_payment"
        #expect(draft.validate()[.methodKey] != nil)
        draft.methodKey = "swedbank"
        #expect(draft.validate() == [:])
        #expect(try draft.request(orderID: sampleOrderID).paymentDetails?.key == "swedbank")
    }

    @Test("Validating one field judges only that field, and inactive fields not at all")
    func singleField() {
        var draft = filledDraft()
        draft.amount = "25.001"
        #expect(FieldRules.validate(.amount, in: draft) == "“25.001” could mean either amount: type 25001 for the whole number, or 25.00 with decimals")
        #expect(FieldRules.validate(.name, in: draft) == nil)
        #expect(FieldRules.validate(.orderID, in: draft) == nil)
        draft.currency = "KWD"
        #expect(FieldRules.validate(.amount, in: draft) == nil)
    }

    @Test("A draft duplicated from a link takes its values, amount in major units, on the same order")
    func duplicating() throws {
        let link = PaymentLink(
            linkID: "c8d9e0f1-2a3b-4c5d-6e7f-8a9b0c1d2e3f", orderID: sampleOrderID, paymentURL: "https://x",
            name: "Order \u{1B}[31m#12345", experience: Experience(language: "en", paymentFlow: "paysera_checkout"),
            paymentDetails: PaymentDetails(key: "card-payment", purpose: "Wallet", countryCode: "LT"),
            purchase: LinkPurchase(amount: 2500), payerInformation: PayerInformation(name: "John Doe", email: "john@example.com"),
            metadata: ["b": "2", "a": "1"], lifetime: 5400, status: .active, createdAt: 1, expiredAt: 5401)
        let draft = LinkDraft(duplicating: link, currency: "eur")
        #expect(draft.orderMode == .existing)
        #expect(draft.orderID == sampleOrderID)
        #expect(draft.amount == "25.00")
        #expect(draft.currency == "EUR")
        #expect(draft.name == "Order #12345")
        #expect(draft.lifetime == "1h30m")
        #expect(draft.metadata == "a=1; b=2")
        let again = try draft.request()
        #expect(again.purchase.amount.value == 2500)
        #expect(again.lifetime == 5400)
        #expect(again.paymentDetails == link.paymentDetails)
        #expect(again.payerInformation == link.payerInformation)
        #expect(again.metadata == link.metadata)
    }
}

@Suite("Wire checks, as the sandbox judges requests", .ownThread)
struct WireCheckTests {
    func seedRequest() -> CreatePaymentLinkRequest {
        CreatePaymentLinkRequest(
            orderID: sampleOrderID, name: "Order #12345",
            experience: Experience(language: "en", paymentFlow: "paysera_checkout"),
            purchase: LinkPurchase(amount: 2500), lifetime: 3600,
            paymentDetails: PaymentDetails(key: "credit_card", purpose: "Order #12345 - Leather Wallet", countryCode: "LT"),
            payerInformation: PayerInformation(name: "John Doe", email: "john@example.com"))
    }

    @Test("The seed's example body is accepted")
    func seedAccepted() {
        #expect(FieldRules.check(seedRequest()) == [:])
    }

    @Test("Each bad wire value is refused under its API path")
    func badValues() {
        var r = seedRequest()
        r.orderID = "12345"
        r.name = String(repeating: "n", count: 256)
        r.experience = Experience(language: "eng", paymentFlow: "fast")
        r.purchase = LinkPurchase(amount: 0)
        r.lifetime = 86_313_601
        r.paymentDetails = PaymentDetails(key: "", purpose: String(repeating: "p", count: 256), countryCode: "XX")
        r.payerInformation = PayerInformation(name: String(repeating: "n", count: 151), email: "x@y")
        r.metadata = ["": "v", "k": String(repeating: "v", count: 256)]
        let found = FieldRules.check(r)
        #expect(Set(found.keys) == [
            "order_id", "name", "experience.language", "experience.payment_flow", "purchase.amount", "lifetime",
            "payment_details.key", "payment_details.purpose", "payment_details.country_code",
            "payer_information.name", "payer_information.email", "metadata",
        ])
        #expect(found["metadata"]?.count == 2)
        #expect(found["purchase.amount"] == ["Amount must be greater than 0"])
    }

    @Test("Amounts above 2^31 − 1 and negative lifetimes are refused")
    func limits() {
        var r = seedRequest()
        r.purchase = LinkPurchase(amount: Int(Int32.max) + 1)
        r.lifetime = -1
        let found = FieldRules.check(r)
        #expect(found["purchase.amount"] != nil)
        #expect(found["lifetime"] != nil)
        r.purchase = LinkPurchase(amount: Int(Int32.max))
        r.lifetime = 0
        #expect(FieldRules.check(r) == [:])
    }

    @Test("A missing language is refused; a missing flow is fine")
    func language() {
        var r = seedRequest()
        r.experience = Experience()
        #expect(Array(FieldRules.check(r).keys) == ["experience.language"])
    }

    @Test("Orders: reference charset, currency, amount with the currency in the message, URLs")
    func orders() {
        let good = CreateOrderRequest(
            purchase: OrderPurchase(reference: "R1", amount: 2500, currency: "EUR"),
            redirectURLs: RedirectURLs(callbackURL: "http://127.0.0.1:8080/hook"))
        #expect(FieldRules.check(good) == [:])
        let bad = CreateOrderRequest(
            purchase: OrderPurchase(reference: "R#1", amount: 0, currency: "EUR"),
            redirectURLs: RedirectURLs(successURL: "ftp://x", callbackURL: "not a url"),
            projectID: "p", metadata: ["k": String(repeating: "v", count: 256)])
        let found = FieldRules.check(bad)
        #expect(found["purchase.amount"] == ["Amount must be greater than €0.00"])
        #expect(Set(found.keys) == [
            "purchase.reference", "purchase.amount", "redirect_urls.success_url", "redirect_urls.callback_url",
            "project_id", "metadata",
        ])
        let unknownCurrency = CreateOrderRequest(purchase: OrderPurchase(reference: "R1", amount: 1, currency: "ABC"))
        #expect(Array(FieldRules.check(unknownCurrency).keys) == ["purchase.currency"])
    }
}
