import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import PayseraCheckout
import TestSupport
import Testing

extension SandboxHarness {
    /// A client that shows a redirect instead of following it.
    static let noRedirects = HTTPClient(
        eventLoopGroupProvider: .singleton, configuration: HTTPClient.Configuration(redirectConfiguration: .disallow))

    /// One request whose 303 is answered as is.
    func visit(_ method: HTTPMethod, _ path: String) async throws -> Answer {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        if method == .POST {
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer())
        }
        let response = try await Self.noRedirects.execute(request, timeout: .seconds(20))
        let collected = try await response.body.collect(upTo: 16 << 20)
        return Answer(status: Int(response.status.code), headers: response.headers, body: Array(collected.readableBytesView))
    }

    /// A link made from raw JSON fields added to the usual ones.
    func link(token: String, orderID: String, extra: String) async throws -> PaymentLink {
        let body = #"{"order_id":"\#(orderID)","name":"Order #12345","experience":{"language":"en"},"purchase":{"amount":2500},"lifetime":3600,"# + extra + "}"
        let answer = try await api(.POST, APIPath.paymentLinks, token: token, json: body)
        try #require(answer.status == 201, "link: \(answer.text)")
        return try answer.decode(PaymentLink.self)
    }
}

@Suite("Checkout pages", .ownThread)
struct PaymentPageTests {
    static let shop = [
        "success_url": "http://127.0.0.1:9/ok", "failure_url": "http://127.0.0.1:9/failed", "cancel_url": "https://shop.example/cart",
    ]

    @Test("The payment_URL lists the methods for the order's currency, amount and country, the preselected one first, all escaped")
    func methodList() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token, reference: "R-page")
            let body = #"{"order_id":"\#(order.orderID)","name":"<script>alert('x')</script> & co","experience":{"language":"en"},"purchase":{"amount":2500},"payment_details":{"purpose":"\"quoted\"","country_code":"EE","key":"lhv"},"payer_information":{"name":"Ona","email":"ona@example.com"}}"#
            let link = try await h.api(.POST, APIPath.paymentLinks, token: token, json: body).decode(PaymentLink.self)
            let page = try await h.send(.GET, SandboxHarness.path(of: link.paymentURL))
            #expect(page.status == 200)
            #expect(page.headers.first(name: "Content-Type")?.hasPrefix("text/html") == true)
            #expect(page.headers.first(name: "Content-Security-Policy")?.hasPrefix("default-src 'none'") == true)
            let html = page.text
            #expect(html.contains("25.00 EUR"))
            #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
            #expect(!html.contains("<script>"))
            #expect(html.contains("&quot;quoted&quot;"))
            #expect(html.contains("Ona, ona@example.com"))
            #expect(html.contains(">active<"))
            #expect(html.contains(#"<label for="method-lhv">"#))
            let keys = html.components(separatedBy: #"name="method" id="method-"#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
            // Estonia's banks and the methods that take EUR 25.00 there; LHV, preselected, first.
            #expect(keys.first == "lhv")
            #expect(keys.contains("coop"))
            #expect(!keys.contains("artea"))
        }
    }

    @Test("Pay, Fail and Back send the browser to the order's success, failure and cancel URLs with 303")
    func redirectsToShop() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token, redirects: Self.shop)
            let link = try await h.createLink(token: token, orderID: order.orderID)
            let path = SandboxHarness.path(of: link.paymentURL)

            let chosen = try await h.visit(.GET, path + "/methods?method=seb")
            #expect(chosen.status == 303)
            #expect(chosen.headers.first(name: "Location") == path + "/methods/seb")
            let method = try await h.visit(.GET, path + "/methods/seb")
            #expect(method.text.contains(#"<h2 id="method">SEB</h2>"#))
            #expect(method.text.contains(#"action="\#(path)/methods/seb/pay""#))
            #expect(method.headers.first(name: "Content-Security-Policy")?.contains("form-action 'self' http://127.0.0.1:9") == true)

            let back = try await h.visit(.GET, path + "/back")
            #expect(back.status == 303)
            #expect(back.headers.first(name: "Location") == "https://shop.example/cart")
            let failed = try await h.visit(.POST, path + "/methods/seb/fail")
            #expect(failed.status == 303)
            #expect(failed.headers.first(name: "Location") == "http://127.0.0.1:9/failed")
            #expect(try await h.api(.GET, APIPath.paymentLinks + "/\(link.linkID)", token: token).decode(PaymentLink.self).status == .active)
            let paid = try await h.visit(.POST, path + "/methods/seb/pay")
            #expect(paid.status == 303)
            #expect(paid.headers.first(name: "Location") == "http://127.0.0.1:9/ok")
            #expect(try await h.api(.GET, APIPath.paymentLinks + "/\(link.linkID)", token: token).decode(PaymentLink.self).status == .completed)
            #expect(try await h.api(.GET, APIPath.orders + "/\(order.orderID)", token: token).decode(Order.self).status == "paid")

            let again = try await h.visit(.POST, path + "/methods/seb/pay")
            #expect(again.status == 409)
            #expect(again.text.contains("already paid"))
            #expect(try await h.send(.GET, path).text.contains(#"<h1 id="closed">This payment link is already paid</h1>"#))
        }
    }

    @Test("Without redirect URLs a sandbox page says what happened")
    func outcomePages() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID)
            let path = SandboxHarness.path(of: link.paymentURL)
            let failed = try await h.visit(.POST, path + "/methods/swedbank/fail")
            #expect(failed.headers.first(name: "Location") == path + "/outcome/failed")
            #expect(try await h.send(.POST, path + "/methods/swedbank/fail").text.contains("The payment failed"))
            #expect(try await h.send(.GET, path + "/back").text.contains("You left the payment without paying"))
            let paid = try await h.send(.POST, path + "/methods/swedbank/pay")
            #expect(paid.text.contains("Payment received"))
            #expect(paid.text.contains("redirect_urls"))
        }
    }

    @Test("direct_payment opens the method's page; lt speaks Lithuanian; an unknown language falls back to English")
    func directAndLanguage() async throws {
        try await SandboxHarness.with { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let direct = try await h.link(
                token: token, orderID: order.orderID,
                extra: #""experience":{"language":"lt","payment_flow":"direct_payment"},"payment_details":{"key":"swedbank"}"#)
            let page = try await h.send(.GET, SandboxHarness.path(of: direct.paymentURL)).text
            #expect(page.contains(#"<html lang="lt">"#))
            #expect(page.contains(#"<h2 id="method">Swedbank</h2>"#))
            #expect(page.contains(">Mokėti</button>"))
            #expect(page.contains("Grįžti į parduotuvę"))
            let german = try await h.link(token: token, orderID: order.orderID, extra: #""experience":{"language":"de"}"#)
            let fallback = try await h.send(.GET, SandboxHarness.path(of: german.paymentURL)).text
            #expect(fallback.contains(#"<html lang="en">"#))
            #expect(fallback.contains("Choose a payment method"))
        }
    }

    @Test("Canceled and expired links get their own page and take no payment")
    func closedLinks() async throws {
        let clock = TestClock()
        try await SandboxHarness.with(clock: clock) { h in
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let canceled = try await h.createLink(token: token, orderID: order.orderID)
            _ = try await h.api(.PUT, APIPath.paymentLinks + "/\(canceled.linkID)/cancel", token: token)
            let path = SandboxHarness.path(of: canceled.paymentURL)
            #expect(try await h.send(.GET, path).text.contains("This payment link was canceled"))
            #expect(try await h.visit(.POST, path + "/methods/seb/pay").status == 409)
            let expiring = try await h.createLink(token: token, orderID: order.orderID, lifetime: 60)
            clock.advance(by: 61)
            let expired = try await h.send(.GET, SandboxHarness.path(of: expiring.paymentURL)).text
            #expect(expired.contains("This payment link has expired"))
            #expect(!expired.contains("<button"))
        }
    }

    @Test("An unknown page token or method answers a 404 page")
    func unknownPage() async throws {
        try await SandboxHarness.with { h in
            let answer = try await h.send(.GET, "/checkout-payment-link/payment-collection/v1/payment-links/nope")
            #expect(answer.status == 404)
            #expect(answer.text.contains("not found"))
            #expect(try await h.send(.POST, "/checkout-payment-link/payment-collection/v1/payment-links/nope/pay").status == 404)
            let token = try await h.token()
            let order = try await h.createOrder(token: token)
            let link = try await h.createLink(token: token, orderID: order.orderID)
            #expect(try await h.send(.GET, SandboxHarness.path(of: link.paymentURL) + "/methods/nope").status == 404)
        }
    }
}
