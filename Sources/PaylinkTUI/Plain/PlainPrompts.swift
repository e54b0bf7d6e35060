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
        let language = options.language
        let say: (String) -> Void = { output($0 + "\n") }
        let text = language.text
        let sandbox = await service.confirmSandbox()
        say(text(.plainTitle(sandbox: sandbox, profile: TerminalText.sanitize(service.profileName))))
        say(text(.ui(.plainIntro)))

        func ask(_ question: String) -> String? {
            output(question)
            return input()
        }

        // Order mode first: it decides between order id and reference.
        while true {
            let current = draft.orderMode == .new ? "new" : "existing"
            guard let answer = ask(text(.plainOrderQuestion(current: current))) else { return cancelled(say, language) }
            let a = answer.trimmingCharacters(in: .whitespaces).lowercased()
            if a.isEmpty { break }
            if "new".hasPrefix(a) { draft.orderMode = .new; break }
            if "existing".hasPrefix(a) { draft.orderMode = .existing; break }
            say(text(.ui(.plainOrderAnswer)))
        }

        var fields = FormState.groups(for: draft).flatMap(\.items).compactMap { item -> FieldPath? in
            if case .field(let f) = item { return f }
            return nil
        }
        while true {
            for field in fields {
                if field == .methodKey { await listMethods(draft, service: service, language: language, say: say) }
                guard askField(field, in: &draft, language: language, ask: ask, say: say, now: options.now(), timeZone: options.timeZone) else {
                    return cancelled(say, language)
                }
            }
            guard let confirm = ask(text(.ui(.plainConfirm))) else { return cancelled(say, language) }
            if confirm.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("n") { return cancelled(say, language) }
            say(text(.ui(.plainSending)))
            var sent = draft
            try? sent.readAmount(in: language)
            switch await service.create(sent) {
            case .created(let link, _):
                let url = TerminalText.sanitize(link.paymentURL)
                say(text(.plainURL(url)))
                let expires = link.lifetime == 0 ? nil : Countdown.date(unixSeconds: link.expiredAt)
                if let expires {
                    let date = FormState.expiryText(expires, now: options.now(), timeZone: options.timeZone, language: language)
                    say(text(.plainExpires(date: date, left: Countdown.text(from: options.now(), to: expires, language: language))))
                } else {
                    say(text(.ui(.plainExpiresNever)))
                }
                return (0, url)
            case .invalid(let errors, let message):
                say(text(.refusedBecause(TerminalText.sanitize(message))))
                let all = FormState.groups(for: draft).flatMap(\.items)
                fields = all.compactMap { item -> FieldPath? in
                    if case .field(let f) = item, errors[f] != nil { return f }
                    return nil
                }
                for f in fields { say(text(.plainError(f.label(in: language) + ": " + TerminalText.sanitize(errors[f] ?? "")))) }
                if fields.isEmpty { return (3, nil) }
                say(text(.ui(.plainCorrect)))
            case .refused(let message):
                say(text(.refusedBecause(TerminalText.sanitize(message))))
                return (3, nil)
            case .outcomeUnknown(let message):
                say(text(.plainNoAnswer(TerminalText.sanitize(message))))
                return (4, nil)
            case .failed(let message):
                say(text(.notSentBecause(TerminalText.sanitize(message))))
                return (1, nil)
            }
        }
    }

    private static func cancelled(_ say: (String) -> Void, _ language: UILanguage) -> (exitCode: Int32, url: String?) {
        say(language.text(.ui(.plainCancelled)))
        return (130, nil)
    }

    /// Asks one field until the core's rule accepts it; false when input ended.
    private static func askField(
        _ field: FieldPath, in draft: inout LinkDraft, language: UILanguage, ask: (String) -> String?, say: (String) -> Void,
        now: Date, timeZone: TimeZone
    ) -> Bool {
        while true {
            let current = draft.value(of: field)
            let mark = draft.isRequired(field) ? "*" : ""
            let shown = current.isEmpty ? "" : " [\(current)]"
            guard let answer = ask("\(mark)\(field.label(in: language))\(shown): ") else { return false }
            let typed = String(TextInput.clean(answer, lineJoin: nil))
            if !typed.trimmingCharacters(in: .whitespaces).isEmpty { draft.set(field, typed) }
            if let message = FieldRules.validate(field, in: draft, language: language) {
                say(language.text(.plainError(message)))
                draft.set(field, current)
                continue
            }
            var form = FormState(draft: draft)
            form.moveFocus(to: .create)
            if let hint = form.hint(for: field, now: now, timeZone: timeZone, language: language), field != .amount, field != .methodKey {
                say("  = \(hint)")
            }
            return true
        }
    }

    private static func listMethods(
        _ draft: LinkDraft, service: some LinkRequests & ProfileRequests, language: UILanguage, say: (String) -> Void
    ) async {
        var form = FormState(draft: draft)
        let query = form.methodsQuery
        do {
            let methods = try await service.methods(amount: query.amount, currency: query.currency)
            form.methods = .loaded(key: query.key, methods)
            let options = form.options(for: .methodKey, filter: "", language: language)
            guard !options.isEmpty else { return say(language.text(.ui(.plainNoMethods))) }
            say(language.text(.plainMethods(options.map { "\($0.value) (\($0.name))" }.joined(separator: ", "))))
        } catch {
            say(language.text(.plainMethodsFailed(EffectRunner.describe(error, language: language))))
        }
    }
}
