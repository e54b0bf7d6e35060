import Foundation
import PaylinkCore
import PayseraCheckout

extension TerminalProgram {
    static func resultKey(_ state: inout AppState, _ action: Action?) -> [Effect] {
        guard let result = state.result else { return [] }
        let url = TerminalText.sanitize(result.link.paymentURL)
        switch action {
        case .copy:
            state.notice = Notice(.ui(.copying), in: state.language)
            return [.copy(url)]
        case .open:
            state.notice = Notice(.ui(.openingBrowser), in: state.language)
            return [.open(url)]
        case .newLink:
            state.form = FormState(draft: state.newLinkDraft)
            state.notice = nil
            state.screen = .form
            return []
        case .duplicate:
            state.form = FormState(draft: LinkDraft(duplicating: result.link, currency: result.draft.currency))
            state.notice = Notice(.ui(.duplicateHint), in: state.language)
            state.screen = .form
            return []
        case .simulatePayment:
            guard state.isSandbox else {
                state.notice = Notice(.ui(.simulatedOnlySandbox), .warning, in: state.language)
                return []
            }
            guard !result.paying else { return [] }
            state.result?.paying = true
            state.notice = Notice(.ui(.sandboxPaying), in: state.language)
            return [.simulatePayment(linkID: result.link.linkID)]
        case .qrView:
            state.screen = .qr
            return []
        case .refund:
            return RefundProgram.open(&state, linkID: result.link.linkID, name: result.link.name ?? "", status: result.link.status)
        case .leave:
            state.quitting = true
            return [.quit]
        case .back:
            if state.resultFromHistory { state.screen = .history }
            if state.resultFromBatch {
                state.resultFromBatch = false
                state.screen = .batch
            }
            return []
        default:
            return []
        }
    }

    static func created(_ state: inout AppState, _ outcome: CreateOutcome) -> [Effect] {
        state.form.sending = false
        switch outcome {
        case .created(let link, _):
            let url = TerminalText.sanitize(link.paymentURL)
            // The creation answer is no status request: the first poll goes out at the next tick, as a payment may follow at once.
            state.result = ResultState(link: link, draft: state.form.draft, lastPoll: state.now.addingTimeInterval(-pollInterval))
            state.lastURL = url
            state.resultFromHistory = false
            state.resultFromBatch = false
            state.screen = .result
            state.notice = Notice(.ui(.linkCreated), .success, in: state.language)
            // The draft became a link: nothing is left to offer back.
            state.draftSaving.settle(state.form.draft)
            return [.draft(.clear)]
        case .invalid(let fields, let message):
            state.form.serverErrors = Dictionary(uniqueKeysWithValues: fields.map { field, message in
                (field, refusalSentence(field, TerminalText.sanitize(message)))
            })
            state.form.submitTried = true
            let inForm = state.form.items.compactMap { item -> FieldPath? in
                if case .field(let f) = item, fields[f] != nil { return f }
                return nil
            }
            let text = TerminalText.sanitize(message)
            if let first = inForm.first {
                state.form.moveFocus(to: .field(first))
                state.notice = Notice(.refusedFields(inForm.count, reason: text), .error, in: state.language)
            } else {
                state.notice = Notice(.refusedBecause(text), .error, in: state.language)
            }
        case .refused(let message):
            state.notice = Notice(.refusedBecause(TerminalText.sanitize(message)), .error, in: state.language)
        case .outcomeUnknown(let message):
            state.notice = Notice(.plainNoAnswer(TerminalText.sanitize(message)), .warning, in: state.language)
        case .failed(let message):
            state.notice = Notice(.notSentBecause(TerminalText.sanitize(message)), .error, in: state.language)
        }
        return []
    }

    /// The API's words for a refused field, or a sentence of our own when it gave none.
    static func refusalSentence(_ field: FieldPath, _ message: String) -> String {
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "\(field.label) was refused by Paysera without a reason; check it and try again" : text
    }

    static func statusArrived(_ state: inout AppState, _ link: PaymentLink) {
        guard var result = state.result, result.link.linkID == link.linkID else { return }
        let before = result.link.status
        var merged = link
        // Keep what an answer leaves out (a status answer may be short).
        if merged.paymentURL.isEmpty { merged.paymentURL = result.link.paymentURL }
        merged.name = merged.name ?? result.link.name
        merged.purchase = merged.purchase ?? result.link.purchase
        merged.createdAt = merged.createdAt ?? result.link.createdAt
        if merged.expiredAt == nil, merged.lifetime != 0 { merged.expiredAt = result.link.expiredAt }
        result.link = merged
        result.polling = false
        state.result = result
        if before != merged.status, merged.status == .completed {
            state.notice = Notice(.ui(.paid), .success, in: state.language)
        }
    }
}
