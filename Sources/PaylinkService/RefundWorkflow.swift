import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// Gives money back to the payer of a paid link. The attempt is written to the history before the request leaves,
/// and a lost answer is settled by reading the order's refunds, never by sending again (the rules of a create).
public struct RefundWorkflow: Sendable {
    public let client: CheckoutClient
    public let history: HistoryStore
    public let profile: String
    public let paths: AppPaths
    /// Who asks for the refunds (the operator).
    public let creator: String?
    /// Where Paysera reports the refund's end (the profile's default URLs; the SDK sends all three).
    public let urls: RefundURLs
    /// Waits before an attempt whose process died is read from the order, so a request still in the network lands.
    let pause: @Sendable (Duration) async -> Void
    /// The language of the workflow's sentences.
    public var language: UILanguage = .en

    public init(
        client: CheckoutClient, history: HistoryStore, profile: String, paths: AppPaths, creator: String? = nil,
        urls: RefundURLs = RefundURLs(), pause: @escaping @Sendable (Duration) async -> Void = { try? await Task.sleep(for: $0) }
    ) {
        self.client = client
        self.history = history
        self.profile = profile
        self.paths = paths
        self.creator = creator
        self.urls = urls
        self.pause = pause
    }

    /// An attempt whose process stopped is read from the order only this long after it was written down.
    public static let settleGrace: TimeInterval = 2

    // MARK: Standing

    /// Where a link's payment stands: read from the API (the order, and its refunds into the history), else from
    /// the history alone when the API does not show orders.
    public func standing(linkID: String) async -> Result<RefundStandingReport, RefundFailure> {
        var link: HistoryRecord
        do {
            if let known = try history.record(linkID: linkID) {
                link = known
            } else {
                let fetched = try await client.paymentLink(id: linkID)
                link = try history.upsert(link: fetched, currency: nil, profile: profile)
            }
        } catch let error as CheckoutError {
            return .failure(RefundFailure(language.text(.notice(error.status == 404 ? .refundNoLink(linkID) : .api(error)))))
        } catch {
            return .failure(RefundFailure("\(error)"))
        }
        guard let orderID = link.orderID, !orderID.isEmpty else {
            return .failure(RefundFailure(language.text(.notice(.refundNoOrder(linkID)))))
        }
        var paid = link.status == .completed ? (link.amount ?? 0) : 0
        var refunded = link.refunded
        var currency = link.currency ?? ""
        var reference = link.reference ?? ""
        do {
            let order = try await client.order(id: orderID)
            if let listed = order.refunds {
                _ = try? history.mergeRefunds(
                    orderID: orderID, listed: listed, linkID: linkID, reference: order.purchase?.reference, profile: profile)
            }
            if let value = order.amountPaid?.value { paid = value }
            if let value = order.amountRefunded?.value {
                refunded = value
            } else {
                refunded = (try? history.refunds(orderID: orderID))?.filter(\.givesMoneyBack).map(\.amount).reduce(0, +)
                    ?? refunded
            }
            if let purchase = order.purchase {
                currency = purchase.currency
                reference = purchase.reference
            }
            if link.status != .completed, paid > 0, let fresh = try? await client.paymentLink(id: linkID) {
                // The order was paid but the history has not seen it yet: the link's row learns it now.
                link = (try? history.upsert(link: fresh, currency: link.currency, profile: link.profile)) ?? link
            }
        } catch where error.status == 404 || error.status == 403 {
            // An API that shows no orders: the history's own figures stand.
        } catch {
            return .failure(RefundFailure(language.text(.notice(.refundOrderUnreadable(why: language.text(.notice(.api(error))))))))
        }
        guard !currency.isEmpty else {
            return .failure(RefundFailure(language.text(.notice(.refundCurrencyUnknown))))
        }
        let unsettled = (try? history.unresolvedRefunds(profile: profile, orderID: orderID)) ?? []
        return .success(RefundStandingReport(
            link: link, paid: paid, refunded: refunded, currency: currency, reference: reference,
            payerName: link.payerName, payerEmail: link.payerEmail, unsettled: unsettled))
    }

    // MARK: Refund

    /// Gives back `draft`'s amount (all that remains when it is empty) of a paid link.
    /// `key` names this refund: a rerun with the same key never refunds twice.
    public func refund(linkID: String, draft: RefundDraft, key: String? = nil) async -> RefundOutcome {
        let named = key.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        let key = named ?? UUID().uuidString.lowercased()
        if let earlier = try? history.refund(requestKey: key) {
            switch earlier.state {
            case .created: return .madeBefore(earlier)
            case .sending, .unknown:
                if let settled = await settle(earlier), settled.state == .created { return .madeBefore(settled) }
            case .refused, .notCreated: break
            }
            if let still = try? history.refund(requestKey: key), still.state.isUnresolved {
                return .outcomeUnknown(stillUnknown(still))
            }
            // The key's earlier attempt made nothing: it names this new attempt instead.
            _ = try? history.releaseRequestKey(key)
        }
        // Earlier attempts on this order are settled first: one that went through may be this very refund. They are
        // listed before the order is read, since reading it takes its refunds in and settles the attempts it lists.
        let orderID = (try? history.record(linkID: linkID))??.orderID
        let earlier = orderID.flatMap { try? history.unresolvedRefunds(profile: profile, orderID: $0) } ?? []
        var current: RefundStandingReport
        switch await standing(linkID: linkID) {
        case .failure(let failure): return .failed(failure.message)
        case .success(let value): current = value
        }
        for attempt in earlier {
            guard let id = attempt.attemptID, var now = try? history.refund(id) else { continue }
            if now.state.isUnresolved {
                guard let settled = await settle(now) else { return .outcomeUnknown(stillUnknown(now)) }
                now = settled
            }
            if now.state.isUnresolved { return .outcomeUnknown(stillUnknown(now)) }
            // Without a key, an earlier attempt of the same amount on this link is taken to be this refund.
            if named == nil, now.state == .created, now.linkID == linkID, sameAmount(draft, now, current) {
                return .madeBefore(now)
            }
        }
        if !earlier.isEmpty {
            switch await standing(linkID: linkID) {
            case .failure(let failure): return .failed(failure.message)
            case .success(let value): current = value
            }
        }
        guard current.paid > 0 else {
            return .invalid(RefundProblems([.amount: language.text(.notice(.nothingPaidToRefund))]))
        }
        let amount: Int
        switch draft.check(remaining: current.remaining, currency: current.currency) {
        case .failure(let problems): return .invalid(problems)
        case .success(let value): amount = value
        }
        return await send(amount: amount, reason: draft.reasonToSend, key: key, standing: current)
    }

    private func sameAmount(_ draft: RefundDraft, _ record: RefundRecord, _ standing: RefundStandingReport) -> Bool {
        if draft.amount.trimmingCharacters(in: .whitespaces).isEmpty { return true }
        guard case .success(let minor) = Money.parse(draft.amount, currency: standing.currency) else { return false }
        return minor == record.amount
    }

    private func send(amount: Int, reason: String?, key: String, standing: RefundStandingReport) async -> RefundOutcome {
        let link = standing.link
        let request = RefundRequest(
            refund: RefundSettings(refundURLs: urls, metadata: [Refund.requestKeyName: key]),
            refundDetails: RefundDetails(
                orderID: link.orderID ?? "", reference: standing.reference, refundAmount: amount,
                currency: standing.currency,
                payer: PayerInformation(name: standing.payerName, email: standing.payerEmail), reason: reason))
        var draft = RefundRecord(
            profile: profile, linkID: link.linkID, orderID: link.orderID ?? "", reference: standing.reference,
            amount: amount, currency: standing.currency, reason: reason, state: .sending, createdAt: 0, createdBy: creator)
        draft.requestKey = key
        draft.refundedBefore = standing.refunded
        draft.requestJSON = try? HistoryRecord.json(request)
        let inFlight = InFlightLock.share(paths)
        defer { inFlight?.release() }
        let attempt: RefundRecord
        do {
            attempt = try history.beginRefund(draft)
        } catch {
            return .failed(language.text(.notice(.refundNotRecorded(why: "\(error)"))))
        }
        guard let id = attempt.attemptID else { return .failed(language.text(.notice(.refundNoID))) }
        let lock = AttemptLock.hold(id, kind: .refund, paths: paths)
        defer { lock?.release() }
        do {
            let (answer, _) = try await client.refund(request)
            let made = (try? history.settleRefund(id, answer: answer)) ?? attempt
            return .made(made)
        } catch {
            return failed(error, attempt: id)
        }
    }

    /// Writes down how the refund request failed and says so.
    private func failed(_ error: CheckoutError, attempt: AttemptID) -> RefundOutcome {
        switch error.kind {
        case .refused, .invalidInput:
            _ = try? history.markRefund(attempt, .refused, message: error.description)
            var fields: [RefundField: String] = [:]
            for (path, messages) in error.fieldErrors {
                if let field = RefundField(rawValue: path), let first = messages.first { fields[field] = first }
            }
            if !fields.isEmpty, fields.count == error.fieldErrors.count { return .invalid(RefundProblems(fields)) }
            return .refused(language.text(.notice(.api(error))))
        case .outcomeUnknown, .invalidResponse, .server:
            _ = try? history.markRefund(attempt, .unknown, message: error.description)
            return .outcomeUnknown(language.text(.notice(.refundNoUsableAnswer(detail: error.message))))
        case .notSent:
            _ = try? history.markRefund(attempt, .notCreated, message: error.description)
            return .failed(language.text(.notice(.api(error))))
        }
    }

    private func stillUnknown(_ record: RefundRecord) -> String {
        let amount = Money.text(minor: record.amount, currency: record.currency, language: language)
        return language.text(.command(.earlierRefundUnknown(amount: amount, order: record.reference ?? record.orderID)))
    }

    // MARK: Settling

    /// Settles every unsettled refund attempt of this profile; returns the attempts as they now stand.
    public func settleAll() async -> [RefundRecord] {
        let attempts = (try? history.unresolvedRefunds(profile: profile)) ?? []
        var settled: [RefundRecord] = []
        for attempt in attempts { settled.append(await settle(attempt) ?? attempt) }
        return settled
    }

    /// Settles one attempt from its order's refunds. Nil when its process is still waiting for the answer or the
    /// order cannot be read; otherwise the attempt as it now stands (made, not made, or still unknown).
    func settle(_ attempt: RefundRecord) async -> RefundRecord? {
        guard let id = attempt.attemptID else { return nil }
        guard !AttemptLock.isHeld(id, kind: .refund, paths: paths) else { return nil }
        // A request sent just before its process was stopped may still be on its way to the API.
        let age = Date().timeIntervalSince1970 - TimeInterval(attempt.createdAt)
        if age < Self.settleGrace + 1 { await pause(.milliseconds(Int64((Self.settleGrace + 1 - age) * 1000))) }
        let order: Order
        do {
            order = try await client.order(id: attempt.orderID)
        } catch {
            return nil
        }
        if let listed = order.refunds {
            _ = try? history.mergeRefunds(
                orderID: attempt.orderID, listed: listed, linkID: attempt.linkID, reference: order.purchase?.reference,
                profile: profile)
            if let now = try? history.refund(id), now.state == .created { return now }
            _ = try? history.markRefund(id, .notCreated, message: "The order lists no refund with this attempt's tag.")
            return try? history.refund(id)
        }
        // An API that lists no refunds: the order's refunded total tells whether this one went through.
        if let refunded = order.amountRefunded?.value, let before = attempt.refundedBefore {
            if refunded >= before + attempt.amount {
                _ = try? history.settleRefund(id, answer: Refund(
                    refundID: "unlisted-" + (attempt.requestKey ?? String(id.rawValue)), status: .processing,
                    amount: attempt.amount, currency: attempt.currency, reference: attempt.reference))
            } else {
                _ = try? history.markRefund(id, .notCreated, message: "The order's refunded total did not grow.")
            }
            return try? history.refund(id)
        }
        return try? history.refund(id)
    }
}

