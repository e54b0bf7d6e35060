import PayseraCheckout

extension Latvian {
    static func notice(_ message: NoticeMessage) -> String {
        switch message {
        case .configUnreadable(let path, let reason): return "Neizdevās nolasīt \(path): \(reason)"
        case .configProblem(let path, let line, let column, let subject, let problem):
            let place = switch (line, column) {
            case (let line?, let column?): ", \(line). rinda, \(column). kolonna"
            case (let line?, nil): ", \(line). rinda"
            default: ""
            }
            let said = switch subject {
            case .none: ""
            case .file: "failā "
            case .setting(let name): name + ": "
            }
            return "\(path)\(place): \(said)" + configProblem(problem)
        case .configMissing(let profile, let setting, let path):
            let (name, hint) = switch setting {
            case .baseURL: ("base_url", "Norādiet profiles.\(profile).base_url (piem., https://api.paysera.com) vai PAYLINK_BASE_URL.")
            case .clientID: ("client_id", "Norādiet profiles.\(profile).client_id vai PAYSERA_CLIENT_ID.")
            case .clientSecret:
                ("klienta noslēpuma", "Norādiet profiles.\(profile).client_secret_command (piem., „pass show paysera/\(profile)“), "
                    + "profiles.\(profile).client_secret vai PAYSERA_CLIENT_SECRET.")
            }
            return "Profilam „\(profile)“ nav \(name) (\(path)). \(hint)"
        case .configSecretCommand(let profile, let command, let reason):
            return "Profila „\(profile)“ client_secret_command (\(command)) nedeva noslēpumu: \(secretProblem(reason))."
        case .configUnknownSetting(let line, let setting, let suggestion):
            return (line.map { "\($0). rinda: " } ?? "") + "nezināmais iestatījums \(setting) netiek ņemts vērā"
                + (suggestion.map { " (vai domājāt \($0)?)" } ?? "")
        case .sandboxNotStarted(let why): return "iebūvēto smilškasti neizdevās palaist: \(why)"
        case .sandboxMoved(let port, let url): return "ports \(port) ir aizņemts; šoreiz smilškaste darbojas adresē \(url)"
        case .serverProgram(let problem):
            switch problem {
            case .notFound(let program, let folder):
                return "\(program) nav ne \(folder.map { "mapē \($0)" } ?? "paylink mapē"), ne PATH; instalējiet to blakus paylink"
            case .notStarted(let program, let why): return "\(program) neizdevās palaist: \(why)"
            case .silent(let program): return "\(program) beidza darbu, nepasakot, kur tas klausās"
            case .noPipe(let why): return "neizdevās izveidot kanālu: \(why)"
            }
        case .tillNameRule: return "kases nosaukumā ir 1 līdz 40 burti, cipari, punkti, domuzīmes vai pasvītras, piemēram, counter-2"
        case .notAvailableHere(let what):
            switch what {
            case .canceling: return "Saites šeit nevar atcelt"
            case .changing: return "Saites šeit nevar mainīt"
            case .refunds: return "Atmaksas šeit nav pieejamas"
            case .syncing: return "Sinhronizēt šeit nevar"
            case .batches: return "Paketes šeit nav pieejamas"
            case .switchingProfiles: return "Profilus šeit nevar pārslēgt"
            }
        case .unknownTerminal(let term): return "nezināms termināļa tips „\(term)“; mēģiniet --plain"
        case .historyCannotOpen(let path, let why): return "vēsturi \(path) nevar atvērt: \(why)"
        case .api(let error): return error.said(in: apiWords)
        case .apiRefusedFields(let what, let lines): return "API noraidīja \(made(what)): \(lines)"
        case .noUsableAnswer(let what, let detail):
            return "Par \(made(what)) netika saņemta izmantojama atbilde: tā var būt izveidota vai arī nē, un tā netika sūtīta vēlreiz. "
                + "Palaidiet `paylink reconcile`, lai to noskaidrotu. (\(detail))"
        case .linkListUnreadable(let why, let readBefore):
            return "API saišu sarakstu neizdevās nolasīt: \(why) "
                + (readBefore ? "Iepriekš nolasītais ir saglabāts." : "Vēsture netika mainīta.")
        case .refundNoLink(let id): return "Šajā projektā nav saites \(id)."
        case .refundNoOrder(let id): return "Saitei \(id) nav pasūtījuma, tāpēc nav ko atmaksāt."
        case .refundOrderUnreadable(let why): return "Pasūtījumu neizdevās nolasīt, tāpēc nekas netika atmaksāts: \(why)"
        case .refundCurrencyUnknown: return "Saites valūta nav zināma, tāpēc nekas netika atmaksāts."
        case .refundNoUsableAnswer(let detail):
            return "Par atmaksu netika saņemta izmantojama atbilde: tā var būt veikta vai arī nē, un tā netika sūtīta vēlreiz. "
                + "Palaidiet to pašu komandu vēlreiz vai `paylink reconcile`, lai to noskaidrotu. (\(detail))"
        case .nothingPaidToRefund: return "Par šīs saites pasūtījumu nekas nav samaksāts, tāpēc nav ko atmaksāt"
        case .refundNotRecorded(let why): return "Vēsturē neizdevās ierakstīt atmaksu, tāpēc nekas netika nosūtīts: \(why)"
        case .refundNoID: return "Vēsture atmaksai nepiešķīra ID; nekas netika nosūtīts."
        case .historyNotUpdated(let why): return "Vēsturi neizdevās atjaunināt: \(why)"
        case .sandboxRefusedPayment(let status): return "Smilškaste noraidīja maksājumu (\(status))."
        case .batchFile(let problem):
            switch problem {
            case .inputNotKept(let path): return "Neizdevās saglabāt standartievadi failā \(path)"
            case .inputUnreadable(let why): return "Neizdevās nolasīt standartievadi: \(why)"
            case .noSuchFile(let path): return "\(path): šāda faila nav"
            case .folder(let path): return "\(path) ir mape, nevis CSV fails"
            case .notPermitted(let path): return "\(path) nevar nolasīt (atļaujas)"
            case .cannotOpen(let path): return "\(path) nevar atvērt"
            case .wideText: return "Fails ir UTF-16 vai UTF-32 teksts; saglabājiet to kā „CSV UTF-8“"
            case .unreadable(let why): return "Failu nevar nolasīt: \(why)"
            case .empty: return "Fails ir tukšs; tā pirmajā rindā jābūt kolonnu nosaukumiem"
            case .rowUnreadable(let row, let why): return "\(row). rinda: failu nevar nolasīt: \(why)"
            case .notUTF8(let row):
                return "\(row). rinda: fails nav UTF-8 teksts (izklājlapas „CSV“ Windows-1257 vai Latin-1 kodējumā, vai vispār nav teksts); "
                    + "saglabājiet to kā „CSV UTF-8“"
            case .historyUnreadable(let why): return "Vēsturi nevar nolasīt: \(why)"
            case .resultNoFolder(let path): return "--output: blakus \(path) nevar rakstīt"
            case .resultNotWritten(let path, let why): return "--output: \(path) nevar ierakstīt: \(why)"
            }
        case .batchSheet(let problem):
            switch problem {
            case .noKnownColumn:
                return "Pirmajā rindā jābūt kolonnu nosaukumiem (purchase.reference vai order_id, purchase.amount, "
                    + "name …); neviena tās šūna nav paylink zināma kolonna"
            case .unknownColumn(let column):
                return "Kolonna \(column) nav paylink zināms lauks; nosauciet kolonnas ar API ceļiem ar punktiem "
                    + "(purchase.amount, payer_information.email …) vai create opcijām (amount, payer-email …)"
            case .columnTwice: return "Šī kolonna atkārtojas"
            case .needsReference: return "Failā vajadzīga kolonna purchase.reference (reference) vai order_id (order-id)"
            case .needsAmount: return "Failā vajadzīga kolonna purchase.amount (amount) vai amount-minor"
            case .needsName: return "Failā vajadzīga kolonna name"
            case .needsLanguage: return "Failā vajadzīga kolonna experience.language (language) vai noklusējuma valoda profilā"
            case .orderAndReference: return "Norādiet vai nu order_id, vai purchase.reference, ne abus"
            case .tooManyCells(let has, let columns): return "Rindā ir šūnu: \(has), bet galvenē nosaukto kolonnu: \(columns)"
            case .referenceAgain(let first): return "Numurs izmantots atkārtoti (pirmoreiz \(first). rindā)"
            case .orderAndNameAgain(let first): return "Tas pats pasūtījums un nosaukums izmantoti atkārtoti (pirmoreiz \(first). rindā)"
            case .headerOnly: return "Failā ir galvene, bet nav rindu"
            case .historyUnreadable(let why): return "Vēsturi nevar nolasīt, tāpēc nekas netika nosūtīts: \(why)"
            case .earlierStillUnknown: return "Iepriekšējā mēģinājuma iznākums joprojām nav zināms; tas netika sūtīts vēlreiz. Vēlāk palaidiet failu vēlreiz."
            }
        case .batchBusy: return "šajā vēsturē jau darbojas cita paylink pakete; pagaidiet, līdz tā beigsies."
        case .batchHeaderBroken: return "Faila galvenē ir kļūdas; nekas netika nosūtīts."
        case .profilesColumn(let column):
            switch column {
            case .name: return "NOSAUKUMS"
            case .kind: return "VEIDS"
            case .client: return "KLIENTS"
            case .api: return "API"
            }
        case .builtIn: return "iebūvētā"
        case .orderStatus(let status):
            switch status {
            case "pending_payment": return "gaida apmaksu"
            case "paid": return "apmaksāts"
            case "refunded": return "atmaksāts"
            case "canceled": return "atcelts"
            case "closed": return "slēgts"
            default: return status
            }
        case .orderNotShown: return "šī API pasūtījumus nerāda"
        case .someFieldsNeedAttention: return "Dažus laukus nepieciešams labot."
        case .noSuchLink(let detail): return "API nezina maksājuma saiti ar šo ID (\(detail))"
        case .changeNoUsableAnswer(let detail):
            return "Par grozījumu netika saņemta izmantojama atbilde: tas var būt veikts vai arī nē. "
                + "Palaidiet `paylink show ID --refresh`, lai redzētu saiti. (\(detail))"
        case .attemptNotRecorded(let why): return "Vēsturē neizdevās ierakstīt mēģinājumu, tāpēc nekas netika nosūtīts: \(why)"
        case .orderIDNotRecorded(let why): return "Vēsturē neizdevās ierakstīt jaunā pasūtījuma ID, tāpēc saite netika nosūtīta: \(why)"
        case .orphanOrder(let reference):
            return "Iepriekšējs mēģinājums izveidoja pasūtījumu \(reference), taču tika apturēts, pirms nolasīja pasūtījuma ID, un API "
                + "nevar atrast pasūtījumu pēc tā numura. Ierakstiet pasūtījuma ID no Paysera paneļa laukā „\(label(.orderID))“ "
                + "(--order-id) numura vietā un sūtiet vēlreiz."
        }
    }

    static func made(_ what: Made) -> String {
        switch what {
        case .order: "pasūtījumu"
        case .paymentLink: "maksājuma saiti"
        case .change: "grozījumu"
        }
    }

    static func secretProblem(_ problem: SecretCommandProblem) -> String {
        switch problem {
        case .notStarted(let why): "to neizdevās palaist (\(why))"
        case .signal(let n): "to apturēja signāls \(n)"
        case .exitStatus(let n): "tas beidzās ar kļūdu, izejas kods \(n)"
        case .notUTF8: "tas izvadīja tekstu, kas nav UTF-8"
        case .printedNothing: "tas neko neizvadīja"
        }
    }

    static func configProblem(_ problem: ConfigProblem) -> String {
        let kind = { (kind: ConfigValueKind) in
            switch kind {
            case .list: "saraksts"
            case .group: "`nosaukums: vērtība` iestatījumu grupa"
            case .text: "teksts"
            }
        }
        switch problem {
        case .yaml(let words): return words
        case .notYAML: return "tas nav derīgs YAML"
        case .notSettings: return "to nevarēja nolasīt kā iestatījumus"
        case .settingTwice(let names): return "iestatījums \(names) norādīts divreiz"
        case .notSettingsList: return "jābūt iestatījumu sarakstam (rindas `nosaukums: vērtība`)"
        case .shouldBe(let k): return "gaidīts \(kind(k))"
        case .shouldNotBeEmpty(let k): return "gaidīts \(kind(k)), nevis tukša vērtība"
        case .missing: return "nav norādīts"
        case .unreadableValue: return "vērtību nevar nolasīt"
        case .unreadable: return "nevarēja nolasīt"
        case .notWebAddress: return "gaidīta http:// vai https:// adrese, piemēram, https://api.paysera.com"
        case .bothSecrets: return "ir gan client_secret, gan client_secret_command; atstājiet tikai vienu"
        }
    }

    static let apiWords = CheckoutWords(
        refused: { tag, detail in "API noraidīja pieprasījumu\(tag): \(detail)" },
        server: { tag, detail, wait in
            "API servera kļūda\(tag): \(detail)." + (wait.map { " Tas lūdza pagaidīt \($0) s pirms atkārtošanas." } ?? "")
        },
        unknownTail: ". Pieprasījums var būt izpildīts vai arī nē; pārbaudiet, pirms mēģināt vēlreiz.",
        notSentTail: ". Uz API nekas netika nosūtīts.",
        unusable: { tag, detail in "API atbildi\(tag) nevarēja izmantot: \(detail)" },
        noToken: "Nav piekļuves pilnvaras: ",
        reason: { reason in
            let at = { (place: String?) in place.map { " adresē \($0)" } ?? "" }
            switch reason {
            case .couldNotConnect(let place, let why): return "Neizdevās savienoties ar API\(at(place)) (\(why))"
            case .connectTimedOut(let place, let seconds): return "Neizdevās savienoties ar API\(at(place)) \(seconds) laikā"
            case .cancelled(let sent): return sent ? "Pieprasījums tika atcelts, gaidot API atbildi" : "Pieprasījums tika atcelts pirms nosūtīšanas"
            case .noAnswer(let seconds): return "API neatbildēja \(seconds) laikā"
            case .connectionBroke(let why): return "Savienojums ar API pārtrūka, pirms pienāca atbilde (\(why))"
            }
        })
}
