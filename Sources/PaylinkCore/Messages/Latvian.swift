/// Latvian (latviešu): every string translated. NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
enum Latvian {
    static func count(_ n: Int, _ zero: String, _ one: String, _ other: String) -> String {
        "\(n) " + PluralForms(zero: zero, one: one, other: other).pick(n, in: .lv)
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
        case .required(let f): return "\(label(f)): obligāts lauks"
        case .requiredSuchAs(let f, let example): return "\(label(f)): obligāts lauks, piemēram, \(example.replacingOccurrences(of: " or ", with: " vai "))"
        case .controlCharacters(let f): return "\(label(f)): nedrīkst saturēt vadības rakstzīmes (tabulāciju, vadības secības)"
        case .tooLong(let f, let max, let has):
            return "\(label(f)): ne vairāk kā \(count(max, "rakstzīmju", "rakstzīme", "rakstzīmes")) (tagad \(has))"
        case .orderIDNotUUID: return "Pasūtījuma ID jābūt UUID, piemēram, a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a"
        case .referenceCharacter(let bad):
            return "Pasūtījuma numurā nedrīkst būt “\(bad)”: tikai A–Z, a–z, 0–9, atstarpes un _ / ? : ( ) . , ' + -"
        case .currencyNotCode: return "Valūtai jābūt trīs burtu ISO 4217 kodam, piemēram, EUR"
        case .currencyUnknown(let code): return "“\(code)” nav ISO 4217 valūtas kods; mēģiniet EUR, USD vai GBP"
        case .languageNotCode: return "Valodai jābūt divu burtu ISO 639-1 kodam, piemēram, lv vai en"
        case .languageUnknown(let code): return "“\(code)” nav ISO 639-1 valodas kods; mēģiniet lv vai en"
        case .paymentFlowUnknown: return "Maksājuma plūsmai jābūt paysera_checkout vai direct_payment"
        case .methodKeySpaces: return "Maksājuma veidam jābūt veida atslēgai bez atstarpēm, piemēram, card-payment"
        case .countryNotCode: return "Valstij jābūt divu burtu ISO 3166-1 kodam, piemēram, LV vai DE"
        case .countryUnknown(let code): return "“\(code)” nav ISO 3166-1 valsts kods; mēģiniet LV vai DE"
        case .emailInvalid: return "Maksātāja e-pastam jābūt adresei, piemēram, vards@example.com"
        case .metadataNeedsEquals(let entry): return "Metadatu ierakstu \(entry) rakstiet kā atslēga=vērtība"
        case .metadataNeedsKey(let entry): return "Metadatu ierakstam \(entry) pirms = trūkst atslēgas"
        case .metadataKeyTwice(let key): return "Metadatu atslēga \(key) atkārtojas"
        case .metadataKeyEmpty: return "Metadatu atslēga nedrīkst būt tukša"
        case .metadataKeyTooLong(let key, let max, let has):
            return "Metadatu atslēga \(key): ne vairāk kā \(count(max, "rakstzīmju", "rakstzīme", "rakstzīmes")) (tagad \(has))"
        case .metadataValueTooLong(let key, let max, let has):
            return "Atslēgas \(key) vērtība: ne vairāk kā \(count(max, "rakstzīmju", "rakstzīme", "rakstzīmes")) (tagad \(has))"
        case .directPaymentNeedsMethod: return "Izvēlieties maksājuma veidu: direct_payment plūsma ved tieši uz to"
        case .emptyWhenGiven(let f): return "\(label(f)): ja norādīts, nedrīkst būt tukšs"
        case .urlRefused(let f, let max):
            return "\(label(f)): https adrese (http tikai 127.0.0.1 vai localhost), ne garāka par \(max) rakstzīmēm"
        case .notRemovable(let f): return "\(label(f)): esošai saitei nevar dzēst; ierakstiet jaunu vērtību"
        case .amountNeedsCurrency: return "Vispirms izvēlieties derīgu valūtu, tad summu varēs pārbaudīt"
        case .amountPositive(let zero): return "Summai jābūt lielākai par \(zero)"
        case .amountNoSign(let example): return "Rakstiet summu bez zīmes, piemēram, \(example)"
        case .amountNotNumber(let code, let example): return "Summai jābūt skaitlim (\(code)), piemēram, \(example)"
        case .amountGrouping(let example):
            return "Tūkstošus atdaliet ar atstarpi pa trim cipariem vai rakstiet bez atdalītājiem, piemēram, \(example)"
        case .amountNoDecimals(let code, let example):
            return "\(code) summām nav decimāldaļas: ierakstiet veselu skaitli, piemēram, \(example)"
        case .amountDecimals(let code, let digits, let example):
            return "\(code) summās ne vairāk kā \(count(digits, "ciparu", "cipars", "cipari")) aiz komata, piemēram, \(example)"
        case .amountAtMost(let largest): return "Summa nedrīkst pārsniegt \(largest)"
        case .amountAmbiguous(let typed, let whole, let decimal):
            return "“\(typed)” var saprast divējādi: rakstiet \(whole) (vesela summa) vai \(decimal) (ar centiem)"
        case .lifetimeNegative: return "Derīguma termiņš nevar būt negatīvs"
        case .lifetimeShape: return "Derīguma termiņš – sekundes vai ilgums, piemēram, 90m, 3d, 1d12h, 2h30m, 1w vai never"
        case .lifetimeTooLong(let seconds): return "Derīguma termiņš – ne ilgāk par 999 dienām (\(seconds) s)"
        case .lifetimeUnitTwice: return "Katru vienību norādiet vienreiz, piemēram, 1d12h"
        case .seconds(let n): return count(n, "sekunžu", "sekunde", "sekundes")
        case .minutes(let n): return count(n, "minūšu", "minūte", "minūtes")
        case .hours(let n): return count(n, "stundu", "stunda", "stundas")
        case .days(let n): return count(n, "dienu", "diena", "dienas")
        case .weeks(let n): return count(n, "nedēļu", "nedēļa", "nedēļas")
        case .links(let n): return count(n, "saišu", "saite", "saites")
        case .rows(let n): return count(n, "rindu", "rinda", "rindas")
        case .tooSmallNeed(let w, let h): return "terminālis par mazu: vajag \(w)×\(h)"
        case .tooSmallNow(let w, let h): return "tagad \(w)×\(h)"
        case .historyBatchTitle(let id): return "vēsture · pakete \(id)"
        case .helpLines(let first, let last, let total): return "rindas \(first)–\(last) no \(total)"
        case .couldNotLoad(let why): return "neizdevās ielādēt: \(why)"
        case .noMatchKeeps(let typed): return "nav atrasts: enter patur “\(typed)”"
        case .pickerPosition(let i, let n): return "\(i)/\(n)  ↑↓ pārvietoties"
        case .expiresOn(let date): return "derīga līdz \(date)"
        case .expiredOn(let date): return "\(date)"
        case .qrEnlarge(let w, let h): return "QR kods: palieliniet termināli līdz \(w)×\(h)"
        case .qrPressKey(let key): return "QR kods: \(key) – pa visu ekrānu"
        case .partRefunded(let back, let paid): return "DAĻĒJI ATMAKSĀTS \(back) no \(paid)"
        case .linkID(let id): return "saite \(id)"
        case .historyNoMatch(let search, let status):
            return "Nav saišu, kas atbilst “\(search)”" + (status.map { " (statuss: \(statusName($0)))" } ?? "")
        case .historyNoneInBatch(let batch, let status):
            return "Paketē \(batch) nav saišu" + (status.map { " (statuss: \(statusName($0)))" } ?? "")
        case .historyNoneWithStatus(let status): return "Nav saišu ar statusu “\(statusName(status))” (s – citas)"
        case .historyPosition(let i, let known, let more): return "\(i) no \(known)\(more ? "+" : "")"
        case .amountBack(let amount): return "atm. \(amount)"
        case .statusName(let status): return statusName(status)
        case .batchTypePath(let quits):
            return "Ierakstiet CSV faila ceļu un nospiediet Enter; Tab pabeidz faila nosaukumu; Esc \(quits ? "iziet" : "atgriežas")."
        case .batchSummary(let rows, let valid, let invalid, let total):
            return "\(text(.rows(rows))): derīgas \(valid), nederīgas \(invalid)" + (total.isEmpty ? "" : "; kopā \(total)")
        case .batchAllMade(let made, let skipped):
            let all = made == 1 ? "Vienīgajai derīgajai rindai jau ir saite" : "Visām \(made) derīgajām rindām jau ir saites"
            return all + "; nav ko sūtīt\(skippedNote(skipped)). Rakstīt rezultātu failu? y/n"
        case .batchMake(let links, let total, let made, let skipped):
            // After "izveidot" the links take the accusative: 1 saiti, 2 saites, 10 saišu.
            return "Izveidot \(count(links, "saišu", "saiti", "saites"))" + (total.map { ", kopā \($0)" } ?? "")
                + (made > 0 ? "; \(text(.rows(made))) jau ar saitēm" : "") + skippedNote(skipped) + "? y/n"
        case .batchProgress(let done, let total, let perSecond, let refused, let unknown, let notSent):
            return "\(done)/\(total)  \(perSecond) saites/s  noraidītas \(refused)  nezināmas \(unknown)"
                + (notSent > 0 ? "  nenosūtītas \(notSent)" : "")
        case .batchRowTitle(let n): return "Rinda \(n) (Enter vai Esc aizver)"
        case .batchCurrencies(let list): return list
        case .languageSwitched(let name): return "Valoda: \(name)"
        case .fieldProblem(let f, let problem): return "\(label(f)): \(problem)"
        case .fieldsNeedAttention(let n): return "Pārbaudiet laukus: \(n)"
        case .historyBadge(let english):
            switch english {
            case "PAID": return "APMAKSĀTS"
            case "ACTIVE": return "AKTĪVA"
            case "EXPIRED": return "BEIGUSIES"
            case "CANCELED": return "ATCELTA"
            case "REFUNDED": return "ATMAKSĀTA"
            case "PART REF": return "DAĻ. ATM."
            case "SENDING": return "SŪTA"
            case "UNKNOWN": return "NEZINĀMA"
            case "REFUSED": return "NORAIDĪTA"
            case "NOT MADE": return "NAV IZV."
            default: return english
            }
        case .batchChoiceRows(let rows, let made): return "\(text(.rows(rows))), izveidotas \(made)"
        case .plainTitle(let sandbox, let profile): return "paylink: jauna maksājuma saite" + (sandbox ? " (SMILŠKASTE)" : "") + ", profils \(profile)"
        case .plainOrderQuestion(let current): return "Pasūtījums: jauns vai esoša pasūtījuma ID? (new/existing) [\(current)]: "
        case .plainURL(let url): return "Maksājuma URL: \(url)"
        case .plainExpires(let date, let left): return "Derīga līdz: \(date) (atlicis \(left))"
        case .refusedBecause(let why): return "Noraidīts: \(why)"
        case .plainError(let why): return "Kļūda: \(why)"
        case .plainNoAnswer(let why):
            return "Serveris neatbildēja (\(why)). Saite var būt izveidota vai ne; tā netika sūtīta atkārtoti. Pirms veidojat to vēlreiz, pārbaudiet vēsturi."
        case .notSentBecause(let why): return "Nav nosūtīts: \(why)"
        case .plainMethods(let list): return "Maksājuma veidi: \(list)"
        case .plainMethodsFailed(let why): return "Maksājuma veidus neizdevās ielādēt: \(why); veida atslēgu varat ierakstīt paši"
        case .refusedFields(let n, let reason): return "Noraidīts: pārbaudiet laukus: \(n)" + (reason.isEmpty ? "" : " (\(reason))")
        case .orderLine(let text): return "Pasūtījums \(text)"
        case .orderPaid(let amount): return "apmaksāts \(amount)"
        case .orderOtherLinks(let list): return "citas saites: \(list)"
        case .amountOf(let part, let whole): return "\(part) no \(whole)"
        case .createdExpiresIn(let words, let date): return "Derīga vēl \(words) (līdz \(date))."
        case .createdExpired(let date): return "Vairs nav derīga (kopš \(date))."
        case .simulatedFailed(let why): return "Imitētais maksājums neizdevās: \(why)"
        case .switchingTo(let name): return "pārslēdz uz \(name)…"
        case .nowUsingProfile(let name, let live): return "Tagad izmanto profilu \(name)" + (live ? ": ĪSTS, īsti maksājumi" : "")
        case .changeFailed(let why): return "\(why) Nekas netika mainīts."
        }
    }

    private static func skippedNote(_ n: Int) -> String {
        n > 0 ? " (izlaistas nederīgas: \(n))" : ""
    }

    static func statusName(_ status: String) -> String {
        switch status {
        case "all": "visas"
        case "active": "aktīva"
        case "paid": "apmaksāta"
        case "expired": "beigusies"
        case "canceled": "atcelta"
        case "unknown": "nezināma"
        case "created": "izveidota"
        case "refused": "noraidīta"
        case "invalid": "nederīga"
        case "not_sent": "nenosūtīta"
        case "refunded": "atmaksāta"
        default: status
        }
    }

    static func label(_ field: FieldPath) -> String {
        switch field {
        case .orderID: "Pasūtījuma ID"
        case .reference: "Pasūtījuma nr."
        case .currency: "Valūta"
        case .amount: "Summa"
        case .name: "Nosaukums"
        case .language: "Valoda"
        case .paymentFlow: "Maksājuma plūsma"
        case .lifetime: "Derīgums"
        case .methodKey: "Maksājuma veids"
        case .purpose: "Mērķis"
        case .countryCode: "Valsts"
        case .payerName: "Maksātājs"
        case .payerEmail: "Maksātāja e-pasts"
        case .metadata: "Metadati"
        case .successURL: "Veiksmes URL"
        case .failureURL: "Neveiksmes URL"
        case .cancelURL: "Atcelšanas URL"
        case .callbackURL: "Paziņojumu URL"
        }
    }

    static func key(_ word: KeyWord) -> String {
        switch word {
        case .quit: "iziet"
        case .help: "palīdzība"
        case .suspend: "apturēt, uz čaulu"
        case .createLink: "izveidot saiti"
        case .nextField: "nākamais lauks"
        case .previousField: "iepriekšējais lauks"
        case .activate: "nākamais lauks · saraksts · izveidot"
        case .openList: "atvērt sarakstu"
        case .orderChoice: "jauns/esošs pasūtījums"
        case .otherFlow: "cita maksājuma plūsma"
        case .back: "atpakaļ"
        case .cursorLeft: "kursors pa kreisi"
        case .cursorRight: "kursors pa labi"
        case .fieldStart: "lauka sākums"
        case .fieldEnd: "lauka beigas"
        case .deleteLeft: "dzēst pa kreisi"
        case .deleteRight: "dzēst pa labi"
        case .deleteToEnd: "dzēst līdz beigām"
        case .deleteToStart: "dzēst līdz sākumam"
        case .deleteWord: "dzēst vārdu pa kreisi"
        case .choose: "izvēlēties"
        case .previous: "iepriekšējais"
        case .next: "nākamais"
        case .closeList: "aizvērt sarakstu"
        case .choosePrevious: "izvēlēties, iepriekšējais lauks"
        case .copy: "kopēt"
        case .qrCode: "QR kods"
        case .open: "atvērt"
        case .newLink: "jauna"
        case .duplicate: "dublēt"
        case .sandboxPay: "smilškaste: maksāt"
        case .edit: "labot"
        case .freshLink: "jauna saite"
        case .refund: "atmaksāt"
        case .closeHelp: "aizvērt palīdzību"
        case .scrollDown: "lejup"
        case .scrollUp: "augšup"
        case .lineDown: "rindu lejup"
        case .lineUp: "rindu augšup"
        case .top: "sākums"
        case .history: "vēsture"
        case .takings: "ieņēmumi"
        case .switchProfile: "mainīt profilu"
        case .backToHistory: "atpakaļ uz vēsturi"
        case .nextLink: "nākamā saite"
        case .previousLink: "iepriekšējā saite"
        case .pageDown: "lapu lejup"
        case .pageUp: "lapu augšup"
        case .newestLink: "jaunākā saite"
        case .search: "meklēt"
        case .status: "statuss"
        case .details: "sīkāk"
        case .cancel: "atcelt"
        case .refresh: "atjaunot"
        case .refreshAll: "atjaunot redzamās"
        case .reconcile: "saskaņot"
        case .batchFilter: "tikai vienas paketes saites · atkal visas"
        case .done: "gatavs"
        case .clearSearch: "notīrīt meklēšanu"
        case .yes: "jā"
        case .no: "nē"
        case .batchFromFile: "pakete no CSV faila"
        case .makeLinks: "veidot saites"
        case .nextRow: "nākamā rinda"
        case .previousRow: "iepriekšējā rinda"
        case .rowResult: "rinda · rezultāts"
        case .backStop: "atpakaļ · apturēt"
        case .earlier: "agrāk"
        case .later: "vēlāk"
        case .day: "diena"
        case .week: "nedēļa"
        case .month: "mēnesis"
        case .today: "šodien"
        case .chartCurrency: "diagrammas valūta"
        case .close: "aizvērt"
        case .language: "valoda"
        case .inGlobal: "Visur"
        case .inBrowse: "Kad neviens teksta lauks nav aktīvs"
        case .inHistory: "Vēsture"
        case .inHistorySearch: "Meklēšana vēsturē"
        case .inConfirm: "Atbildot uz jautājumu"
        case .inForm: "Veidlapa"
        case .inChoice: "Pasūtījuma izvēle"
        case .inEditing: "Lauka labošana"
        case .inPicker: "Saraksts"
        case .inResult: "Rezultāts"
        case .inQR: "QR koda skats"
        case .inFlowChoice: "Maksājuma plūsmas izvēle"
        case .inHelp: "Palīdzība"
        case .inBatch: "Pakete"
        case .inRefund: "Atmaksa"
        case .inTakings: "Ieņēmumi"
        }
    }

    static func ui(_ word: UIWord) -> String {
        switch word {
        case .titlePaymentLink: "maksājuma saite"
        case .titleHistory: "vēsture"
        case .titleNewLink: "jauna maksājuma saite"
        case .titleChangeLink: "mainīt maksājuma saiti"
        case .titleQR: "QR kods"
        case .titleBatch: "pakete"
        case .titleTakings: "ieņēmumi"
        case .titleKeys: "taustiņi"
        case .sending: "sūta…"
        case .tooSmallHint: "palieliniet logu vai nospiediet Ctrl-C, lai izietu"
        case .otherScreens: "Citi ekrāni"
        case .moreAbove: "↑ vēl"
        case .moreBelow: "↓ vēl"
        case .helpMoreBelow: "↓ vēl: pgdn"
        case .helpMoreAbove: "↑ pgup"
        case .buttonSending: "[ Sūta… ]"
        case .buttonCreate: "[ Izveidot saiti ]"
        case .buttonSave: "[ Saglabāt ]"
        case .submitAnywhere: "ctrl-s no jebkurienes"
        case .groupOrder: "Pasūtījums"
        case .groupPayment: "Maksājums"
        case .groupPayer: "Maksātājs"
        case .groupMore: "Vairāk"
        case .orderWord: "Pasūtījums"
        case .newOrder: "jauns"
        case .existingOrder: "esošs"
        case .loading: "ielādē…"
        case .typeToSearch: "rakstiet, lai meklētu"
        case .flowPaysera: "veidus rāda Paysera"
        case .flowDirect: "tieši uz vienu veidu"
        case .neverExpires: "derīga bez termiņa"
        case .expired: "beigusies"
        case .expiresIn: "atlicis"
        case .paymentURL: "Maksājuma URL"
        case .paid: "Apmaksāts"
        case .badgePaid: "APMAKSĀTS"
        case .badgeRefunded: "ATMAKSĀTS"
        case .badgeCanceled: "ATCELTS"
        case .badgeActive: "AKTĪVA"
        case .badgeExpired: "BEIGUSIES"
        case .qrNotMade: "QR kods: šim URL to nevarēja izveidot"
        case .qrNeedsUTF8Colour: "QR kods: vajag UTF-8 termināli ar krāsām"
        case .qrNeedsUTF8: "QR kods: vajag UTF-8 termināli"
        case .search: "meklēt"
        case .statusLabel: "statuss:"
        case .columnCreated: "Izveidota"
        case .columnName: "Nosaukums"
        case .columnAmount: "Summa"
        case .columnStatus: "Statuss"
        case .columnLeft: "Atlicis"
        case .columnPayer: "Maksātājs"
        case .columnBy: "Kas"
        case .columnReference: "Pas. nr."
        case .historyUnreadable: "Vēsturi neizdevās nolasīt."
        case .reading: "nolasa…"
        case .noLinksYet: "Saišu vēl nav: šeit parādīsies jūsu izveidotās saites"
        case .never: "bez termiņa"
        case .reconcile: "saskaņot"
        case .batchCSVFile: "CSV fails:"
        case .batchFile: "Fails:"
        case .batchChecking: "Pārbauda visas rindas …"
        case .batchStopQuestion: "Apturēt sūtīšanu? Nosūtītās rindas tiks pabeigtas; pārējās nosūtīs nākamā palaišana. y/n"
        case .columnRow: "Rinda"
        case .columnPayerProblem: "Maksātājs / kļūda"
        case .invalid: "nederīga"
        case .batchNoValidRow: "Nav derīgu rindu, ko sūtīt"
        case .batchStopping: "Aptur pēc nosūtītajām rindām; pārējās nosūtīs nākamā palaišana"
        case .languageTitle: "Valoda"
        case .stillSending: "Vēl sūta iepriekšējo pieprasījumu…"
        case .saveChanges: "saglabāt izmaiņas"
        case .locked: "bloķēts"
        case .nothingChanged: "Nekas vēl nav mainīts: mainiet lauku vai nospiediet esc"
        case .batchChoiceTitle: "tikai paketes saites…"
        case .readingBatches: "nolasa paketes…"
        case .plainIntro: "Enter patur vērtību iekavās. Obligātie lauki atzīmēti ar *."
        case .plainOrderAnswer: "Kļūda: atbildiet new vai existing"
        case .plainConfirm: "Izveidot šo saiti? (y/n) [y]: "
        case .plainSending: "Sūta…"
        case .plainExpiresNever: "Derīga: bez termiņa"
        case .plainCorrect: "Lūdzu, izlabojiet šos laukus."
        case .plainCancelled: "Atcelts; saite netika izveidota."
        case .plainNoMethods: "Šai summai maksājuma veidi netiek piedāvāti."
        case .manualKeysBefore: "Termināļa programmas taustiņi pēc tā, kur tie darbojas, kā tos uzskaita palīdzības ekrāns"
        case .manualKeysMiddle: "Katras darbības ID iekavās ir nosaukums, ar kuru"
        case .manualKeysAfter: "failā config.yaml tai piesaista citus taustiņus."
        case .noOtherLink: "nav"
        case .createdNeverExpires: "Derīga bez termiņa."
        case .rowHasNoLink: "Šai rindai vēl nav saites"
        case .editHint: "Mainiet vajadzīgo; ctrl-s saglabā, esc atstāj, kā bija"
        case .nothingWasChanged: "Nekas netika mainīts"
        case .saving: "saglabā…"
        case .linkChanged: "Saite mainīta"
        case .freshLinkMaking: "veido jaunu saiti tam pašam pasūtījumam…"
        case .restoredDraft: "Nepabeigtā saite atjaunota"
        case .onlyOneProfile: "Konfigurēts tikai viens profils (sk. paylink profiles)"
        case .waitForLink: "Pagaidiet atbildi par veidojamo saiti"
        case .waitForBatch: "Pirms profila maiņas pagaidiet, līdz pakete beidzas, vai apturiet to"
        case .copying: "kopē…"
        case .openingBrowser: "atver pārlūku…"
        case .duplicateHint: "Kopija tam pašam pasūtījumam: mainiet vajadzīgo un izveidojiet"
        case .simulatedOnlySandbox: "Maksājumu var imitēt tikai smilškastē"
        case .sandboxPaying: "smilškaste: maksā…"
        case .linkCreated: "Saite izveidota"
        }
    }
}
