import Testing
import PayseraCheckout
@testable import PaylinkCore

@Suite struct PluralRuleTests {
    @Test func lithuanianHasOneFewAndOtherForWholeNumbers() {
        let lt = UILanguage.lt
        for n in [1, 21, 31, 101, 1001] { #expect(lt.plural(n) == .one, "\(n)") }
        for n in [2, 9, 22, 29, 102, 109] { #expect(lt.plural(n) == .few, "\(n)") }
        for n in [0, 10, 11, 12, 19, 20, 30, 111, 112, 119] { #expect(lt.plural(n) == .other, "\(n)") }
        #expect(lt.plural(whole: 1, fraction: 5, fractionDigits: 1) == .many)
    }

    @Test func lithuanianLinksTakeTheirThreeForms() {
        #expect(UILanguage.lt.text(.links(1)) == "1 nuoroda")
        #expect(UILanguage.lt.text(.links(2)) == "2 nuorodos")
        #expect(UILanguage.lt.text(.links(10)) == "10 nuorodų")
        #expect(UILanguage.lt.text(.links(21)) == "21 nuoroda")
        #expect(UILanguage.lt.text(.links(11)) == "11 nuorodų")
    }

    @Test func latvianZeroOneOther() {
        let lv = UILanguage.lv
        for n in [0, 10, 11, 19, 20, 100, 111] { #expect(lv.plural(n) == .zero, "\(n)") }
        for n in [1, 21, 31, 101] { #expect(lv.plural(n) == .one, "\(n)") }
        for n in [2, 9, 22, 102] { #expect(lv.plural(n) == .other, "\(n)") }
        #expect(lv.text(.links(1)) == "1 saite")
        #expect(lv.text(.links(2)) == "2 saites")
        #expect(lv.text(.links(10)) == "10 saišu")
    }

    @Test func polishOneFewMany() {
        let pl = UILanguage.pl
        #expect(pl.plural(1) == .one)
        for n in [2, 3, 4, 22, 24, 102] { #expect(pl.plural(n) == .few, "\(n)") }
        for n in [0, 5, 11, 12, 14, 21, 25, 112] { #expect(pl.plural(n) == .many, "\(n)") }
        #expect(pl.text(.links(2)) == "2 linki")
        #expect(pl.text(.links(5)) == "5 linków")
    }

    @Test func englishAndEstonianOneOther() {
        #expect(UILanguage.en.text(.links(1)) == "1 link")
        #expect(UILanguage.en.text(.links(2)) == "2 links")
        #expect(UILanguage.et.text(.links(1)) == "1 link")
        #expect(UILanguage.et.text(.links(10)) == "10 linki")
    }
}

@Suite struct AmountLanguageTests {
    func minor(_ text: String, _ language: UILanguage, currency: String = "EUR") -> Int? {
        try? Money.parse(text, currency: currency, language: language).get()
    }

    @Test func everyUsualFormMeansWhatItSays() {
        for language in UILanguage.allCases {
            #expect(minor("12,50", language) == 1250, "\(language)")
            #expect(minor("12.50", language) == 1250, "\(language)")
            #expect(minor("1 234,50", language) == 123_450, "\(language)")
            #expect(minor("1\u{00A0}234,50", language) == 123_450, "\(language)")
            #expect(minor("1\u{202F}234,50", language) == 123_450, "\(language)")
            #expect(minor("1,234.50", language) == 123_450, "\(language)")
            #expect(minor("1.234,50", language) == 123_450, "\(language)")
            #expect(minor("1 234", language) == 123_400, "\(language)")
        }
    }

    @Test func aLoneCommaBeforeThreeDigitsGroupsInEnglishAndIsAskedAboutInLithuanian() {
        #expect(minor("1,234", .en) == 123_400)
        guard case .failure(let error) = Money.parse("1,234", currency: "EUR", language: .lt) else {
            Issue.record("1,234 was accepted in Lithuanian")
            return
        }
        #expect(error.field == .amount)
        #expect(error.message.contains("galima suprasti dvejopai"), "\(error.message)")
        #expect(error.message.contains("1234"), "\(error.message)")
        #expect(error.message.contains("1,23"), "\(error.message)")
        #expect(error.message(in: .en).contains("could mean either amount"))
    }

    @Test func threeDecimalCurrenciesReadTheLanguagesDecimalMark() {
        #expect(minor("1,234", .lt, currency: "KWD") == 1234)
        #expect(minor("1.234", .en, currency: "KWD") == 1234)
        #expect(minor("1,234", .en, currency: "KWD") == 1_234_000)
        #expect(minor("1,234", .lt, currency: "JPY") == 1234)
    }

    @Test func badGroupingIsRefusedInTheLanguage() {
        guard case .failure(let error) = Money.parse("12 34,5", currency: "EUR", language: .lt) else {
            Issue.record("accepted")
            return
        }
        #expect(error.message.contains("Tūkstančius"), "\(error.message)")
        #expect(error.message.contains("1234,00"), "\(error.message)")
    }

    @Test func amountsAreShownInTheLanguagesForm() {
        #expect(Money.text(minor: 1250, currency: "EUR", language: .lt) == "12,50 €")
        #expect(Money.text(minor: 123_450, currency: "EUR", language: .lt) == "1\u{00A0}234,50 €")
        #expect(Money.text(minor: 1250, currency: "PLN", language: .pl) == "12,50 zł")
        #expect(Money.text(minor: 1250, currency: "EUR", language: .en) == "€12.50")
        #expect(Money.text(minor: 2500, currency: "JPY", language: .lt) == "2\u{00A0}500 JPY")
    }

    @Test func shownAmountsParseBack() {
        for language in UILanguage.allCases {
            for value in [1, 99, 1250, 123_450, 2_147_483_647] {
                let shown = Money.format(minor: value, currency: "EUR", language: language)
                #expect(minor(shown, language) == value, "\(language) \(shown)")
            }
        }
    }
}

@Suite struct LanguageChoiceTests {
    @Test func theOptionComesFirstThenTheConfigThenTheEnvironment() {
        let env = ["LANG": "lv_LV.UTF-8"]
        #expect(UILanguage.choose(option: "pl", config: "et", environment: env) == .pl)
        #expect(UILanguage.choose(option: nil, config: "et", environment: env) == .et)
        #expect(UILanguage.choose(option: nil, config: nil, environment: env) == .lv)
        #expect(UILanguage.choose(option: nil, config: nil, environment: [:]) == .en)
    }

    @Test func cLocalesNameNoLanguageSoTheNextVariableIsAsked() {
        let env = ["LC_ALL": "C.UTF-8", "LANG": "lt_LT.UTF-8"]
        #expect(UILanguage.fromEnvironment(env) == .lt)
        #expect(UILanguage.fromEnvironment(["LC_ALL": "pl_PL.UTF-8", "LC_MESSAGES": "lt_LT", "LANG": "en_US"]) == .pl)
        #expect(UILanguage.fromEnvironment(["LC_MESSAGES": "et_EE", "LANG": "lt_LT"]) == .et)
        #expect(UILanguage.fromEnvironment(["LANG": "de_DE.UTF-8"]) == nil)
        #expect(UILanguage(code: "pseudo") == .pseudo)
    }

    @Test func fieldErrorsCanBeSaidInAnyLanguage() {
        var draft = LinkDraft()
        draft.name = ""
        #expect(FieldRules.validate(.name, in: draft, language: .lt) == "Pavadinimas: privalomas laukas")
        #expect(FieldRules.validate(.name, in: draft) == "Name is required")
    }

    @Test func thePseudoLanguageIsLongerAndMarked() {
        let text = UILanguage.pseudo.text(.ui(.buttonCreate))
        #expect(text.hasPrefix("⟦") && text.hasSuffix("⟧"))
        #expect(Double(text.count) >= Double(UILanguage.en.text(.ui(.buttonCreate)).count) * 1.35)
    }

    @Test func theMarketsLanguagesCurrenciesAndCountriesHaveNamesInEachLanguage() {
        #expect(UILanguage.lt.languageName("lt") == "lietuvių" && UILanguage.lt.currencyName("eur") == "euras")
        #expect(UILanguage.pl.countryName("lt") == "Litwa" && UILanguage.lv.currencyName("PLN") == "Polijas zlots")
        for language in [UILanguage.lt, .lv, .et, .pl] {
            #expect(Names.languageCodes.allSatisfy { language.languageName($0) != nil }, "\(language)")
            #expect(Names.currencyCodes.allSatisfy { language.currencyName($0) != nil }, "\(language)")
            #expect(Names.countryCodes.allSatisfy { language.countryName($0) != nil }, "\(language)")
        }
        // English keeps the ISO names, and a code outside the list has no name of its own here.
        #expect(UILanguage.en.currencyName("EUR") == nil && UILanguage.lt.currencyName("JPY") == nil)
    }

    @Test func datesAreWrittenInTheLanguagesForm() {
        let en = UILanguage.en.dateTime(year: 2026, month: 11, day: 28, weekday: 7, hour: 14, minute: 2, withYear: false)
        #expect(en == "Sat 28 Nov 14:02")
        let lt = UILanguage.lt.dateTime(year: 2026, month: 11, day: 28, weekday: 7, hour: 14, minute: 2, withYear: false)
        #expect(lt == "lapkr. 28 d. št 14:02")
        let pl = UILanguage.pl.dateTime(year: 2025, month: 11, day: 28, weekday: nil, hour: 9, minute: 5, withYear: true)
        #expect(pl == "28 lis 2025 09:05")
    }
}

@Suite struct NoticeLanguageTests {
    private var deadPort: CheckoutError {
        var error = CheckoutError(
            kind: .notSent, message: "No access token: Could not connect to the API at 127.0.0.1:8787 (connection refused)")
        error.reason = .couldNotConnect(place: "127.0.0.1:8787", why: "connection refused")
        error.withoutToken = true
        return error
    }

    @Test func anAPIFailureIsSaidInEachLanguageAroundItsAddress() {
        #expect(UILanguage.en.text(.notice(.api(deadPort))) == deadPort.description)
        #expect(UILanguage.lt.text(.notSentBecause(UILanguage.lt.text(.notice(.api(deadPort)))))
            == "Neišsiųsta: Negautas prieigos žetonas: Nepavyko prisijungti prie API adresu 127.0.0.1:8787 (connection refused). "
            + "Į API nieko neišsiųsta.")
        for language in [UILanguage.lv, .et, .pl] {
            let said = language.text(.notice(.api(deadPort)))
            #expect(said.contains("127.0.0.1:8787") && !said.contains("Could not connect") && !said.contains("Nothing was sent"), "\(said)")
        }
        let refused = CheckoutError(kind: .refused, status: 409, code: "conflict", message: "Reference already used")
        #expect(UILanguage.lt.text(.notice(.api(refused))) == "API atmetė užklausą (409 conflict): Reference already used")
        #expect(UILanguage.en.text(.notice(.api(refused))) == "The API refused the request (409 conflict): Reference already used")
    }

    @Test func configProblemsAndTheRulesAreSaidInEachLanguage() {
        let problem = Message.notice(.configProblem(
            path: "/c/config.yaml", line: 5, column: nil, subject: .setting("profiles.shop.client_id"), problem: .shouldBe(.text)))
        #expect(UILanguage.en.text(problem) == "/c/config.yaml line 5: profiles.shop.client_id should be text")
        #expect(UILanguage.lt.text(problem) == "/c/config.yaml, 5 eilutė: profiles.shop.client_id turėtų būti tekstas")
        #expect(UILanguage.lt.text(.notice(.notAvailableHere(.refunds))) == "Grąžinti pinigų čia negalima")
        #expect(UILanguage.lt.text(.notice(.unknownTerminal("vt999"))) == "nežinomas terminalo tipas „vt999“; bandykite --plain")
        #expect(UILanguage.lt.text(.notice(.tillNameRule)).hasPrefix("kasos pavadinimas"))
        for language in UILanguage.offered where language != .en {
            for what in Unoffered.allCases {
                #expect(!language.text(.notice(.notAvailableHere(what))).contains("not available"), "\(language) \(what)")
            }
            #expect(language.text(problem) != UILanguage.en.text(problem))
            for notice in [NoticeMessage.someFieldsNeedAttention, .orphanOrder(reference: "R-1"), .batchFile(.notUTF8(row: 2)),
                           .orderStatus("pending_payment"), .profilesColumn(.name), .noUsableAnswer(.paymentLink, detail: "x"),
                           .nothingPaidToRefund, .refundNoID, .sandboxRefusedPayment(status: 409), .batchSheet(.needsName)] {
                #expect(language.text(.notice(notice)) != UILanguage.en.text(.notice(notice)), "\(language) \(notice)")
            }
        }
        #expect(UILanguage.lt.text(.notice(.orphanOrder(reference: "R-1"))).contains("„Užsakymo ID“")
            || UILanguage.lt.text(.notice(.orphanOrder(reference: "R-1"))).contains("„\(UILanguage.lt.text(.label(.orderID)))“"))
        let missing = Message.notice(.sandboxNotStarted(why: UILanguage.lt.text(.notice(.serverProgram(.notFound(program: "paylink-server", folder: "/opt/paylink"))))))
        #expect(UILanguage.lt.text(missing)
            == "įtaisytoji smėliadėžė nepasileido: paylink-server nėra nei aplanke /opt/paylink, nei PATH; įdiekite jį šalia paylink")
        #expect(UILanguage.en.text(.notice(.serverProgram(.notFound(program: "paylink-server", folder: nil))))
            == "paylink-server is neither in paylink's folder nor on PATH; install it beside paylink")
        #expect(UILanguage.en.text(.notice(.orderStatus("pending_payment"))) == "pending_payment")
        #expect(UILanguage.lt.text(.notice(.orderStatus("pending_payment"))) == "laukia apmokėjimo")
    }
}
