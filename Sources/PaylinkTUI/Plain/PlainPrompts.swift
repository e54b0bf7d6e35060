import Foundation
import PaylinkCore
import PayseraCheckout

/// The form as line prompts, for screen readers, `--plain`, `TERM=dumb` and piped input; same rules and messages.
public enum PlainPrompts {
    /// Asks for every field (Enter keeps the value shown in brackets), creates the link, prints the URL and expiry.
    public static func run(
        options: TUIOptions, service: some LinkRequests & ProfileRequests,
        input: @escaping @Sendable () -> String? = { readLine(strippingNewline: true) },
        output: @escaping @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) }
    ) async -> (exitCode: Int32, url: String?) {
        var draft = options.draft
        let say: (String) -> Void = { output($0 + "\n") }
        let sandbox = await service.confirmSandbox()
        say("paylink: new payment link" + (sandbox ? " (SANDBOX)" : "") + ", profile \(TerminalText.sanitize(service.profileName))")
        say("Press Enter to keep the value in brackets. Required fields are marked *.")

        func ask(_ question: String) -> String? {
            output(question)
            return input()
        }

        // Order mode first: it decides between order id and reference.
        while true {
            let current = draft.orderMode == .new ? "new" : "existing"
            guard let answer = ask("Order: new order or existing order id? (new/existing) [\(current)]: ") else { return cancelled(say) }
            let a = answer.trimmingCharacters(in: .whitespaces).lowercased()
            if a.isEmpty { break }
            if "new".hasPrefix(a) { draft.orderMode = .new; break }
            if "existing".hasPrefix(a) { draft.orderMode = .existing; break }
            say("Error: answer new or existing")
        }

        var fields = FormState.groups(for: draft).flatMap(\.items).compactMap { item -> FieldPath? in
            if case .field(let f) = item { return f }
            return nil
        }
        while true {
            for field in fields {
                if field == .methodKey { await listMethods(draft, service: service, say: say) }
                guard askField(field, in: &draft, ask: ask, say: say, now: options.now(), timeZone: options.timeZone) else {
                    return cancelled(say)
                }
            }
            guard let confirm = ask("Create this link? (y/n) [y]: ") else { return cancelled(say) }
            if confirm.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("n") { return cancelled(say) }
            say("Sending…")
            switch await service.create(draft) {
            case .created(let link, _):
                let url = TerminalText.sanitize(link.paymentURL)
                say("Payment URL: \(url)")
                let expires = link.lifetime == 0 ? nil : Countdown.date(unixSeconds: link.expiredAt)
                if let expires {
                    say("Expires: \(FormState.expiryText(expires, now: options.now(), timeZone: options.timeZone)) (in \(Countdown.text(from: options.now(), to: expires)))")
                } else {
                    say("Expires: never")
                }
                return (0, url)
            case .invalid(let errors, let message):
                say("Refused: \(TerminalText.sanitize(message))")
                let all = FormState.groups(for: draft).flatMap(\.items)
                fields = all.compactMap { item -> FieldPath? in
                    if case .field(let f) = item, errors[f] != nil { return f }
                    return nil
                }
                for f in fields { say("Error: \(f.label): \(TerminalText.sanitize(errors[f] ?? ""))") }
                if fields.isEmpty { return (3, nil) }
                say("Please correct these fields.")
            case .refused(let message):
                say("Refused: \(TerminalText.sanitize(message))")
                return (3, nil)
            case .outcomeUnknown(let message):
                say("No answer from the server (\(TerminalText.sanitize(message))). The link may or may not exist; it was not sent again. Check the history before creating it once more.")
                return (4, nil)
            case .failed(let message):
                say("Not sent: \(TerminalText.sanitize(message))")
                return (1, nil)
            }
        }
    }

    private static func cancelled(_ say: (String) -> Void) -> (exitCode: Int32, url: String?) {
        say("Cancelled; no link was made.")
        return (130, nil)
    }

    /// Asks one field until the core's rule accepts it; false when input ended.
    private static func askField(
        _ field: FieldPath, in draft: inout LinkDraft, ask: (String) -> String?, say: (String) -> Void, now: Date, timeZone: TimeZone
    ) -> Bool {
        while true {
            let current = draft.value(of: field)
            let mark = draft.isRequired(field) ? "*" : ""
            let shown = current.isEmpty ? "" : " [\(current)]"
            guard let answer = ask("\(mark)\(field.label)\(shown): ") else { return false }
            let typed = String(TextInput.clean(answer, lineJoin: nil))
            if !typed.trimmingCharacters(in: .whitespaces).isEmpty { draft.set(field, typed) }
            if let message = FieldRules.validate(field, in: draft) {
                say("Error: \(message)")
                draft.set(field, current)
                continue
            }
            var form = FormState(draft: draft)
            form.moveFocus(to: .create)
            if let hint = form.hint(for: field, now: now, timeZone: timeZone), field != .amount, field != .methodKey {
                say("  = \(hint)")
            }
            return true
        }
    }

    private static func listMethods(_ draft: LinkDraft, service: some LinkRequests & ProfileRequests, say: (String) -> Void) async {
        var form = FormState(draft: draft)
        let query = form.methodsQuery
        do {
            let methods = try await service.methods(amount: query.amount, currency: query.currency)
            form.methods = .loaded(key: query.key, methods)
            let options = form.options(for: .methodKey, filter: "")
            guard !options.isEmpty else { return say("No payment methods offered for this amount.") }
            say("Payment methods: " + options.map { "\($0.value) (\($0.name))" }.joined(separator: ", "))
        } catch {
            say("Payment methods: couldn't load: \(EffectRunner.describe(error)); you may type a method key")
        }
    }
}
