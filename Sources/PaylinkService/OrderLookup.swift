import Foundation
import PaylinkCore
import PayseraCheckout

/// Reads the order behind a link and its links; where the API refuses (404, 403) it says so and keeps what is known.
public struct OrderLookup: Sendable {
    public let client: CheckoutClient

    public init(client: CheckoutClient) { self.client = client }

    /// The order's overview; `known` fills in what the API does not give (from the history or the link).
    public func overview(orderID: String, known: OrderOverview? = nil) async -> OrderOverview {
        var overview = known ?? OrderOverview(orderID: orderID)
        overview.orderID = orderID
        async let order = Self.attempt { () async throws(CheckoutError) in try await client.order(id: orderID) }
        async let list = Self.attempt { () async throws(CheckoutError) in
            try await client.paymentLinks(orderID: orderID, limit: 200)
        }
        switch await order {
        case .success(let order):
            overview.reference = order.purchase?.reference ?? overview.reference
            overview.amount = order.purchase?.amount.value ?? overview.amount
            overview.currency = order.purchase?.currency ?? overview.currency
            overview.amountPaid = order.amountPaid?.value ?? overview.amountPaid
            overview.status = order.status ?? overview.status
        case .failure(let error):
            overview.notes.append("Order details: \(Self.reason(error))")
        }
        switch await list {
        case .success(let list):
            // A listing that ignores order_id would show other orders' links.
            overview.links = list.items.filter { $0.orderID.isEmpty || $0.orderID == orderID }.map(OrderLink.init)
        case .failure(let error):
            overview.notes.append("The order's links: \(Self.reason(error))")
        }
        return overview
    }

    private static func attempt<T: Sendable>(
        _ body: @Sendable () async throws(CheckoutError) -> T
    ) async -> Result<T, CheckoutError> {
        do { return .success(try await body()) } catch { return .failure(error) }
    }

    static func reason(_ error: CheckoutError) -> String {
        error.status == 404 || error.status == 403 ? OrderOverview.unavailable : error.description
    }
}
