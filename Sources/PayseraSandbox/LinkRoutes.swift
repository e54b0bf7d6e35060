import Foundation
import Hummingbird
import PaylinkCore
import PayseraCheckout

/// Payment links: create, read, list, update and cancel (API doc §3 and its sandbox conventions).
enum LinkRoutes {
    static func add(to router: Router<SandboxRequestContext>, state: SandboxState) {
        let base = APIPath.paymentLinks
        router.post(RouterPath(base)) { request, context -> Response in
            try state.tokens.authorize(request, now: state.now)
            return try await create(request, context: context, state: state)
        }
        router.get(RouterPath(base)) { request, _ -> Response in
            try state.tokens.authorize(request, now: state.now)
            return try list(request, state: state)
        }
        router.get(RouterPath(base + "/{link_id}")) { request, context -> Response in
            try state.tokens.authorize(request, now: state.now)
            let id = context.parameters.get("link_id") ?? ""
            guard let link = try state.store.link(id: id) else { throw notFound(id) }
            return JSONAnswer.response(.ok, link.wire(baseURL: state.publicBaseURL, now: state.now))
        }
        router.put(RouterPath(base + "/{link_id}")) { request, context -> Response in
            try state.tokens.authorize(request, now: state.now)
            return try await update(request, id: context.parameters.get("link_id") ?? "", state: state)
        }
        router.put(RouterPath(base + "/{link_id}/cancel")) { request, context -> Response in
            try state.tokens.authorize(request, now: state.now)
            return try cancel(id: context.parameters.get("link_id") ?? "", state: state)
        }
    }

    static func notFound(_ id: String) -> APIError { APIError.notFound("Payment link \(id) was not found.") }

    // MARK: Create

    /// Reads the wire body into the SDK's request type, collecting shape problems by API path.
    static func read(_ body: [String: JSONValue]) -> (CreatePaymentLinkRequest, [String: [String]]) {
        var reader = WireReader()
        let orderID = reader.string(body, "order_id", required: true)
        let name = reader.string(body, "name", required: true)
        let experience = reader.object(body, "experience", requiredPath: "experience.language")
        let language = reader.string(experience, "language", parent: "experience", required: experience != nil)
        let flow = reader.string(experience, "payment_flow", parent: "experience")
        let purchase = reader.object(body, "purchase", requiredPath: "purchase.amount")
        let amount = reader.integer(purchase, "amount", parent: "purchase", required: purchase != nil)
        let lifetime = reader.integer(body, "lifetime")
        let details = reader.object(body, "payment_details")
        let paymentDetails = PaymentDetails(
            key: reader.string(details, "key", parent: "payment_details"),
            purpose: reader.string(details, "purpose", parent: "payment_details"),
            countryCode: reader.string(details, "country_code", parent: "payment_details"))
        let payer = reader.object(body, "payer_information")
        let payerInformation = PayerInformation(
            name: reader.string(payer, "name", parent: "payer_information"),
            email: reader.string(payer, "email", parent: "payer_information"))
        let request = CreatePaymentLinkRequest(
            orderID: orderID ?? "", name: name ?? "",
            experience: Experience(language: language ?? "", paymentFlow: flow),
            purchase: LinkPurchase(amount: amount ?? 0), lifetime: lifetime,
            paymentDetails: details == nil ? nil : paymentDetails,
            payerInformation: payer == nil ? nil : payerInformation,
            metadata: reader.stringMap(body, "metadata"))
        return (request, reader.problems)
    }

    /// 40 characters of the URL-safe alphabet, like Paysera's payment URLs.
    static func pageToken() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
        var generator = SystemRandomNumberGenerator()
        return String((0..<40).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }

    static func create(_ request: Request, context: SandboxRequestContext, state: SandboxState) async throws -> Response {
        let body = try await RequestReading.jsonObject(of: request)
        let (link, shape) = read(body)
        let problems = OrderRoutes.merge(shape: shape, rules: FieldRules.check(link))
        guard problems.isEmpty else { throw APIError.invalid(problems) }
        // A link needs an existing order; like any other refused field, the answer names order_id.
        // The id is looked up in the form the core's rule normalises it to (trimmed, lower case).
        let orderID = (try? FieldRules.orderID(link.orderID).get()) ?? link.orderID
        guard let order = try state.store.order(id: orderID) else {
            throw APIError.invalid(["order_id": ["Order \(link.orderID) was not found."]])
        }
        guard order.status == "pending_payment" else {
            throw APIError.conflict("Order \(order.orderID) is \(order.status); a new payment link cannot be added to it.")
        }
        let now = state.now
        let lifetime = link.lifetime ?? Lifetime.defaultSeconds
        let row = LinkRow(
            sequence: nil, linkID: UUID().uuidString.lowercased(), orderID: order.orderID, pageToken: pageToken(),
            name: link.name, language: link.experience.language ?? "",
            paymentFlow: link.experience.paymentFlow ?? "paysera_checkout", amount: link.purchase.amount.value,
            lifetime: lifetime, methodKey: link.paymentDetails?.key, purpose: link.paymentDetails?.purpose,
            countryCode: link.paymentDetails?.countryCode, payerName: link.payerInformation?.name,
            payerEmail: link.payerInformation?.email, metadata: link.metadata, state: LinkRow.active,
            createdAt: now, expiredAt: lifetime == 0 ? nil : now + lifetime, updatedAt: now)
        let stored = try state.store.insert(row)
        if state.config.faults.dropAfterCreate {
            try? await context.channel.close()
            throw ConnectionDropped()
        }
        if let delay = state.config.faults.delay {
            try await Task.sleep(for: delay)
        }
        return JSONAnswer.response(.created, stored.wire(baseURL: state.publicBaseURL, now: state.now))
    }

    // MARK: List

    static func list(_ request: Request, state: SandboxState) throws -> Response {
        let query = request.uri.queryParameters
        var problems: [String: [String]] = [:]
        var limit = 20, offset = 0
        if let text = query["limit"] {
            if let value = Int(text), (1...200).contains(value) { limit = value } else {
                problems["limit", default: []].append("Must be a whole number from 1 to 200.")
            }
        }
        if let text = query["offset"] {
            if let value = Int(text), value >= 0 { offset = value } else {
                problems["offset", default: []].append("Must be a whole number, 0 or more.")
            }
        }
        var status: LinkStatus?
        if let text = query["status"] {
            let known: [LinkStatus] = [.active, .completed, .expired, .canceled]
            if let match = known.first(where: { $0.rawValue == String(text) }) { status = match } else {
                problems["status", default: []].append("Must be one of active, completed, expired, canceled.")
            }
        }
        var orderID: String?
        if let text = query["order_id"] {
            switch FieldRules.orderID(String(text)) {
            case .success(let id): orderID = id
            case .failure(let refusal): problems["order_id", default: []].append(refusal.message)
            }
        }
        guard problems.isEmpty else { throw APIError.invalid(problems, "Invalid query parameters: \(problems.keys.sorted().joined(separator: ", ")).") }
        let now = state.now
        let page = try state.store.links(orderID: orderID, status: status, limit: limit, offset: offset, now: now)
        let base = state.publicBaseURL
        let answer = PaymentLinkList(
            items: page.items.map { $0.wire(baseURL: base, now: now) },
            metadata: ListMetadata(total: page.total, limit: limit, offset: offset))
        return JSONAnswer.response(.ok, answer)
    }

    // MARK: Update and cancel

    static func update(_ request: Request, id: String, state: SandboxState) async throws -> Response {
        let body = try await RequestReading.jsonObject(of: request)
        guard let current = try state.store.link(id: id) else { throw notFound(id) }
        var reader = WireReader()
        for path in LinkUpdate.fixedPaths {
            let parts = path.split(separator: ".").map(String.init)
            var present = body[parts[0]] != nil
            if parts.count == 2, case .object(let inner)? = body[parts[0]] { present = inner[parts[1]] != nil }
            if present { reader.refuse(path, LinkUpdate.fixedMessage) }
        }
        let name = reader.string(body, "name")
        let lifetime = reader.integer(body, "lifetime")
        let payer = reader.object(body, "payer_information")
        let payerName = reader.string(payer, "name", parent: "payer_information")
        let payerEmail = reader.string(payer, "email", parent: "payer_information")
        let details = reader.object(body, "payment_details")
        let purpose = reader.string(details, "purpose", parent: "payment_details")

        // Merge onto the stored link and judge the result by the same rules as a create.
        // A new lifetime counts from now, as at creation: that is how a link is given more time.
        let now = state.now
        var next = current
        if let name { next.name = name }
        if let lifetime {
            next.lifetime = lifetime
            next.expiredAt = lifetime == 0 ? nil : now + lifetime
        }
        if payer?.keys.contains("name") == true { next.payerName = payerName }
        if payer?.keys.contains("email") == true { next.payerEmail = payerEmail }
        if details?.keys.contains("purpose") == true { next.purpose = purpose }
        let problems = OrderRoutes.merge(shape: reader.problems, rules: FieldRules.check(next.request))
        guard problems.isEmpty else { throw APIError.invalid(problems) }

        let merged = next
        let changed = try state.store.change(linkID: id) { link, _ in
            if let refusal = LinkUpdate.refusal(status: link.status(at: now)) { throw APIError.conflict(refusal) }
            link.name = merged.name
            link.lifetime = merged.lifetime
            link.expiredAt = merged.expiredAt
            link.payerName = merged.payerName
            link.payerEmail = merged.payerEmail
            link.purpose = merged.purpose
            link.updatedAt = now
        }
        return JSONAnswer.response(.ok, changed.link.wire(baseURL: state.publicBaseURL, now: now))
    }

    static func cancel(id: String, state: SandboxState) throws -> Response {
        let now = state.now
        let changed = try state.store.change(linkID: id) { link, _ in
            let status = link.status(at: now)
            guard status == .active else {
                throw APIError.conflict("Only an active payment link can be canceled; this one is \(status).")
            }
            link.state = LinkRow.canceled
            link.updatedAt = now
        }
        return JSONAnswer.response(.ok, changed.link.wire(baseURL: state.publicBaseURL, now: now))
    }
}

extension LinkRow {
    /// The link as a create request, so updates are judged by the create rules.
    var request: CreatePaymentLinkRequest {
        let details = PaymentDetails(key: methodKey, purpose: purpose, countryCode: countryCode)
        let payer = PayerInformation(name: payerName, email: payerEmail)
        return CreatePaymentLinkRequest(
            orderID: orderID, name: name, experience: Experience(language: language, paymentFlow: paymentFlow),
            purchase: LinkPurchase(amount: amount), lifetime: lifetime,
            paymentDetails: details == PaymentDetails() ? nil : details,
            payerInformation: payer == PayerInformation() ? nil : payer, metadata: metadata)
    }
}
