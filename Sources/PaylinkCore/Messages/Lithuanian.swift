/// Lithuanian (lietuvių): complete.
enum Lithuanian {
    static func count(_ n: Int, _ one: String, _ few: String, _ other: String) -> String {
        "\(n) " + PluralForms(one: one, few: few, many: few, other: other).pick(n, in: .lt)
    }

    static func text(_ message: Message) -> String {
        switch message {
        case .verbatim(let text): return text
        case .label(let field): return label(field)
        case .key(let word): return key(word)
        case .ui(let word): return ui(word)
        case .screen(let sentence): return screen(sentence)
        case .command(let line): return command(line)
        case .notice(let notice): return self.notice(notice)
        case .required(let f): return "\(label(f)): privalomas laukas"
        case .requiredSuchAs(let f, let example): return "\(label(f)): privalomas laukas, pvz., \(example.replacingOccurrences(of: " or ", with: " ar "))"
        case .controlCharacters(let f): return "\(label(f)): negali būti valdymo simbolių (tabuliacijos, valdymo sekų)"
        case .tooLong(let f, let max, let has):
            return "\(label(f)): ne daugiau kaip \(count(max, "simbolis", "simboliai", "simbolių")) (dabar \(has))"
        case .orderIDNotUUID: return "Užsakymo ID turi būti UUID, pvz., a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a"
        case .referenceCharacter(let bad):
            return "Užsakymo numeryje negali būti „\(bad)“: tik A–Z, a–z, 0–9, tarpai ir _ / ? : ( ) . , ' + -"
        case .currencyNotCode: return "Valiuta – trijų raidžių ISO 4217 kodas, pvz., EUR"
        case .currencyUnknown(let code): return "„\(code)“ nėra ISO 4217 valiutos kodas; bandykite EUR, USD ar GBP"
        case .languageNotCode: return "Kalba – dviejų raidžių ISO 639-1 kodas, pvz., lt ar en"
        case .languageUnknown(let code): return "„\(code)“ nėra ISO 639-1 kalbos kodas; bandykite lt ar en"
        case .paymentFlowUnknown: return "Mokėjimo eiga – paysera_checkout arba direct_payment"
        case .methodKeySpaces: return "Mokėjimo būdas – būdo raktas be tarpų, pvz., card-payment"
        case .countryNotCode: return "Šalis – dviejų raidžių ISO 3166-1 kodas, pvz., LT ar DE"
        case .countryUnknown(let code): return "„\(code)“ nėra ISO 3166-1 šalies kodas; bandykite LT ar DE"
        case .emailInvalid: return "Mokėtojo el. paštas turi būti adresas, pvz., vardas@example.com"
        case .metadataNeedsEquals(let entry): return "Metaduomenų įrašą \(entry) rašykite kaip raktas=reikšmė"
        case .metadataNeedsKey(let entry): return "Metaduomenų įrašui \(entry) trūksta rakto prieš ="
        case .metadataKeyTwice(let key): return "Metaduomenų raktas \(key) pasikartoja"
        case .metadataKeyEmpty: return "Metaduomenų raktas negali būti tuščias"
        case .metadataKeyTooLong(let key, let max, let has):
            return "Metaduomenų raktas \(key): ne daugiau kaip \(count(max, "simbolis", "simboliai", "simbolių")) (dabar \(has))"
        case .metadataValueTooLong(let key, let max, let has):
            return "Rakto \(key) reikšmė: ne daugiau kaip \(count(max, "simbolis", "simboliai", "simbolių")) (dabar \(has))"
        case .directPaymentNeedsMethod: return "Pasirinkite mokėjimo būdą: direct_payment eiga veda tiesiai į jį"
        case .emptyWhenGiven(let f): return "\(label(f)): jei nurodomas, negali būti tuščias"
        case .urlRefused(let f, let max):
            return "\(label(f)): https adresas (http tik 127.0.0.1 ar localhost), ne ilgesnis nei \(max) simbolių"
        case .notRemovable(let f): return "\(label(f)): esamoje nuorodoje negalima ištrinti; įveskite naują reikšmę"
        case .amountNeedsCurrency: return "Pirma pasirinkite tinkamą valiutą, tada bus patikrinta suma"
        case .amountPositive(let zero): return "Suma turi būti didesnė nei \(zero)"
        case .amountNoSign(let example): return "Sumą rašykite be ženklo, pvz., \(example)"
        case .amountNotNumber(let code, let example): return "Suma turi būti skaičius (\(code)), pvz., \(example)"
        case .amountGrouping(let example):
            return "Tūkstančius skirkite tarpais po tris skaitmenis arba rašykite be skyriklių, pvz., \(example)"
        case .amountNoDecimals(let code, let example):
            return "\(code) sumos neturi centų: įveskite sveikąjį skaičių, pvz., \(example)"
        case .amountDecimals(let code, let digits, let example):
            return "\(code) sumoje daugiausia \(count(digits, "skaitmuo", "skaitmenys", "skaitmenų")) po kablelio, pvz., \(example)"
        case .amountAtMost(let largest): return "Suma negali būti didesnė nei \(largest)"
        case .amountAmbiguous(let typed, let whole, let decimal):
            return "„\(typed)“ galima suprasti dvejopai: rašykite \(whole) (sveikoji suma) arba \(decimal) (su centais)"
        case .lifetimeNegative: return "Galiojimas negali būti neigiamas"
        case .lifetimeShape: return "Galiojimas – sekundės arba trukmė, pvz., 90m, 3d, 1d12h, 2h30m, 1w ar never"
        case .lifetimeTooLong(let seconds): return "Galiojimas – ne ilgiau kaip 999 dienos (\(seconds) s)"
        case .lifetimeUnitTwice: return "Kiekvieną vienetą nurodykite vieną kartą, pvz., 1d12h"
        case .seconds(let n): return count(n, "sekundė", "sekundės", "sekundžių")
        case .minutes(let n): return count(n, "minutė", "minutės", "minučių")
        case .hours(let n): return count(n, "valanda", "valandos", "valandų")
        case .days(let n): return count(n, "diena", "dienos", "dienų")
        case .weeks(let n): return count(n, "savaitė", "savaitės", "savaičių")
        case .links(let n): return count(n, "nuoroda", "nuorodos", "nuorodų")
        case .rows(let n): return count(n, "eilutė", "eilutės", "eilučių")
        case .tooSmallNeed(let w, let h): return "per mažas terminalas: reikia \(w)×\(h)"
        case .tooSmallNow(let w, let h): return "dabar \(w)×\(h)"
        case .historyBatchTitle(let id): return "istorija · paketas \(id)"
        case .helpLines(let first, let last, let total): return "eilutės \(first)–\(last) iš \(total)"
        case .couldNotLoad(let why): return "nepavyko įkelti: \(why)"
        case .noMatchKeeps(let typed): return "nerasta: enter palieka „\(typed)“"
        case .pickerPosition(let i, let n): return "\(i)/\(n)  ↑↓ judėti"
        case .expiresOn(let date): return "galioja iki \(date)"
        case .expiredOn(let date): return "\(date)"
        case .qrEnlarge(let w, let h): return "QR kodas: padidinkite terminalą iki \(w)×\(h)"
        case .qrPressKey(let key): return "QR kodas: \(key) – per visą ekraną"
        case .partRefunded(let back, let paid): return "DALIS GRĄŽINTA \(back) iš \(paid)"
        case .linkID(let id): return "nuoroda \(id)"
        case .historyNoMatch(let search, let status):
            return "Nėra nuorodų, atitinkančių „\(search)“" + (status.map { " (būsena: \(statusName($0)))" } ?? "")
        case .historyNoneInBatch(let batch, let status):
            return "Pakete \(batch) nėra nuorodų" + (status.map { " (būsena: \(statusName($0)))" } ?? "")
        case .historyNoneWithStatus(let status): return "Nėra nuorodų, kurių būsena „\(statusName(status))“ (s – kitos)"
        case .historyPosition(let i, let known, let more): return "\(i) iš \(known)\(more ? "+" : "")"
        case .amountBack(let amount): return "grąž. \(amount)"
        case .statusName(let status): return statusName(status)
        case .batchTypePath(let quits):
            return "Įveskite CSV failo kelią ir spauskite Enter; Tab užbaigia failo vardą; Esc \(quits ? "išeina" : "grįžta")."
        case .batchSummary(let rows, let valid, let invalid, let total):
            return "\(text(.rows(rows))): tinkamų \(valid), netinkamų \(invalid)" + (total.isEmpty ? "" : "; iš viso \(total)")
        case .batchAllMade(let made, let skipped):
            let all = made == 1 ? "Vienintelė tinkama eilutė jau turi nuorodą" : "Visos \(made) tinkamos eilutės jau turi nuorodas"
            return all + "; siųsti nėra ką\(skippedNote(skipped)). Įrašyti rezultatų failą? y/n"
        case .batchMake(let links, let total, let made, let skipped):
            // After "sukurti" the links take the accusative: 1 nuorodą, 2 nuorodas, 10 nuorodų.
            return "Sukurti \(count(links, "nuorodą", "nuorodas", "nuorodų"))" + (total.map { ", iš viso \($0)" } ?? "")
                + (made > 0 ? "; \(text(.rows(made))) jau su nuorodomis" : "") + skippedNote(skipped) + "? y/n"
        case .batchProgress(let done, let total, let perSecond, let refused, let unknown, let notSent):
            return "\(done)/\(total)  \(perSecond) nuor./s  atmesta \(refused)  neaišku \(unknown)"
                + (notSent > 0 ? "  neišsiųsta \(notSent)" : "")
        case .batchRowTitle(let n): return "Eilutė \(n) (Enter ar Esc uždaro)"
        case .batchCurrencies(let list): return list
        case .languageSwitched(let name): return "Kalba: \(name)"
        case .fieldProblem(let f, let problem): return "\(label(f)): \(problem)"
        case .fieldsNeedAttention(let n): return "Patikrinkite laukus: \(n)"
        case .historyBadge(let english):
            switch english {
            case "PAID": return "APMOKĖTA"
            case "ACTIVE": return "GALIOJA"
            case "EXPIRED": return "NEGALIOJA"
            case "CANCELED": return "ATŠAUKTA"
            case "REFUNDED": return "GRĄŽINTA"
            case "PART REF": return "DAL.GRĄŽ."
            case "SENDING": return "SIUNČIAMA"
            case "UNKNOWN": return "NEAIŠKU"
            case "REFUSED": return "ATMESTA"
            case "NOT MADE": return "NESUKURTA"
            default: return english
            }
        case .batchChoiceRows(let rows, let made): return "\(text(.rows(rows))), sukurta \(made)"
        case .plainTitle(let sandbox, let profile): return "paylink: nauja mokėjimo nuoroda" + (sandbox ? " (SMĖLIO DĖŽĖ)" : "") + ", profilis \(profile)"
        case .plainOrderQuestion(let current): return "Užsakymas: naujas ar esamo užsakymo ID? (new/existing) [\(current)]: "
        case .plainURL(let url): return "Mokėjimo URL: \(url)"
        case .plainExpires(let date, let left): return "Galioja iki: \(date) (liko \(left))"
        case .refusedBecause(let why): return "Atmesta: \(why)"
        case .plainError(let why): return "Klaida: \(why)"
        case .plainNoAnswer(let why):
            return "Serveris neatsakė (\(why)). Nuoroda gal sukurta, gal ne; ji nebuvo siųsta dar kartą. Prieš kurdami ją vėl, patikrinkite istoriją."
        case .notSentBecause(let why): return "Neišsiųsta: \(why)"
        case .plainMethods(let list): return "Mokėjimo būdai: \(list)"
        case .plainMethodsFailed(let why): return "Mokėjimo būdų įkelti nepavyko: \(why); būdo raktą galite įvesti patys"
        case .refusedFields(let n, let reason): return "Atmesta: patikrinkite laukus: \(n)" + (reason.isEmpty ? "" : " (\(reason))")
        case .orderLine(let text): return "Užsakymas \(text)"
        case .orderPaid(let amount): return "apmokėta \(amount)"
        case .orderOtherLinks(let list): return "kitos nuorodos: \(list)"
        case .amountOf(let part, let whole): return "\(part) iš \(whole)"
        case .createdExpiresIn(let words, let date): return "Galioja dar \(words) (iki \(date))."
        case .createdExpired(let date): return "Nebegalioja (nuo \(date))."
        case .simulatedFailed(let why): return "Imituotas mokėjimas nepavyko: \(why)"
        case .switchingTo(let name): return "perjungiama į \(name)…"
        case .nowUsingProfile(let name, let live): return "Dabar naudojamas profilis \(name)" + (live ? ": TIKRAS, tikri mokėjimai" : "")
        case .changeFailed(let why): return "\(why) Niekas nepakeista."
        }
    }

    private static func skippedNote(_ n: Int) -> String {
        n > 0 ? " (praleista netinkamų: \(n))" : ""
    }

    static func statusName(_ status: String) -> String {
        switch status {
        case "all": "visos"
        case "active": "galiojanti"
        case "paid": "apmokėta"
        case "expired": "nebegalioja"
        case "canceled": "atšaukta"
        case "unknown": "neaišku"
        case "created": "sukurta"
        case "refused": "atmesta"
        case "invalid": "netinkama"
        case "not_sent": "neišsiųsta"
        case "refunded": "grąžinta"
        default: status
        }
    }

    static func label(_ field: FieldPath) -> String {
        switch field {
        case .orderID: "Užsakymo ID"
        case .reference: "Užsakymo nr."
        case .currency: "Valiuta"
        case .amount: "Suma"
        case .name: "Pavadinimas"
        case .language: "Kalba"
        case .paymentFlow: "Mokėjimo eiga"
        case .lifetime: "Galiojimas"
        case .methodKey: "Mokėjimo būdas"
        case .purpose: "Paskirtis"
        case .countryCode: "Šalis"
        case .payerName: "Mokėtojas"
        case .payerEmail: "Mokėtojo el. p."
        case .metadata: "Metaduomenys"
        case .successURL: "Sėkmės URL"
        case .failureURL: "Nesėkmės URL"
        case .cancelURL: "Atšaukimo URL"
        case .callbackURL: "Pranešimų URL"
        }
    }

    static func key(_ word: KeyWord) -> String {
        switch word {
        case .quit: "išeiti"
        case .help: "pagalba"
        case .suspend: "sustabdyti, grįžti į apvalkalą"
        case .createLink: "sukurti nuorodą"
        case .nextField: "kitas laukas"
        case .previousField: "ankstesnis laukas"
        case .activate: "kitas laukas · sąrašas · sukurti"
        case .openList: "atverti sąrašą"
        case .orderChoice: "naujas/esamas užsakymas"
        case .otherFlow: "kita mokėjimo eiga"
        case .back: "atgal"
        case .cursorLeft: "žymeklis kairėn"
        case .cursorRight: "žymeklis dešinėn"
        case .fieldStart: "lauko pradžia"
        case .fieldEnd: "lauko pabaiga"
        case .deleteLeft: "trinti kairėje"
        case .deleteRight: "trinti dešinėje"
        case .deleteToEnd: "trinti iki galo"
        case .deleteToStart: "trinti iki pradžios"
        case .deleteWord: "trinti žodį kairėje"
        case .choose: "pasirinkti"
        case .previous: "ankstesnis"
        case .next: "kitas"
        case .closeList: "uždaryti sąrašą"
        case .choosePrevious: "pasirinkti, ankstesnis laukas"
        case .copy: "kopijuoti"
        case .qrCode: "QR kodas"
        case .open: "atverti"
        case .newLink: "nauja"
        case .duplicate: "kopija"
        case .sandboxPay: "smėlio dėžė: apmokėti"
        case .edit: "keisti"
        case .freshLink: "atnaujinti"
        case .refund: "grąžinti"
        case .closeHelp: "uždaryti pagalbą"
        case .scrollDown: "žemyn"
        case .scrollUp: "aukštyn"
        case .lineDown: "eilute žemyn"
        case .lineUp: "eilute aukštyn"
        case .top: "į pradžią"
        case .history: "istorija"
        case .takings: "apyvarta"
        case .switchProfile: "keisti profilį"
        case .backToHistory: "atgal į istoriją"
        case .nextLink: "kita nuoroda"
        case .previousLink: "ankstesnė nuoroda"
        case .pageDown: "puslapis žemyn"
        case .pageUp: "puslapis aukštyn"
        case .newestLink: "naujausia nuoroda"
        case .search: "ieškoti"
        case .status: "būsena"
        case .details: "išsamiau"
        case .cancel: "atšaukti"
        case .refresh: "atnaujinti"
        case .refreshAll: "atnaujinti rodomas"
        case .reconcile: "suderinti"
        case .batchFilter: "tik vieno paketo nuorodos · vėl visos"
        case .done: "baigta"
        case .clearSearch: "išvalyti paiešką"
        case .yes: "taip"
        case .no: "ne"
        case .batchFromFile: "paketas iš CSV failo"
        case .makeLinks: "kurti nuorodas"
        case .nextRow: "kita eilutė"
        case .previousRow: "ankstesnė eilutė"
        case .rowResult: "eilutė · rezultatas"
        case .backStop: "atgal · stabdyti"
        case .earlier: "anksčiau"
        case .later: "vėliau"
        case .day: "diena"
        case .week: "savaitė"
        case .month: "mėnuo"
        case .today: "šiandien"
        case .chartCurrency: "grafiko valiuta"
        case .close: "uždaryti"
        case .language: "kalba"
        case .inGlobal: "Visur"
        case .inBrowse: "Kai joks teksto laukas neaktyvus"
        case .inHistory: "Istorija"
        case .inHistorySearch: "Paieška istorijoje"
        case .inConfirm: "Atsakant į klausimą"
        case .inForm: "Forma"
        case .inChoice: "Užsakymo pasirinkimas"
        case .inEditing: "Lauko redagavimas"
        case .inPicker: "Sąrašas"
        case .inResult: "Rezultatas"
        case .inQR: "QR kodo vaizdas"
        case .inFlowChoice: "Mokėjimo eigos pasirinkimas"
        case .inHelp: "Pagalba"
        case .inBatch: "Paketas"
        case .inRefund: "Grąžinimas"
        case .inTakings: "Apyvarta"
        }
    }

    static func ui(_ word: UIWord) -> String {
        switch word {
        case .titlePaymentLink: "mokėjimo nuoroda"
        case .titleHistory: "istorija"
        case .titleNewLink: "nauja mokėjimo nuoroda"
        case .titleChangeLink: "keisti mokėjimo nuorodą"
        case .titleQR: "QR kodas"
        case .titleBatch: "paketas"
        case .titleTakings: "apyvarta"
        case .titleKeys: "klavišai"
        case .sending: "siunčiama…"
        case .tooSmallHint: "padidinkite langą arba spauskite Ctrl-C, kad išeitumėte"
        case .otherScreens: "Kiti ekranai"
        case .moreAbove: "↑ daugiau"
        case .moreBelow: "↓ daugiau"
        case .helpMoreBelow: "↓ daugiau: pgdn"
        case .helpMoreAbove: "↑ pgup"
        case .buttonSending: "[ Siunčiama… ]"
        case .buttonCreate: "[ Sukurti nuorodą ]"
        case .buttonSave: "[ Išsaugoti ]"
        case .submitAnywhere: "ctrl-s iš bet kur"
        case .groupOrder: "Užsakymas"
        case .groupPayment: "Mokėjimas"
        case .groupPayer: "Mokėtojas"
        case .groupMore: "Daugiau"
        case .orderWord: "Užsakymas"
        case .newOrder: "naujas"
        case .existingOrder: "esamas"
        case .loading: "įkeliama…"
        case .typeToSearch: "rašykite, kad ieškotumėte"
        case .flowPaysera: "būdus rodo Paysera"
        case .flowDirect: "tiesiai į vieną būdą"
        case .neverExpires: "galioja neribotai"
        case .expired: "nebegalioja"
        case .expiresIn: "liko"
        case .paymentURL: "Mokėjimo URL"
        case .paid: "Apmokėta"
        case .badgePaid: "APMOKĖTA"
        case .badgeRefunded: "GRĄŽINTA"
        case .badgeCanceled: "ATŠAUKTA"
        case .badgeActive: "GALIOJA"
        case .badgeExpired: "NEBEGALIOJA"
        case .qrNotMade: "QR kodas: šiam URL sukurti nepavyko"
        case .qrNeedsUTF8Colour: "QR kodas: reikia UTF-8 terminalo su spalvomis"
        case .qrNeedsUTF8: "QR kodas: reikia UTF-8 terminalo"
        case .search: "ieškoti"
        case .statusLabel: "būsena:"
        case .columnCreated: "Sukurta"
        case .columnName: "Pavadinimas"
        case .columnAmount: "Suma"
        case .columnStatus: "Būsena"
        case .columnLeft: "Liko"
        case .columnPayer: "Mokėtojas"
        case .columnBy: "Kas"
        case .columnReference: "Užsak. nr."
        case .historyUnreadable: "Nepavyko perskaityti istorijos."
        case .reading: "skaitoma…"
        case .noLinksYet: "Nuorodų dar nėra: čia atsiras jūsų sukurtos nuorodos"
        case .never: "neribota"
        case .reconcile: "suderinti"
        case .batchCSVFile: "CSV failas:"
        case .batchFile: "Failas:"
        case .batchChecking: "Tikrinamos visos eilutės …"
        case .batchStopQuestion: "Stabdyti siuntimą? Išsiųstos eilutės bus baigtos; likusias išsiųs kitas paleidimas. y/n"
        case .columnRow: "Eil."
        case .columnPayerProblem: "Mokėtojas / klaida"
        case .invalid: "netinkama"
        case .batchNoValidRow: "Nėra tinkamų eilučių siųsti"
        case .batchStopping: "Stabdoma, kai bus baigtos išsiųstos eilutės; likusias išsiųs kitas paleidimas"
        case .languageTitle: "Kalba"
        case .stillSending: "Dar siunčiama ankstesnė užklausa…"
        case .saveChanges: "išsaugoti pakeitimus"
        case .locked: "užrakinta"
        case .nothingChanged: "Dar niekas nepakeista: pakeiskite lauką arba spauskite esc"
        case .batchChoiceTitle: "tik paketo nuorodos…"
        case .readingBatches: "skaitomi paketai…"
        case .plainIntro: "Enter palieka reikšmę skliaustuose. Privalomi laukai pažymėti *."
        case .plainOrderAnswer: "Klaida: atsakykite new arba existing"
        case .plainConfirm: "Sukurti šią nuorodą? (y/n) [y]: "
        case .plainSending: "Siunčiama…"
        case .plainExpiresNever: "Galioja: neribotai"
        case .plainCorrect: "Pataisykite šiuos laukus."
        case .plainCancelled: "Atšaukta; nuoroda nesukurta."
        case .plainNoMethods: "Šiai sumai mokėjimo būdų nesiūloma."
        case .manualKeysBefore: "Terminalo programos klavišai pagal tai, kur jie veikia, kaip juos išvardija pagalbos ekranas"
        case .manualKeysMiddle: "Kiekvieno veiksmo ID skliaustuose yra vardas, kuriuo"
        case .manualKeysAfter: "config.yaml faile jam priskiriami kiti klavišai."
        case .noOtherLink: "nėra"
        case .createdNeverExpires: "Galioja neribotai."
        case .rowHasNoLink: "Ši eilutė dar neturi nuorodos"
        case .editHint: "Pakeiskite, ką reikia; ctrl-s išsaugo, esc palieka kaip buvo"
        case .nothingWasChanged: "Niekas nepakeista"
        case .saving: "išsaugoma…"
        case .linkChanged: "Nuoroda pakeista"
        case .freshLinkMaking: "kuriama nauja nuoroda tam pačiam užsakymui…"
        case .restoredDraft: "Nebaigta nuoroda atkurta"
        case .onlyOneProfile: "Sukonfigūruotas tik vienas profilis (žr. paylink profiles)"
        case .waitForLink: "Palaukite atsakymo apie kuriamą nuorodą"
        case .waitForBatch: "Prieš keisdami profilį palaukite, kol paketas baigsis, arba jį sustabdykite"
        case .copying: "kopijuojama…"
        case .openingBrowser: "atveriama naršyklė…"
        case .duplicateHint: "Kopija tam pačiam užsakymui: pakeiskite, ką reikia, ir sukurkite"
        case .simulatedOnlySandbox: "Mokėjimą imituoti galima tik smėlio dėžėje"
        case .sandboxPaying: "smėlio dėžė: mokama…"
        case .linkCreated: "Nuoroda sukurta"
        }
    }
}
