import Foundation
import PayseraCheckout
import Testing

@Suite("Payment page")
struct PaymentPageTests {
    @Test("The payment_URL answers an HTML page with amount, name, status and Pay/Fail forms, all escaped")
    func page() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token, reference: "R-page")
            let body = #"{"order_id":"\#(order.orderID)","name":"<script>alert('x')</script> & co","experience":{"language":"en"},"purchase":{"amount":2500},"payment_details":{"purpose":"\"quoted\""}}"#
            let link = try await h.api(.POST, APIPath.paymentLinks, token: token, json: body).decode(PaymentLink.self)
            let path = SandboxHarness.path(of: link.paymentURL)
            let page = try await h.send(.GET, path)
            #expect(page.status == 200)
            #expect(page.headers.first(name: "Content-Type")?.hasPrefix("text/html") == true)
            let html = page.text
            #expect(html.contains("25.00 EUR"))
            #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
            #expect(!html.contains("<script>"))
            #expect(html.contains("&quot;quoted&quot;"))
            #expect(html.contains(">active<"))
            #expect(html.contains(#"<form method="post" action="\#(path)/pay"><button type="submit">Pay</button>"#))
            #expect(html.contains(#"action="\#(path)/fail""#))
        }
    }

    @Test("Pressing Fail keeps the link active; Pay completes it and marks the order paid; paying again is 409")
    func payFromPage() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID)
            let path = SandboxHarness.path(of: link.paymentURL)
            let form = [("Content-Type", "application/x-www-form-urlencoded")]

            let failed = try await h.send(.POST, path + "/fail", headers: form, body: [])
            #expect(failed.status == 200)
            #expect(failed.text.contains("The payment failed"))
            #expect(try await h.api(.GET, APIPath.paymentLinks + "/\(link.linkID)", token: token).decode(PaymentLink.self).status == .active)

            let paid = try await h.send(.POST, path + "/pay", headers: form, body: [])
            #expect(paid.status == 200)
            #expect(paid.text.contains(">completed<"))
            #expect(!paid.text.contains("<button"))
            #expect(try await h.api(.GET, APIPath.paymentLinks + "/\(link.linkID)", token: token).decode(PaymentLink.self).status == .completed)
            #expect(try await h.api(.GET, APIPath.orders + "/\(order.orderID)", token: token).decode(Order.self).status == "paid")

            let again = try await h.send(.POST, path + "/pay", headers: form, body: [])
            #expect(again.status == 409)
            #expect(again.text.contains("already paid"))
        }
    }

    @Test("A canceled link's page refuses payment with 409")
    func canceledPage() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID)
            _ = try await h.api(.PUT, APIPath.paymentLinks + "/\(link.linkID)/cancel", token: token)
            let path = SandboxHarness.path(of: link.paymentURL)
            #expect(try await h.send(.GET, path).text.contains(">canceled<"))
            #expect(try await h.send(.POST, path + "/pay").status == 409)
        }
    }

    @Test("An unknown page token answers a 404 page")
    func unknownPage() async throws {
        try await SandboxHarness.with { h in
            let answer = try await h.send(.GET, "/checkout-payment-link/payment-collection/v1/payment-links/nope")
            #expect(answer.status == 404)
            #expect(answer.text.contains("not found"))
            #expect(try await h.send(.POST, "/checkout-payment-link/payment-collection/v1/payment-links/nope/pay").status == 404)
        }
    }
}
