/// Estonian (eesti): every string translated. NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
enum Estonian {
    static func count(_ n: Int, _ one: String, _ other: String) -> String {
        "\(n) " + PluralForms(one: one, other: other).pick(n, in: .et)
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
        case .required(let f): return "\(label(f)): kohustuslik väli"
        case .requiredSuchAs(let f, let example): return "\(label(f)): kohustuslik väli, näiteks \(example.replacingOccurrences(of: " or ", with: " või "))"
        case .controlCharacters(let f): return "\(label(f)): juhtmärgid pole lubatud (tabulaatorid, juhtjadad)"
        case .tooLong(let f, let max, let has):
            return "\(label(f)): kuni \(count(max, "märk", "märki")) (praegu \(has))"
        case .orderIDNotUUID: return "Tellimuse ID peab olema UUID, näiteks a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a"
        case .referenceCharacter(let bad):
            return "Tellimuse numbris ei tohi olla „\(bad)“: ainult A–Z, a–z, 0–9, tühikud ja _ / ? : ( ) . , ' + -"
        case .currencyNotCode: return "Valuuta peab olema kolmetäheline ISO 4217 kood, näiteks EUR"
        case .currencyUnknown(let code): return "„\(code)“ pole ISO 4217 valuutakood; proovige EUR, USD või GBP"
        case .languageNotCode: return "Keel peab olema kahetäheline ISO 639-1 kood, näiteks et või en"
        case .languageUnknown(let code): return "„\(code)“ pole ISO 639-1 keelekood; proovige et või en"
        case .paymentFlowUnknown: return "Makseviis peab olema paysera_checkout või direct_payment"
        case .methodKeySpaces: return "Makseviisi võti peab olema tühikuteta, näiteks card-payment"
        case .countryNotCode: return "Riik peab olema kahetäheline ISO 3166-1 kood, näiteks EE või DE"
        case .countryUnknown(let code): return "„\(code)“ pole ISO 3166-1 riigikood; proovige EE või DE"
        case .emailInvalid: return "Maksja e-post peab olema aadress, näiteks nimi@example.com"
        case .metadataNeedsEquals(let entry): return "Metaandmete kirje \(entry) kirjutage kujul võti=väärtus"
        case .metadataNeedsKey(let entry): return "Metaandmete kirjel \(entry) puudub võti enne märki ="
        case .metadataKeyTwice(let key): return "Metaandmete võti \(key) kordub"
        case .metadataKeyEmpty: return "Metaandmete võti ei tohi olla tühi"
        case .metadataKeyTooLong(let key, let max, let has):
            return "Metaandmete võti \(key): kuni \(count(max, "märk", "märki")) (praegu \(has))"
        case .metadataValueTooLong(let key, let max, let has):
            return "Võtme \(key) väärtus: kuni \(count(max, "märk", "märki")) (praegu \(has))"
        case .directPaymentNeedsMethod: return "Valige makseviis: direct_payment viib otse selle juurde"
        case .emptyWhenGiven(let f): return "\(label(f)): kui on antud, ei tohi olla tühi"
        case .urlRefused(let f, let max):
            return "\(label(f)): https-aadress (http ainult 127.0.0.1 või localhost), kuni \(max) märki"
        case .notRemovable(let f): return "\(label(f)): olemasolevalt lingilt ei saa eemaldada; sisestage uus väärtus"
        case .amountNeedsCurrency: return "Valige kõigepealt kehtiv valuuta, siis saab summat kontrollida"
        case .amountPositive(let zero): return "Summa peab olema suurem kui \(zero)"
        case .amountNoSign(let example): return "Kirjutage summa ilma märgita, näiteks \(example)"
        case .amountNotNumber(let code, let example): return "Summa peab olema arv (\(code)), näiteks \(example)"
        case .amountGrouping(let example):
            return "Eraldage tuhanded tühikuga kolmekaupa või kirjutage ilma eraldajateta, näiteks \(example)"
        case .amountNoDecimals(let code, let example):
            return "\(code) summadel pole komakohti: sisestage täisarv, näiteks \(example)"
        case .amountDecimals(let code, let digits, let example):
            return "\(code) summadel on kuni \(count(digits, "komakoht", "komakohta")), näiteks \(example)"
        case .amountAtMost(let largest): return "Summa ei tohi ületada \(largest)"
        case .amountAmbiguous(let typed, let whole, let decimal):
            return "„\(typed)“ on kahemõtteline: kirjutage \(whole) (täissumma) või \(decimal) (sentidega)"
        case .lifetimeNegative: return "Kehtivusaeg ei saa olla negatiivne"
        case .lifetimeShape: return "Kehtivusaeg on sekundid või kestus, näiteks 90m, 3d, 1d12h, 2h30m, 1w või never"
        case .lifetimeTooLong(let seconds): return "Kehtivusaeg on kuni 999 päeva (\(seconds) s)"
        case .lifetimeUnitTwice: return "Nimetage iga ühik üks kord, näiteks 1d12h"
        case .seconds(let n): return count(n, "sekund", "sekundit")
        case .minutes(let n): return count(n, "minut", "minutit")
        case .hours(let n): return count(n, "tund", "tundi")
        case .days(let n): return count(n, "päev", "päeva")
        case .weeks(let n): return count(n, "nädal", "nädalat")
        case .links(let n): return count(n, "link", "linki")
        case .rows(let n): return count(n, "rida", "rida")
        case .tooSmallNeed(let w, let h): return "terminal on liiga väike: vaja \(w)×\(h)"
        case .tooSmallNow(let w, let h): return "praegu \(w)×\(h)"
        case .historyBatchTitle(let id): return "ajalugu · pakett \(id)"
        case .helpLines(let first, let last, let total): return "read \(first)–\(last) / \(total)"
        case .couldNotLoad(let why): return "laadimine ebaõnnestus: \(why)"
        case .noMatchKeeps(let typed): return "vastet pole: enter jätab „\(typed)“"
        case .pickerPosition(let i, let n): return "\(i)/\(n)  ↑↓ liikumiseks"
        case .expiresOn(let date): return "kehtib kuni \(date)"
        case .expiredOn(let date): return "\(date)"
        case .qrEnlarge(let w, let h): return "QR-kood: suurendage terminal \(w)×\(h)-ni"
        case .qrPressKey(let key): return "QR-kood: \(key) – täisekraanil"
        case .partRefunded(let back, let paid): return "OSALT TAGASTATUD \(back) / \(paid)"
        case .linkID(let id): return "link \(id)"
        case .historyNoMatch(let search, let status):
            return "Ükski link ei vasta otsingule „\(search)“" + (status.map { " (olek: \(statusName($0)))" } ?? "")
        case .historyNoneInBatch(let batch, let status):
            return "Paketis \(batch) pole linke" + (status.map { " (olek: \(statusName($0)))" } ?? "")
        case .historyNoneWithStatus(let status): return "Olekuga „\(statusName(status))“ linke pole (s näitab teisi)"
        case .historyPosition(let i, let known, let more): return "\(i) / \(known)\(more ? "+" : "")"
        case .amountBack(let amount): return "tagast. \(amount)"
        case .statusName(let status): return statusName(status)
        case .batchTypePath(let quits):
            return "Sisestage CSV-faili tee ja vajutage Enter; Tab lõpetab failinime; Esc \(quits ? "väljub" : "läheb tagasi")."
        case .batchSummary(let rows, let valid, let invalid, let total):
            return "\(text(.rows(rows))): korras \(valid), vigaseid \(invalid)" + (total.isEmpty ? "" : "; kokku \(total)")
        case .batchAllMade(let made, let skipped):
            let all = made == 1 ? "Ainsal korras real on link juba olemas" : "Kõigil \(made) korras real on lingid juba olemas"
            return all + "; saata pole midagi\(skippedNote(skipped)). Kas kirjutada tulemusfail? y/n"
        case .batchMake(let links, let total, let made, let skipped):
            return "Kas teha \(text(.links(links)))" + (total.map { ", kokku \($0)" } ?? "")
                + (made > 0 ? "; \(text(.rows(made))) juba lingiga" : "") + skippedNote(skipped) + "? y/n"
        case .batchProgress(let done, let total, let perSecond, let refused, let unknown, let notSent):
            return "\(done)/\(total)  \(perSecond) linki/s  tagasi lükatud \(refused)  teadmata \(unknown)"
                + (notSent > 0 ? "  saatmata \(notSent)" : "")
        case .batchRowTitle(let n): return "Rida \(n) (Enter või Esc sulgeb)"
        case .batchCurrencies(let list): return list
        case .languageSwitched(let name): return "Keel: \(name)"
        case .fieldProblem(let f, let problem): return "\(label(f)): \(problem)"
        case .fieldsNeedAttention(let n): return "Kontrollige välju: \(n)"
        case .historyBadge(let english):
            switch english {
            case "PAID": return "MAKSTUD"
            case "ACTIVE": return "KEHTIB"
            case "EXPIRED": return "AEGUNUD"
            case "CANCELED": return "TÜHISTET"
            case "REFUNDED": return "TAGASTET"
            case "PART REF": return "OSA TAG."
            case "SENDING": return "SAADAN"
            case "UNKNOWN": return "TEADMATA"
            case "REFUSED": return "KEELDUTUD"
            case "NOT MADE": return "LOOMATA"
            default: return english
            }
        case .batchChoiceRows(let rows, let made): return "\(text(.rows(rows))), loodud \(made)"
        case .plainTitle(let sandbox, let profile): return "paylink: uus maksmislink" + (sandbox ? " (LIIVAKAST)" : "") + ", profiil \(profile)"
        case .plainOrderQuestion(let current): return "Tellimus: uus või olemasoleva tellimuse ID? (new/existing) [\(current)]: "
        case .plainURL(let url): return "Makse URL: \(url)"
        case .plainExpires(let date, let left): return "Kehtib kuni: \(date) (jäänud \(left))"
        case .refusedBecause(let why): return "Tagasi lükatud: \(why)"
        case .plainError(let why): return "Viga: \(why)"
        case .plainNoAnswer(let why):
            return "Server ei vastanud (\(why)). Link võib olla loodud või mitte; seda ei saadetud uuesti. Enne uuesti loomist vaadake ajalugu."
        case .notSentBecause(let why): return "Saatmata: \(why)"
        case .plainMethods(let list): return "Makseviisid: \(list)"
        case .plainMethodsFailed(let why): return "Makseviise ei õnnestunud laadida: \(why); võite makseviisi võtme ise sisestada"
        case .refusedFields(let n, let reason): return "Tagasi lükatud: kontrollige välju: \(n)" + (reason.isEmpty ? "" : " (\(reason))")
        case .orderLine(let text): return "Tellimus \(text)"
        case .orderPaid(let amount): return "makstud \(amount)"
        case .orderOtherLinks(let list): return "teised lingid: \(list)"
        case .amountOf(let part, let whole): return "\(part) / \(whole)"
        case .createdExpiresIn(let words, let date): return "Kehtib veel \(words) (kuni \(date))."
        case .createdExpired(let date): return "Aegunud (\(date))."
        case .simulatedFailed(let why): return "Jäljendatud makse ebaõnnestus: \(why)"
        case .switchingTo(let name): return "lülitun profiilile \(name)…"
        case .nowUsingProfile(let name, let live): return "Nüüd on kasutusel profiil \(name)" + (live ? ": PÄRIS, päris maksed" : "")
        case .changeFailed(let why): return "\(why) Midagi ei muudetud."
        }
    }

    private static func skippedNote(_ n: Int) -> String {
        n > 0 ? " (vigaseid ridu vahele jäetud: \(n))" : ""
    }

    static func statusName(_ status: String) -> String {
        switch status {
        case "all": "kõik"
        case "active": "kehtiv"
        case "paid": "makstud"
        case "expired": "aegunud"
        case "canceled": "tühistatud"
        case "unknown": "teadmata"
        case "created": "loodud"
        case "refused": "tagasi lükatud"
        case "invalid": "vigane"
        case "not_sent": "saatmata"
        case "refunded": "tagastatud"
        default: status
        }
    }

    static func label(_ field: FieldPath) -> String {
        switch field {
        case .orderID: "Tellimuse ID"
        case .reference: "Tellimuse nr"
        case .currency: "Valuuta"
        case .amount: "Summa"
        case .name: "Nimetus"
        case .language: "Keel"
        case .paymentFlow: "Makse kulg"
        case .lifetime: "Kehtivus"
        case .methodKey: "Makseviis"
        case .purpose: "Selgitus"
        case .countryCode: "Riik"
        case .payerName: "Maksja nimi"
        case .payerEmail: "Maksja e-post"
        case .metadata: "Metaandmed"
        case .successURL: "Õnnestumise URL"
        case .failureURL: "Nurjumise URL"
        case .cancelURL: "Tühistamise URL"
        case .callbackURL: "Teavituste URL"
        }
    }

    static func key(_ word: KeyWord) -> String {
        switch word {
        case .quit: "välju"
        case .help: "abi"
        case .suspend: "peata, kesta"
        case .createLink: "loo link"
        case .nextField: "järgmine väli"
        case .previousField: "eelmine väli"
        case .activate: "järgmine väli · loend · loo"
        case .openList: "ava loend"
        case .orderChoice: "uus/olemasolev tellimus"
        case .otherFlow: "teine makse kulg"
        case .back: "tagasi"
        case .cursorLeft: "kursor vasakule"
        case .cursorRight: "kursor paremale"
        case .fieldStart: "välja algus"
        case .fieldEnd: "välja lõpp"
        case .deleteLeft: "kustuta vasakult"
        case .deleteRight: "kustuta paremalt"
        case .deleteToEnd: "kustuta lõpuni"
        case .deleteToStart: "kustuta alguseni"
        case .deleteWord: "kustuta sõna vasakult"
        case .choose: "vali"
        case .previous: "eelmine"
        case .next: "järgmine"
        case .closeList: "sulge loend"
        case .choosePrevious: "vali, eelmine väli"
        case .copy: "kopeeri"
        case .qrCode: "QR-kood"
        case .open: "ava"
        case .newLink: "uus link"
        case .duplicate: "kopeeri linki"
        case .sandboxPay: "liivakast: maksa"
        case .edit: "muuda"
        case .freshLink: "uus link samale"
        case .refund: "tagasta"
        case .closeHelp: "sulge abi"
        case .scrollDown: "alla"
        case .scrollUp: "üles"
        case .lineDown: "rida alla"
        case .lineUp: "rida üles"
        case .top: "algusesse"
        case .history: "ajalugu"
        case .takings: "käive"
        case .switchProfile: "vaheta profiili"
        case .backToHistory: "tagasi ajalukku"
        case .nextLink: "järgmine link"
        case .previousLink: "eelmine link"
        case .pageDown: "leht alla"
        case .pageUp: "leht üles"
        case .newestLink: "uusim link"
        case .search: "otsi"
        case .status: "olek"
        case .details: "üksikasjad"
        case .cancel: "tühista"
        case .refresh: "värskenda"
        case .refreshAll: "värskenda kõiki nähtavaid"
        case .reconcile: "sobita"
        case .batchFilter: "ainult ühe paketi lingid · jälle kõik"
        case .done: "valmis"
        case .clearSearch: "tühjenda otsing"
        case .yes: "jah"
        case .no: "ei"
        case .batchFromFile: "pakett CSV-failist"
        case .makeLinks: "loo lingid"
        case .nextRow: "järgmine rida"
        case .previousRow: "eelmine rida"
        case .rowResult: "rida · tulemus"
        case .backStop: "tagasi · peata"
        case .earlier: "varem"
        case .later: "hiljem"
        case .day: "päev"
        case .week: "nädal"
        case .month: "kuu"
        case .today: "täna"
        case .chartCurrency: "graafiku valuuta"
        case .close: "sulge"
        case .language: "keel"
        case .inGlobal: "Kõikjal"
        case .inBrowse: "Kui ükski tekstiväli pole aktiivne"
        case .inHistory: "Ajalugu"
        case .inHistorySearch: "Ajaloost otsimine"
        case .inConfirm: "Küsimusele vastamine"
        case .inForm: "Vorm"
        case .inChoice: "Tellimuse valik"
        case .inEditing: "Välja muutmine"
        case .inPicker: "Loend"
        case .inResult: "Tulemus"
        case .inQR: "QR-koodi vaade"
        case .inFlowChoice: "Makse kulu valik"
        case .inHelp: "Abi"
        case .inBatch: "Pakett"
        case .inRefund: "Tagastus"
        case .inTakings: "Käive"
        }
    }

    static func ui(_ word: UIWord) -> String {
        switch word {
        case .titlePaymentLink: "maksmislink"
        case .titleHistory: "ajalugu"
        case .titleNewLink: "uus maksmislink"
        case .titleChangeLink: "muuda maksmislinki"
        case .titleQR: "QR-kood"
        case .titleBatch: "pakett"
        case .titleTakings: "käive"
        case .titleKeys: "klahvid"
        case .sending: "saadan…"
        case .tooSmallHint: "suurendage akent või vajutage väljumiseks Ctrl-C"
        case .otherScreens: "Teised vaated"
        case .moreAbove: "↑ veel"
        case .moreBelow: "↓ veel"
        case .helpMoreBelow: "↓ veel: pgdn"
        case .helpMoreAbove: "↑ pgup"
        case .buttonSending: "[ Saadan… ]"
        case .buttonCreate: "[ Loo link ]"
        case .buttonSave: "[ Salvesta ]"
        case .submitAnywhere: "ctrl-s kõikjalt"
        case .groupOrder: "Tellimus"
        case .groupPayment: "Makse"
        case .groupPayer: "Maksja"
        case .groupMore: "Veel"
        case .orderWord: "Tellimus"
        case .newOrder: "uus"
        case .existingOrder: "olemasolev"
        case .loading: "laadin…"
        case .typeToSearch: "kirjutage otsimiseks"
        case .flowPaysera: "Paysera näitab viise"
        case .flowDirect: "otse ühe viisi juurde"
        case .neverExpires: "ei aegu"
        case .expired: "aegunud"
        case .expiresIn: "jäänud"
        case .paymentURL: "Makse URL"
        case .paid: "Makstud"
        case .badgePaid: "MAKSTUD"
        case .badgeRefunded: "TAGASTATUD"
        case .badgeCanceled: "TÜHISTATUD"
        case .badgeActive: "KEHTIB"
        case .badgeExpired: "AEGUNUD"
        case .qrNotMade: "QR-kood: selle URL-i jaoks ei õnnestunud"
        case .qrNeedsUTF8Colour: "QR-kood: vaja UTF-8 terminali värvidega"
        case .qrNeedsUTF8: "QR-kood: vaja UTF-8 terminali"
        case .search: "otsi"
        case .statusLabel: "olek:"
        case .columnCreated: "Loodud"
        case .columnName: "Nimetus"
        case .columnAmount: "Summa"
        case .columnStatus: "Olek"
        case .columnLeft: "Jäänud"
        case .columnPayer: "Maksja"
        case .columnBy: "Kes"
        case .columnReference: "Tell. nr"
        case .historyUnreadable: "Ajalugu ei õnnestunud lugeda."
        case .reading: "loen…"
        case .noLinksYet: "Linke veel pole: siia ilmuvad teie loodud lingid"
        case .never: "ei aegu"
        case .reconcile: "sobita"
        case .batchCSVFile: "CSV-fail:"
        case .batchFile: "Fail:"
        case .batchChecking: "Kontrollin kõiki ridu …"
        case .batchStopQuestion: "Kas peatada saatmine? Teel olevad read lõpetatakse; ülejäänud saadab järgmine käivitus. y/n"
        case .columnRow: "Rida"
        case .columnPayerProblem: "Maksja / viga"
        case .invalid: "vigane"
        case .batchNoValidRow: "Saata pole ühtegi korras rida"
        case .batchStopping: "Peatan pärast teel olevaid ridu; ülejäänud saadab järgmine käivitus"
        case .languageTitle: "Keel"
        case .stillSending: "Eelmine päring on veel teel…"
        case .saveChanges: "salvesta muudatused"
        case .locked: "lukus"
        case .nothingChanged: "Midagi pole veel muudetud: muutke välja või vajutage esc"
        case .batchChoiceTitle: "ainult paketi lingid…"
        case .readingBatches: "loen pakette…"
        case .plainIntro: "Enter jätab sulgudes oleva väärtuse. Kohustuslikud väljad on tähistatud *."
        case .plainOrderAnswer: "Viga: vastake new või existing"
        case .plainConfirm: "Kas luua see link? (y/n) [y]: "
        case .plainSending: "Saadan…"
        case .plainExpiresNever: "Kehtib: tähtajatult"
        case .plainCorrect: "Palun parandage need väljad."
        case .plainCancelled: "Katkestatud; linki ei loodud."
        case .plainNoMethods: "Selle summa jaoks makseviise ei pakuta."
        case .manualKeysBefore: "Terminaliprogrammi klahvid selle järgi, kus need toimivad, nagu abivaade"
        case .manualKeysMiddle: "need loetleb. Iga toimingu ID sulgudes on nimi, millega"
        case .manualKeysAfter: "failis config.yaml sellele teisi klahve seotakse."
        case .noOtherLink: "pole"
        case .createdNeverExpires: "Kehtib tähtajatult."
        case .rowHasNoLink: "Sellel real pole veel linki"
        case .editHint: "Muutke vajalikku; ctrl-s salvestab, esc jätab nii, nagu oli"
        case .nothingWasChanged: "Midagi ei muudetud"
        case .saving: "salvestan…"
        case .linkChanged: "Link muudetud"
        case .freshLinkMaking: "loon samale tellimusele uue lingi…"
        case .restoredDraft: "Pooleli link taastatud"
        case .onlyOneProfile: "Seadistatud on ainult üks profiil (vt paylink profiles)"
        case .waitForLink: "Oodake, kuni loodava lingi kohta tuleb vastus"
        case .waitForBatch: "Enne profiili vahetamist oodake paketi lõppu või peatage see"
        case .copying: "kopeerin…"
        case .openingBrowser: "avan brauseri…"
        case .duplicateHint: "Koopia samale tellimusele: muutke vajalikku ja looge"
        case .simulatedOnlySandbox: "Makset saab jäljendada ainult liivakastis"
        case .sandboxPaying: "liivakast: maksan…"
        case .linkCreated: "Link loodud"
        }
    }
}
