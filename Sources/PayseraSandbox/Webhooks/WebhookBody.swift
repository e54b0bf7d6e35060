/// Webhook bodies in the shape Paysera's official SDK reads (API doc §6).
enum WebhookBody {
    /// The order snapshot: the order, its links, each link's payments, and its refunds oldest first.
    static func order(
        _ order: OrderRow, links: [LinkRow], payments: [PaymentRow], refunds: [RefundRow], now: Int, baseURL: String
    ) -> JSONValue {
        let paid = payments.filter { $0.status == PaymentRow.completed }.map(\.amount).reduce(0, +)
        let refunded = refunds.filter(\.takesMoney).map(\.amount).reduce(0, +)
        let snapshots: [JSONValue] = links.map { link in
            var fields: [String: JSONValue] = [
                "id": .string(link.linkID),
                "name": .string(link.name),
                "status": .string(link.status(at: now).rawValue),
                "amount": number(link.amount),
                "payment_URL": .string(baseURL + PaymentPage.pathPrefix + link.pageToken),
                "created_at": number(link.createdAt),
                "updated_at": number(link.updatedAt),
                "payments": .array(payments.filter { $0.linkID == link.linkID }.map { payment($0, link: link) }),
            ]
            fields["payer_name"] = link.payerName.map(JSONValue.string)
            fields["payer_email"] = link.payerEmail.map(JSONValue.string)
            fields["payer_country"] = link.countryCode.map(JSONValue.string)
            return .object(fields)
        }
        var fields: [String: JSONValue] = [
            "paysera_order_id": .string(order.orderID),
            "merchant_order_id": .string(order.reference),
            "project_id": .string(order.projectID),
            "source": .string("payment_link"),
            "amount": number(order.amount),
            "amount_paid": number(paid),
            "currency": .string(order.currency),
            "status": .string(order.statusShown(amountPaid: paid, amountRefunded: refunded)),
            "created_at": number(order.createdAt),
            "updated_at": number(order.updatedAt),
            "payment_links": .array(snapshots),
            // Sandbox convention: Paysera documents no refund fields on the order.
            "amount_refunded": number(refunded),
            "refunds": .array(refunds.map { $0.json(orderID: false, metadata: true) }),
        ]
        fields["merchant_data"] = order.merchantData.map { .object($0.mapValues(JSONValue.string)) }
        return .object(fields)
    }

    /// One payment as the SDK reads it inside a link.
    static func payment(_ payment: PaymentRow, link: LinkRow) -> JSONValue {
        var fields: [String: JSONValue] = [
            "id": .string(payment.paymentID),
            "method": .string(payment.method),
            "status": .string(payment.status),
            "created_at": number(payment.createdAt),
            "updated_at": number(payment.createdAt),
            "payment_amount": number(payment.amount),
            "payment_currency": .string(payment.currency),
            "original_amount": number(payment.amount),
            "original_currency": .string(payment.currency),
        ]
        fields["purpose"] = link.purpose.map(JSONValue.string)
        fields["payment_country"] = link.countryCode.map(JSONValue.string)
        fields["payer_name"] = link.payerName.map(JSONValue.string)
        fields["payer_email"] = link.payerEmail.map(JSONValue.string)
        return .object(fields)
    }

    /// The whole body: the event's name and the order snapshot, plus the payment for `payment` events and the
    /// refund for `refund` events.
    static func event(
        type: String, name: String, callbackID: String, order: JSONValue, payment: JSONValue?, refund: JSONValue? = nil,
        now: Int
    ) -> JSONValue {
        var fields: [String: JSONValue] = [
            "id": .string(callbackID),
            "created_at": number(now),
            "event": .object(["type": .string(type), "name": .string(name)]),
            "order": order,
        ]
        fields["payment"] = payment
        fields["refund"] = refund
        return .object(fields)
    }

    private static func number(_ value: Int) -> JSONValue { .number(String(value)) }
}
