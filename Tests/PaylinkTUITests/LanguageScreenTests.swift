import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import Testing

/// Every screen at 80×24 in every language: the longest translation decides the layout, so nothing is cut.
@Suite struct LanguageScreenTests {
    func terminal(_ language: UILanguage, _ draft: LinkDraft = validDraft()) -> InMemoryTerminal {
        InMemoryTerminal(draft: draft, width: 80, height: 24, now: t0, sandbox: true, language: language)
    }

    @Test("Each field's label shows whole beside its box in every language", arguments: UILanguage.offered)
    func labelsShowWhole(language: UILanguage) {
        var t = terminal(language)
        for field in FormState.groups(for: t.state.form.draft).flatMap(\.items) {
            guard case .field(let f) = field else { continue }
            t.state.form.moveFocus(to: field)
            let label = f.label(in: language)
            #expect(t.screen.contains(label), "\(language): \(label) not whole:\n\(t.screen.text)")
            #expect(!t.screen.contains(String(label.prefix(label.count - 1)) + "…"), "\(language): \(label) cut")
        }
        t.state.form.moveFocus(to: .create)
        #expect(t.screen.contains(language.text(.ui(.buttonCreate))), "\(t.screen.text)")
        #expect(t.screen.contains(language.text(.ui(.submitAnywhere))), "\(t.screen.text)")
    }

    @Test("A refused field's message is drawn in full under it in every language", arguments: UILanguage.offered)
    func errorsShowWhole(language: UILanguage) {
        var draft = validDraft()
        draft.amount = ""
        var t = terminal(language, draft)
        t.press(.ctrl("s"))
        let message = FieldRules.validate(.amount, in: draft, language: language) ?? ""
        let shown = (0..<t.screen.height).map { t.screen.line($0).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        let squeezed = shown.replacingOccurrences(of: "✗ ", with: "").split(separator: " ").joined(separator: " ")
        #expect(squeezed.contains(message.split(separator: " ").joined(separator: " ")), "\(language): \(message)\n\(t.screen.text)")
        #expect(t.screen.contains(language.text(.fieldsNeedAttention(1))), "\(t.screen.text)")
    }

    @Test("The result, the QR view and the help speak the language and keep their words whole", arguments: UILanguage.offered)
    func resultQRAndHelp(language: UILanguage) {
        var t = terminal(language)
        t.send(.created(.created(sampleLink())))
        for word in [UIWord.paymentURL, .badgeActive, .expiresIn, .linkCreated] {
            #expect(t.screen.contains(language.text(.ui(word))), "\(language): \(word)\n\(t.screen.text)")
        }
        #expect(t.screen.contains(Money.text(minor: 2500, currency: "EUR", language: language)), "\(t.screen.text)")
        #expect(t.screen.contains("F1 " + language.text(.key(.help))), "\(t.screen.text)")
        t.press(.char("z"))
        let status = t.screen.line(t.screen.height - 1)
        #expect(status.contains(Money.text(minor: 2500, currency: "EUR", language: language)), "\(language): \(status)")
        t.press(.escape, .function(1))
        #expect(t.screen.line(0).contains(language.text(.ui(.titleKeys))), "\(t.screen.text)")
        #expect(t.screen.contains(language.text(.key(.inResult))), "\(t.screen.text)")
        #expect(!(0..<t.screen.height).contains { t.screen.line($0).hasSuffix("…") }, "\(language): a help line cut\n\(t.screen.text)")
    }

    @Test("L on the help screen switches the language at once, round all five")
    func switchingFromTheHelpScreen() {
        var t = terminal(.en)
        t.press(.function(1))
        var seen: [UILanguage] = []
        for _ in UILanguage.offered {
            t.press(.char("L"))
            seen.append(t.state.language)
            #expect(t.screen.line(0).contains(t.state.language.text(.ui(.titleKeys))), "\(t.screen.text)")
        }
        #expect(seen == [.lt, .lv, .et, .pl, .en])
    }

    @Test("A notice already said follows L into the new language; text from elsewhere stays as it came")
    func noticesFollowTheSwitch() {
        var t = terminal(.en)
        t.state.history.notice = Notice(.screen(.noBatchesYet), .warning, in: .en)
        #expect(t.state.history.notice?.text == UILanguage.en.text(.screen(.noBatchesYet)))
        t.press(.function(1), .char("L"))
        #expect(t.state.language == .lt)
        #expect(t.state.history.notice?.text == UILanguage.lt.text(.screen(.noBatchesYet)))
        #expect(t.state.history.notice?.text != UILanguage.en.text(.screen(.noBatchesYet)))
        #expect(t.state.notice?.text == UILanguage.lt.text(.languageSwitched(UILanguage.lt.nativeName)))
        t.state.history.notice = Notice("from the API", .error)
        t.press(.char("L"))
        #expect(t.state.history.notice?.text == "from the API")
    }

}
