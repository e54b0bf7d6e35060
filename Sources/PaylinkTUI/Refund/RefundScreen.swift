import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// The refund pop-up over the result or history screen: amount (what remains, to start with) and reason,
/// checked by PaylinkCore's rules, then a y/n question naming the amount, the payer and the order.
public struct RefundFormState: Sendable, Hashable {
    /// Which of the two fields has the cursor.
    public enum Focus: Sendable, Hashable { case amount, reason }

    public var linkID: String
    /// The link's name, for the title while the standing is read.
    public var name: String
    /// What was paid and what remains, once read from the API.
    public var standing: RefundStandingReport?
    public var amount = TextInput("")
    public var reason = TextInput("")
    public var focus = Focus.amount
    /// The y/n question is showing.
    public var confirming = false
    /// The request is on its way.
    public var sending = false
    /// Refused fields, shown under each.
    public var problems: [RefundField: String] = [:]
    /// Why the standing could not be read.
    public var failure: String?
    /// Names this refund, so a second Enter after a lost answer never sends it twice.
    public var key: String
    /// The language the amount is typed and the pop-up speaks in.
    public var language: UILanguage

    public init(linkID: String, name: String, key: String, language: UILanguage = .en) {
        self.linkID = linkID
        self.name = name
        self.key = key
        self.language = language
    }

    /// What the fields say now.
    public var draft: RefundDraft { RefundDraft(amount: amount.text, reason: reason.text) }

    /// The fields checked in the pop-up's language.
    func checked(_ standing: RefundStandingReport) -> Result<Int, RefundProblems> {
        draft.check(remaining: standing.remaining, currency: standing.currency, language: language)
    }

    /// The amount that would be refunded, when the fields are valid.
    public var checkedAmount: Int? {
        guard let standing, case .success(let minor) = checked(standing) else { return nil }
        return minor
    }

    /// What is sent: the checked amount in the API's own form, whatever form it was typed in.
    var draftToSend: RefundDraft {
        guard let standing, let minor = checkedAmount else { return draft }
        return RefundDraft(amount: Money.format(minor: minor, currency: standing.currency), reason: reason.text)
    }
}

/// What reaches the refund pop-up from outside.
public enum RefundMsg: Sendable, Hashable {
    case standingLoaded(linkID: String, Result<RefundStandingReport, MessageError>)
    case finished(linkID: String, RefundOutcome)
}

/// The I/O the refund pop-up asks for.
public enum RefundEffect: Sendable, Hashable {
    case loadStanding(linkID: String)
    case send(linkID: String, RefundDraft, key: String)
}

/// The refund pop-up's pure update.
public enum RefundProgram {
    /// Opens the pop-up for a link; only a paid link can be refunded.
    static func open(_ state: inout AppState, linkID: String, name: String, status: LinkStatus?) -> [Effect] {
        guard status == .completed else {
            state.notice = Notice(.screen(.onlyPaidRefundable), .warning, in: state.language)
            return []
        }
        state.refund = RefundFormState(linkID: linkID, name: name, key: UUID().uuidString.lowercased(), language: state.language)
        state.notice = Notice(.screen(.readingPaid), in: state.language)
        return [.refund(.loadStanding(linkID: linkID))]
    }

    static func received(_ state: inout AppState, _ msg: RefundMsg) -> [Effect] {
        switch msg {
        case .standingLoaded(let linkID, let result):
            guard var form = state.refund, form.linkID == linkID else { return [] }
            switch result {
            case .success(let standing):
                form.standing = standing
                form.amount = TextInput(Money.format(minor: standing.remaining, currency: standing.currency, language: form.language))
                state.notice = standing.remaining > 0 ? nil : Notice(.screen(.refundedInFull), .warning, in: state.language)
            case .failure(let error):
                form.failure = TerminalText.sanitize(error.message)
                state.notice = Notice(form.failure!, .error)
            }
            state.refund = form
            return []
        case .finished(let linkID, let outcome):
            guard var form = state.refund, form.linkID == linkID else { return [] }
            form.sending = false
            switch outcome {
            case .made(let refund), .madeBefore(let refund):
                state.refund = nil
                let money = state.amount(minor: refund.amount, currency: refund.currency)
                state.notice = Notice(.screen(.refundedAmount(money, status: refund.status?.rawValue)), .success, in: state.language)
                // A refund made now adds to what was refunded before it; one an earlier run made is already in the
                // history, which the result screen follows each tick.
                if case .made = outcome, state.result?.link.linkID == linkID, let before = form.standing?.refunded {
                    state.result?.refunded = before + refund.amount
                }
                return []
            case .invalid(let problems):
                form.problems = problems.errors.mapValues(TerminalText.sanitize)
                form.focus = problems.errors[.amount] != nil ? .amount : .reason
                state.notice = Notice(.screen(.notRefundedBecause(problems.errors.values.first.map(TerminalText.sanitize) ?? "")), .error, in: state.language)
            case .refused(let message):
                state.notice = Notice(.refusedBecause(TerminalText.sanitize(message)), .error, in: state.language)
            case .outcomeUnknown(let message):
                state.notice = Notice(TerminalText.sanitize(message), .warning)
            case .failed(let message):
                state.notice = Notice(.screen(.notRefundedBecause(TerminalText.sanitize(message))), .error, in: state.language)
            }
            state.refund = form
            return []
        }
    }

    static func key(_ state: inout AppState, _ key: Key, _ action: Action?) -> [Effect] {
        guard var form = state.refund else { return [] }
        defer { if state.refund != nil { state.refund = form } }
        if form.confirming {
            switch action {
            case .yes:
                form.confirming = false
                form.sending = true
                state.notice = Notice(.screen(.refunding), in: state.language)
                return [.refund(.send(linkID: form.linkID, form.draftToSend, key: form.key))]
            case .no:
                form.confirming = false
                state.notice = Notice(.screen(.nothingRefunded), in: state.language)
            default: break
            }
            return []
        }
        if form.sending { return [] }
        switch action {
        case .back, .closePicker:
            state.refund = nil
            state.notice = nil
            return []
        case .nextField, .previousField:
            form.focus = form.focus == .amount ? .reason : .amount
        case .submit, .activate:
            guard let standing = form.standing else { return [] }
            switch form.checked(standing) {
            case .failure(let problems):
                form.problems = problems.errors
                form.focus = problems.errors[.amount] != nil ? .amount : .reason
                state.notice = Notice(problems.errors.values.first ?? "", .error)
            case .success:
                form.problems = [:]
                form.confirming = true
                state.notice = nil
            }
        default:
            let taken = form.focus == .amount ? form.amount.edit(key, action) : form.reason.edit(key, action)
            if taken { form.problems = [:] }
        }
        return []
    }

    static func pasted(_ state: inout AppState, _ text: String) {
        guard var form = state.refund, !form.confirming, !form.sending else { return }
        if form.focus == .amount { form.amount.insert(text) } else { form.reason.insert(text) }
        state.refund = form
    }

    /// "Refund 25.00 EUR to Jonas Jonaitis for order R-12?", in the pop-up's language.
    static func question(_ form: RefundFormState) -> String? {
        guard let standing = form.standing, let minor = form.checkedAmount else { return nil }
        let payer = TerminalText.sanitize(standing.payerName ?? "")
        let order = TerminalText.sanitize(standing.reference.isEmpty ? (standing.link.orderID ?? "") : standing.reference)
        let amount = Money.text(minor: minor, currency: standing.currency, language: form.language)
        return form.language.text(.screen(.refundQuestion(amount: amount, payer: payer.isEmpty ? nil : payer, order: order)))
    }
}
