import Foundation
import Hummingbird
import PaylinkCore
import PayseraCheckout

/// The checkout a payer opens at a link's `payment_URL` (API doc §6a): methods, a method's page, and the way back to the shop.
enum PaymentPage {
    /// Every `payment_URL` is this path plus the link's page token.
    static let pathPrefix = "/checkout-payment-link/payment-collection/v1/payment-links/"

    static func add(to router: Router<SandboxRequestContext>, state: SandboxState) {
        let group = router.group(RouterPath(pathPrefix + "{token}"))
        group.get { _, context -> Response in
            try CheckoutVisit(context: context, state: state).map { $0.start() } ?? notFoundPage()
        }
        group.get("methods") { request, context -> Response in
            guard let visit = try CheckoutVisit(context: context, state: state) else { return notFoundPage() }
            let key = request.uri.queryParameters["method"].map(String.init) ?? ""
            return visit.redirect(to: visit.path + "/methods/" + (key.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
        }
        group.get("methods/{key}") { _, context -> Response in
            guard let visit = try CheckoutVisit(context: context, state: state) else { return notFoundPage() }
            return visit.methodPage(key: context.parameters.get("key") ?? "")
        }
        for action in [PayerAction.pay, .fail] {
            group.post("methods/{key}/\(action.rawValue)") { _, context -> Response in
                guard let visit = try CheckoutVisit(context: context, state: state) else { return notFoundPage() }
                return try visit.perform(action, key: context.parameters.get("key"))
            }
            // The first page's buttons, kept for links opened before methods were listed.
            group.post(RouterPath(action.rawValue)) { _, context -> Response in
                guard let visit = try CheckoutVisit(context: context, state: state) else { return notFoundPage() }
                return try visit.perform(action, key: nil)
            }
        }
        group.get("back") { _, context -> Response in
            guard let visit = try CheckoutVisit(context: context, state: state) else { return notFoundPage() }
            return visit.leave(to: visit.order.cancelURL, outcome: "back")
        }
        group.get("outcome/{what}") { _, context -> Response in
            guard let visit = try CheckoutVisit(context: context, state: state) else { return notFoundPage() }
            return visit.outcomePage(context.parameters.get("what") ?? "")
        }
    }

    static func notFoundPage() -> Response {
        let text = CheckoutText.english
        return HTMLText.response(
            .notFound, language: "en", title: text.notFoundTitle, banner: text.banner,
            body: "<h1>\(HTMLText.escape(text.notFoundTitle))</h1><p>\(HTMLText.escape(text.notFoundText))</p>")
    }

    /// The methods a link's payer is offered: the order's currency and amount, the link's country, the preselected one first.
    static func methods(for link: LinkRow, currency: String) -> [SandboxMethod] {
        let offered = MethodRoutes.catalog.filter { method in
            method.accepts(amount: link.amount, currency: currency)
                && (link.countryCode.map { method.countries.contains($0.uppercased()) } ?? true)
        }
        guard let key = link.methodKey, let index = offered.firstIndex(where: { $0.key == key }) else { return offered }
        var ordered = offered
        ordered.insert(ordered.remove(at: index), at: 0)
        return ordered
    }
}

/// One request on a link's checkout: the link, its order, the words in its language.
struct CheckoutVisit {
    let link: LinkRow
    let order: OrderRow
    let token: String
    let language: String
    let text: CheckoutText
    let state: SandboxState
    let now: Int

    /// Nil when the page token names no link.
    init?(context: SandboxRequestContext, state: SandboxState) throws {
        let token = context.parameters.get("token") ?? ""
        guard let link = try state.store.link(pageToken: token), let order = try state.store.order(id: link.orderID) else {
            return nil
        }
        self.link = link
        self.order = order
        self.token = token
        (language, text) = CheckoutText.forLanguage(link.language)
        self.state = state
        now = state.now
    }

    var path: String { PaymentPage.pathPrefix + token }
    var offered: [SandboxMethod] { PaymentPage.methods(for: link, currency: order.currency) }

    /// The first page: the state of a link that takes no payments, the direct method, or the list.
    func start() -> Response {
        if let closed = closedPage() { return closed }
        if link.paymentFlow == "direct_payment", let key = link.methodKey, offered.contains(where: { $0.key == key }) {
            return methodPage(key: key)
        }
        var body = summary()
        let methods = offered
        if methods.isEmpty {
            body += "<p class=\"notice\" role=\"status\">\(e(text.noMethods))</p>"
        } else {
            body += "<form method=\"get\" action=\"\(e(path))/methods\"><fieldset><legend>\(e(text.chooseMethod))</legend>"
            for (index, method) in methods.enumerated() {
                let id = "method-\(method.key)"
                body += "<label for=\"\(e(id))\"><input type=\"radio\" name=\"method\" id=\"\(e(id))\" value=\"\(e(method.key))\"\(index == 0 ? " checked" : "")> "
                body += "<strong>\(e(method.title))</strong> — \(e(method.description))</label>"
            }
            body += "</fieldset><p><button type=\"submit\" id=\"continue\">\(e(text.continueLabel))</button></p></form>"
        }
        body += backLink()
        return page(.ok, title: link.name, body: body)
    }

    /// A method's page: Pay, Fail, and the way back.
    func methodPage(key: String, notice: String? = nil) -> Response {
        if let closed = closedPage() { return closed }
        guard let method = offered.first(where: { $0.key == key }) else {
            return page(.notFound, title: text.unknownMethod, body: "<h1>\(e(text.unknownMethod))</h1>" + otherMethodLink())
        }
        var body = summary()
        body += "<h2 id=\"method\">\(e(method.title))</h2><p>\(e(method.description))</p>"
        if let notice { body += "<p class=\"notice\" role=\"status\">\(e(notice))</p>" }
        let actions = path + "/methods/" + (key.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        body += "<form method=\"post\" action=\"\(e(actions))/pay\"><button type=\"submit\" id=\"pay\">\(e(text.pay))</button></form>"
        body += "<form method=\"post\" action=\"\(e(actions))/fail\"><button type=\"submit\" id=\"fail\" class=\"secondary\">\(e(text.fail))</button></form>"
        if link.paymentFlow != "direct_payment" { body += otherMethodLink() }
        body += backLink()
        return page(.ok, title: method.title + " — " + link.name, body: body, formTargets: [order.successURL, order.failureURL].compactMap { $0 })
    }

    /// Pay or Fail, then 303 to the shop's success or failure address (or a sandbox page when it gave none).
    func perform(_ action: PayerAction, key: String?) throws -> Response {
        let method = key ?? link.methodKey ?? offered.first?.key
        do {
            try action.perform(linkID: link.linkID, method: method, state: state)
        } catch let refusal as APIError {
            return closedPage(status: refusal.status) ?? page(refusal.status, title: refusal.message, body: "<h1>\(e(refusal.message))</h1>")
        }
        return action == .pay ? leave(to: order.successURL, outcome: "paid") : leave(to: order.failureURL, outcome: "failed")
    }

    /// 303 to the shop's address, or to the sandbox's own page for this outcome.
    func leave(to url: String?, outcome: String) -> Response {
        if let url, !url.isEmpty { return redirect(to: url) }
        return redirect(to: path + "/outcome/" + outcome)
    }

    func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .contentSecurityPolicy: HTMLText.contentSecurityPolicy()])
    }

    /// What happened, when the shop gave no address to go back to.
    func outcomePage(_ what: String) -> Response {
        let (title, line): (String, String)
        switch what {
        case "paid": (title, line) = (text.paidTitle, text.paidText)
        case "failed": (title, line) = (text.failedTitle, text.failedText)
        case "back": (title, line) = (text.backTitle, text.backText)
        default: return PaymentPage.notFoundPage()
        }
        var body = "<h1 id=\"outcome\" data-outcome=\"\(e(what))\">\(e(title))</h1><p>\(e(line))</p>" + summary(heading: false)
        body += "<p class=\"notice\">\(e(text.noReturn))</p>"
        if what == "failed" { body += otherMethodLink() }
        return page(.ok, title: title, body: body)
    }

    /// The page for a link that takes no payments (paid, canceled, expired); nil while it does.
    func closedPage(status: HTTPResponse.Status = .ok) -> Response? {
        let (title, line): (String, String)
        switch link.status(at: now) {
        case .completed: (title, line) = (text.completedTitle, text.completedText)
        case .canceled: (title, line) = (text.canceledTitle, text.canceledText)
        case .expired: (title, line) = (text.expiredTitle, text.expiredText)
        case .active, .other: return nil
        }
        let body = "<h1 id=\"closed\">\(e(title))</h1><p>\(e(line))</p>" + summary(heading: false)
        return page(status, title: title, body: body)
    }

    /// Name, amount, order, purpose, payer, expiry and status.
    func summary(heading: Bool = true) -> String {
        let amount = Money.format(minor: link.amount, currency: order.currency) + " " + order.currency
        var body = heading ? "<h1>\(e(link.name))</h1>" : "<h2>\(e(link.name))</h2>"
        body += "<p class=\"amount\" id=\"amount\" aria-label=\"\(e(text.amount))\">\(e(amount))</p><dl>"
        body += "<dt>\(e(text.order))</dt><dd><code>\(e(order.reference))</code></dd>"
        if let purpose = link.purpose { body += "<dt>\(e(text.purpose))</dt><dd>\(e(purpose))</dd>" }
        let payer = [link.payerName, link.payerEmail].compactMap { $0 }.joined(separator: ", ")
        if !payer.isEmpty { body += "<dt>\(e(text.payer))</dt><dd>\(e(payer))</dd>" }
        let expiry = link.expiredAt.map(Self.utc) ?? text.neverExpires
        body += "<dt>\(e(text.validUntil))</dt><dd>\(e(expiry))</dd>"
        body += "<dt>\(e(text.status))</dt><dd class=\"status\" id=\"status\">\(e(link.status(at: now).rawValue))</dd></dl>"
        return body
    }

    private func backLink() -> String { "<p><a href=\"\(e(path))/back\" id=\"back\">\(e(text.back))</a></p>" }
    private func otherMethodLink() -> String { "<p><a href=\"\(e(path))\" id=\"other\">\(e(text.otherMethod))</a></p>" }

    private func page(_ status: HTTPResponse.Status, title: String, body: String, formTargets: [String] = []) -> Response {
        HTMLText.response(status, language: language, title: title, banner: text.banner, body: body, formTargets: formTargets)
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    static func utc(_ seconds: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
