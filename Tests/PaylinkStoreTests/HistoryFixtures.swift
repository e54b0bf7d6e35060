import Foundation
import TestSupport
import PayseraCheckout
@testable import PaylinkStore

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_750_000_000)) { current = start }

    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
    var read: @Sendable () -> Date { { self.now } }
}

func linkRequest(
    orderID: String = UUID().uuidString.lowercased(), name: String = "Order #1", amount: Int = 2500,
    payerName: String? = nil, payerEmail: String? = nil, lifetime: Int? = 259_200
) -> CreatePaymentLinkRequest {
    CreatePaymentLinkRequest(
        orderID: orderID, name: name, experience: Experience(language: "lt", paymentFlow: "paysera_checkout"),
        purchase: LinkPurchase(amount: amount), lifetime: lifetime,
        paymentDetails: PaymentDetails(key: "card", purpose: "Goods", countryCode: "LT"),
        payerInformation: payerName == nil && payerEmail == nil ? nil : PayerInformation(name: payerName, email: payerEmail),
        metadata: ["till": "3"])
}

/// The link the API would answer for `request`.
func createdLink(
    for request: CreatePaymentLinkRequest, linkID: String = UUID().uuidString.lowercased(), at createdAt: Date,
    status: LinkStatus = .active
) -> PaymentLink {
    let created = Int(createdAt.timeIntervalSince1970)
    let lifetime = request.lifetime ?? 259_200
    return PaymentLink(
        linkID: linkID, orderID: request.orderID, paymentURL: "http://127.0.0.1:8099/pay/\(linkID)", name: request.name,
        experience: request.experience, paymentDetails: request.paymentDetails, purchase: request.purchase,
        payerInformation: request.payerInformation, metadata: request.metadata, lifetime: lifetime, status: status,
        createdAt: created, expiredAt: lifetime == 0 ? nil : created + lifetime, updatedAt: created)
}

/// A history in its own temporary folder.
struct HistoryFixture {
    let temp: TemporaryDirectory
    let clock: TestClock
    let store: HistoryStore

    init(clock: TestClock = TestClock()) throws {
        temp = try TemporaryDirectory()
        self.clock = clock
        store = try HistoryStore(file: temp.appending("history.sqlite"), now: clock.read)
    }

    var file: URL { store.file }
}
