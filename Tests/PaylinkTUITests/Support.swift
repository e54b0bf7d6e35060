import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import Testing

/// Fixed moments for tests: Wed 25 Nov 2026 12:00:00 UTC.
let t0 = Date(timeIntervalSince1970: 1_795_608_000)

func terminal(_ draft: LinkDraft = LinkDraft(), width: Int = 80, height: Int = 24, sandbox: Bool = true) -> InMemoryTerminal {
    InMemoryTerminal(draft: draft, width: width, height: height, now: t0, sandbox: sandbox)
}

/// A draft that passes every rule.
func validDraft() -> LinkDraft {
    var d = LinkDraft()
    d.reference = "ORDER-1"
    d.currency = "EUR"
    d.amount = "25.00"
    d.name = "Leather wallet"
    d.language = "en"
    return d
}

func sampleLink(url: String = "https://sandbox.local/checkout-payment-link/payment-collection/v1/payment-links/abc123def456GhiJkl_mNOpQrStUvWxYz0123456",
                lifetime: Int = 259_200, status: LinkStatus = .active) -> PaymentLink {
    let created = Int(t0.timeIntervalSince1970)
    return PaymentLink(
        linkID: "c8d9e0f1-2a3b-4c5d-6e7f-8a9b0c1d2e3f", orderID: "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a", paymentURL: url,
        name: "Leather wallet", experience: Experience(language: "en"), purchase: LinkPurchase(amount: 2500),
        lifetime: lifetime, status: status, createdAt: created, expiredAt: lifetime == 0 ? nil : created + lifetime)
}

/// Compares a screen with Golden/<name>.txt; PAYLINK_UPDATE_GOLDEN=1 rewrites the file on purpose.
func expectGolden(_ screen: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let file = dir.appendingPathComponent(name + ".txt")
    var text = screen.text + "\n"
    if let cursor = screen.cursor { text += "cursor: \(cursor.row),\(cursor.col)\n" }
    if ProcessInfo.processInfo.environment["PAYLINK_UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("missing golden file \(file.path); run with PAYLINK_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "screen differs from \(name).txt:\n\(text)", sourceLocation: sourceLocation)
}

extension ScreenBuffer {
    /// Whether some row contains the text.
    func contains(_ text: String) -> Bool { (0..<height).contains { line($0).contains(text) } }
    /// The first row containing the text.
    func row(of text: String) -> Int? { (0..<height).first { line($0).contains(text) } }
}

extension InMemoryTerminal {
    /// The effects other than the per-tick history read, which every tick on the result screen asks for.
    var apiEffects: [Effect] {
        effects.filter { effect in
            if case .watchHistory = effect { return false }
            return true
        }
    }
}
