import Foundation
import PayseraCheckout
import TestSupport
import Testing

@Suite("Webhook signatures", .ownThread)
struct WebhookSignatureTests {
    let body = Data(#"{"event":{"name":"order","type":"amount_paid_updated"},"order":{"amount":2500}}"#.utf8)

    @Test func signatureIsLowerCaseHexHMACSHA256() {
        // RFC 4231 test case 2.
        let signature = WebhookSignature.sign(body: Array("what do ya want for nothing?".utf8), secret: "Jefe")
        #expect(signature == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func aSignedBodyVerifies() {
        let signature = WebhookSignature.sign(body: body, secret: "sandbox-secret")
        #expect(WebhookSignature.verify(body: body, signature: signature, secret: "sandbox-secret"))
        #expect(WebhookSignature.verify(body: body, signature: signature.uppercased(), secret: "sandbox-secret"))
    }

    @Test func aTamperedBodyIsRefused() {
        let signature = WebhookSignature.sign(body: body, secret: "sandbox-secret")
        var tampered = body
        tampered[tampered.count - 3] = UInt8(ascii: "9")
        #expect(!WebhookSignature.verify(body: tampered, signature: signature, secret: "sandbox-secret"))
    }

    @Test(arguments: ["", "zz", "abc", String(repeating: "0", count: 64), String(repeating: "a", count: 66)])
    func malformedOrWrongSignaturesAreRefused(signature: String) {
        #expect(!WebhookSignature.verify(body: body, signature: signature, secret: "sandbox-secret"))
    }

    @Test func theWrongSecretIsRefused() {
        let signature = WebhookSignature.sign(body: body, secret: "sandbox-secret")
        #expect(!WebhookSignature.verify(body: body, signature: signature, secret: "other-secret"))
    }

    @Test func headerNamesMatchTheAPI() {
        #expect(WebhookSignature.signatureHeader == "X-Paysera-Signature")
        #expect(WebhookSignature.algorithmHeader == "X-Paysera-Signature-Alg")
        #expect(WebhookSignature.algorithm == "HMAC-SHA256")
    }
}
