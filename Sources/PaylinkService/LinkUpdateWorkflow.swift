import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// Changes one link: reads it fresh, judges the change by PaylinkCore's rules, sends `PUT`, and writes the
/// answer to the history. A link that is no longer active is left alone.
public struct LinkUpdateWorkflow: Sendable {
    public let client: CheckoutClient
    public let history: HistoryStore
    public let profile: String
    public let now: @Sendable () -> Date
    /// The language of the outcomes' sentences.
    public var language: UILanguage = .en

    public init(client: CheckoutClient, history: HistoryStore, profile: String, now: @escaping @Sendable () -> Date = Date.init) {
        self.client = client
        self.history = history
        self.profile = profile
        self.now = now
    }

    public func update(linkID: String, _ change: LinkUpdate) async -> LinkUpdateOutcome {
        // The expiry an extension adds to, and whether the link may change at all, are read fresh from the API.
        let current: PaymentLink
        do {
            current = try await client.paymentLink(id: linkID)
        } catch {
            return Self.outcome(of: error, reading: true, language: language)
        }
        remember(current)
        let seconds = Int(now().timeIntervalSince1970.rounded(.down))
        let status = Self.status(of: current, at: seconds)
        if let refusal = LinkUpdate.refusal(status: status) { return .notActive(refusal, current) }
        let request: UpdatePaymentLinkRequest
        do {
            request = try change.request(expiresAt: current.lifetime == 0 ? nil : current.expiredAt, now: seconds)
        } catch {
            return .invalid(error.errors, message: language.text(.notice(.someFieldsNeedAttention)))
        }
        do {
            let link = try await client.updatePaymentLink(id: linkID, request)
            remember(link)
            return .updated(link)
        } catch {
            return Self.outcome(of: error, reading: false, language: language)
        }
    }

    /// The status at `now`: an active link past its expiry is expired whatever the answer said.
    static func status(of link: PaymentLink, at now: Int) -> LinkStatus? {
        if link.status == .active || link.status == nil, let expiredAt = link.expiredAt, link.lifetime != 0, expiredAt <= now {
            return .expired
        }
        return link.status
    }

    private func remember(_ link: PaymentLink) {
        let known = try? history.record(linkID: link.linkID)
        _ = try? history.upsert(link: link, currency: known?.currency, profile: known?.profile ?? profile)
    }

    static func outcome(of error: CheckoutError, reading: Bool, language: UILanguage = .en) -> LinkUpdateOutcome {
        if reading, error.status == 404 {
            return .refused(language.text(.notice(.noSuchLink(detail: error.message))))
        }
        if error.status == 409 { return .notActive(error.message, nil) }
        switch LinkWorkflow.outcome(of: error, making: .change, language: language) {
        case .invalid(let fields, let message): return .invalid(fields, message: message)
        case .refused(let message): return .refused(message)
        case .outcomeUnknown:
            return reading ? .failed(language.text(.notice(.api(error))))
                : .outcomeUnknown(language.text(.notice(.changeNoUsableAnswer(detail: error.message))))
        case .failed(let message): return .failed(message)
        case .created: return .failed(language.text(.notice(.api(error))))
        }
    }
}
