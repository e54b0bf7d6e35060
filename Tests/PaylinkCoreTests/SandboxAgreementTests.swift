import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import PayseraCheckout
import PayseraSandbox
import PropertyBased
import TestSupport
import Testing

@testable import PaylinkCore

/// A running sandbox with a token and one order per currency, for sending drafts to.
private struct AgreementSandbox {
    let sandbox: RunningSandbox
    let token: String
    let orders: [String: String]

    static func start() async throws -> AgreementSandbox {
        var logger = Logger(label: "agreement")
        logger.logLevel = .warning
        let sandbox = try await Sandbox.start(SandboxConfiguration(port: 0, logger: logger))
        do {
            let form = "grant_type=client_credentials&client_id=sandbox&client_secret=sandbox-secret"
            let tokenAnswer = try await post(sandbox, APIPath.token, body: Array(form.utf8), type: "application/x-www-form-urlencoded", token: nil)
            let token = try JSONDecoder().decode(AccessToken.self, from: Data(tokenAnswer.body)).accessToken
            var orders: [String: String] = [:]
            for currency in ["EUR", "JPY", "KWD"] {
                let body = #"{"purchase":{"reference":"AGREE-\#(currency)","amount":"1000","currency":"\#(currency)"}}"#
                let answer = try await post(sandbox, APIPath.orders, body: Array(body.utf8), type: "application/json", token: token)
                orders[currency] = try JSONDecoder().decode(Order.self, from: Data(answer.body)).orderID
            }
            return AgreementSandbox(sandbox: sandbox, token: token, orders: orders)
        } catch {
            await sandbox.stop()
            throw error
        }
    }

    static func post(_ sandbox: RunningSandbox, _ path: String, body: [UInt8], type: String, token: String?) async throws -> (status: Int, body: [UInt8]) {
        var request = HTTPClientRequest(url: sandbox.baseURL.absoluteString + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: type)
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(20))
        let collected = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), Array(collected.readableBytesView))
    }

    func createLink(_ body: [UInt8]) async throws -> (status: Int, body: [UInt8]) {
        try await Self.post(sandbox, APIPath.paymentLinks, body: body, type: "application/json", token: token)
    }
}

/// Good and bad texts per field; bad ones are picked about one time in ten.
private let agreementPools: [FieldPath: (good: [String], bad: [String])] = {
    let a255 = String(repeating: "a", count: 255), a256 = String(repeating: "a", count: 256)
    let accented150 = String(repeating: "é", count: 150)
    return [
        .name: (["Order #1", "注文 👨‍👩‍👧", "  x  ", a255], ["", a256, "a\u{1B}b"]),
        .language: (["en", "LT", " ja "], ["eng", "xx", ""]),
        .paymentFlow: (["paysera_checkout", "", "direct_payment", "DIRECT_PAYMENT"], ["other"]),
        .lifetime: (["", "0", "never", "90m", "3d", "1d12h", "86313600"], ["86313601", "-1", "3x", "1000d"]),
        .methodKey: (["card-payment", "swedbank", ""], ["a b", String(repeating: "k", count: 256)]),
        .purpose: (["", "Leather wallet", a255], [a256]),
        .countryCode: (["", "LT", "de"], ["XX", "LTU"]),
        .payerName: (["", "John Doe", accented150], [accented150 + "é"]),
        .payerEmail: (["", "john@example.com"], ["john", "a@b"]),
        .metadata: (["", "a=1", "a=1;b=2", "k=" + a255], ["a=1;a=2", "=1", "a", "k=" + a256]),
        .amount: (["25.00", "25,5", "7", " 7 "], ["0", "-1", "1e3", "25.001", ""]),
    ]
}()

/// The wire body a client would send for a draft as typed: values the core turns into wire values are
/// converted, values it refuses go as typed (a string where a number or object belongs), empty optional ones are left out.
private func wireBody(of draft: LinkDraft) throws -> [UInt8] {
    func optional(_ result: Result<String?, FieldError>, _ typed: String) -> Any? {
        switch result {
        case .success(nil): return nil
        default: return typed
        }
    }
    var body: [String: Any] = ["order_id": draft.orderID, "name": draft.name]
    var experience: [String: Any] = ["language": draft.language]
    experience["payment_flow"] = optional(FieldRules.paymentFlow(draft.paymentFlow), draft.paymentFlow)
    body["experience"] = experience
    switch Money.parse(draft.amount, currency: draft.currency) {
    case .success(let minor): body["purchase"] = ["amount": minor]
    case .failure: body["purchase"] = ["amount": draft.amount]
    }
    switch FieldRules.lifetime(draft.lifetime) {
    case .success(nil): break
    case .success(let seconds?): body["lifetime"] = seconds
    case .failure: body["lifetime"] = draft.lifetime
    }
    var details: [String: Any] = [:]
    details["key"] = optional(FieldRules.methodKey(draft.methodKey), draft.methodKey)
    details["purpose"] = optional(FieldRules.purpose(draft.purpose), draft.purpose)
    details["country_code"] = optional(FieldRules.countryCode(draft.countryCode), draft.countryCode)
    if !details.isEmpty { body["payment_details"] = details }
    var payer: [String: Any] = [:]
    payer["name"] = optional(FieldRules.payerName(draft.payerName), draft.payerName)
    payer["email"] = optional(FieldRules.payerEmail(draft.payerEmail), draft.payerEmail)
    if !payer.isEmpty { body["payer_information"] = payer }
    switch FieldRules.metadata(draft.metadata) {
    case .success(nil): break
    case .success(let entries?): body["metadata"] = entries
    case .failure: body["metadata"] = draft.metadata
    }
    return Array(try JSONSerialization.data(withJSONObject: body))
}

@Suite("The running sandbox agrees with the core's rules", .ownThread)
struct SandboxAgreementTests {
    @Test("Drafts request() accepts get 201 from the sandbox; drafts it refuses are refused on the same field paths")
    func sandboxAgrees() async throws {
        let running = try await AgreementSandbox.start()
        let fields: [FieldPath] = [.name, .language, .paymentFlow, .lifetime, .methodKey, .purpose, .countryCode, .payerName, .payerEmail, .metadata, .amount]
        let picks = Gen.int(in: 0...9_999).array(of: fields.count + 2)
        let randomText = Gen<Unicode.Scalar>.unicodeScalar(in: " "..."\u{2FF}").map { Character($0) }.string(of: 0...12)
        let randomField = Gen.int(in: 0...(fields.count - 1))
        var accepted = 0, refused = 0
        await propertyCheck(count: 250, input: picks, randomText, randomField) { picks, random, randomIndex in
            var draft = LinkDraft()
            draft.orderMode = .existing
            let currencies = ["EUR", "JPY", "KWD"]
            draft.currency = currencies[picks[fields.count] % currencies.count]
            let orderID = running.orders[draft.currency] ?? ""
            let orderIDs = (good: [orderID, orderID.uppercased(), " \(orderID) "], bad: ["", "x"])
            let orderPick = picks[fields.count + 1]
            draft.orderID = orderPick % 10 == 0 ? orderIDs.bad[orderPick % 2] : orderIDs.good[orderPick % 3]
            for (field, pick) in zip(fields, picks) {
                guard let pool = agreementPools[field] else { continue }
                draft.set(field, pick % 10 == 0 ? pool.bad[(pick / 10) % pool.bad.count] : pool.good[(pick / 10) % pool.good.count])
            }
            // Now and then one field gets random text instead of a pool value.
            if picks[0] % 4 == 1 { draft.set(fields[randomIndex], random) }

            switch Result(catching: { () throws(ValidationErrors) in try draft.request() }) {
            case .success(let request):
                let answer = try await running.createLink(Array(try JSONEncoder().encode(request)))
                let text = String(decoding: answer.body, as: UTF8.self)
                #expect(answer.status == 201, "draft \(draft) sent \(request), sandbox answered \(text)")
                if answer.status == 201 {
                    accepted += 1
                    let link = try JSONDecoder().decode(PaymentLink.self, from: Data(answer.body))
                    #expect(link.purchase?.amount == request.purchase.amount)
                    #expect(link.orderID == orderID)
                }
            case .failure(let error):
                refused += 1
                let local = Set(error.errors.keys.map(\.rawValue))
                let answer = try await running.createLink(try wireBody(of: draft))
                let text = String(decoding: answer.body, as: UTF8.self)
                #expect(answer.status == 400, "draft \(draft) refused locally on \(local), sandbox answered \(text)")
                let remote = (try? JSONDecoder().decode(ErrorBody.self, from: Data(answer.body)))?.errorProperties ?? [:]
                #expect(Set(remote.keys) == local, "draft \(draft): core \(error), sandbox \(text)")
            }
        }
        await running.sandbox.stop()
        #expect(accepted > 20, "accepted \(accepted)")
        #expect(refused > 20, "refused \(refused)")
    }
}
