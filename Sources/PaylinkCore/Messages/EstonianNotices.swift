import PayseraCheckout

extension Estonian {
    static func notice(_ message: NoticeMessage) -> String {
        switch message {
        case .configUnreadable(let path, let reason): return "Faili \(path) ei saanud lugeda: \(reason)"
        case .configProblem(let path, let line, let column, let subject, let problem):
            let place = switch (line, column) {
            case (let line?, let column?): ", rida \(line), veerg \(column)"
            case (let line?, nil): ", rida \(line)"
            default: ""
            }
            let said = switch subject {
            case .none: ""
            case .file: "fail: "
            case .setting(let name): name + ": "
            }
            return "\(path)\(place): \(said)" + configProblem(problem)
        case .configMissing(let profile, let setting, let path):
            let (name, hint) = switch setting {
            case .baseURL: ("base_url", "Määrake profiles.\(profile).base_url (nt https://api.paysera.com) või PAYLINK_BASE_URL.")
            case .clientID: ("client_id", "Määrake profiles.\(profile).client_id või PAYSERA_CLIENT_ID.")
            case .clientSecret:
                ("kliendi salasõna", "Määrake profiles.\(profile).client_secret_command (nt „pass show paysera/\(profile)“), "
                    + "profiles.\(profile).client_secret või PAYSERA_CLIENT_SECRET.")
            }
            return "Profiilil „\(profile)“ puudub \(name) (\(path)). \(hint)"
        case .configSecretCommand(let profile, let command, let reason):
            return "Profiili „\(profile)“ client_secret_command (\(command)) ei andnud salasõna: \(secretProblem(reason))."
        case .configUnknownSetting(let line, let setting, let suggestion):
            return (line.map { "rida \($0): " } ?? "") + "tundmatu seade \(setting) jäetakse arvestamata"
                + (suggestion.map { " (kas mõtlesite \($0)?)" } ?? "")
        case .sandboxNotStarted(let why): return "sisseehitatud liivakast ei käivitunud: \(why)"
        case .sandboxMoved(let port, let url): return "port \(port) on hõivatud; liivakast töötab seekord aadressil \(url)"
        case .serverProgram(let problem):
            switch problem {
            case .notFound(let program, let folder):
                return "\(program) ei ole \(folder.map { "kaustas \($0)" } ?? "paylinki kaustas") ega PATH-is; paigaldage see paylinki kõrvale"
            case .notStarted(let program, let why): return "\(program) ei saanud käivitada: \(why)"
            case .silent(let program): return "\(program) lõpetas, ütlemata, kus see kuulab"
            case .noPipe(let why): return "toru ei saanud luua: \(why)"
            }
        case .tillNameRule: return "kassa nimes on 1 kuni 40 tähte, numbrit, punkti, sidekriipsu või alakriipsu, näiteks counter-2"
        case .notAvailableHere(let what):
            switch what {
            case .canceling: return "Linke ei saa siin tühistada"
            case .changing: return "Linke ei saa siin muuta"
            case .refunds: return "Tagasimakseid siin teha ei saa"
            case .syncing: return "Siin ei saa sünkroonida"
            case .batches: return "Partiisid siin pole"
            case .switchingProfiles: return "Profiili ei saa siin vahetada"
            }
        case .unknownTerminal(let term): return "tundmatu terminali tüüp „\(term)“; proovige --plain"
        case .historyCannotOpen(let path, let why): return "ajalugu \(path) ei saa avada: \(why)"
        case .api(let error): return error.said(in: apiWords)
        case .apiRefusedFields(let what, let lines): return "API lükkas tagasi \(made(what)): \(lines)"
        case .noUsableAnswer(let what, let detail):
            return "\(made(what).prefix(1).uppercased() + made(what).dropFirst()) kohta ei tulnud kasutatavat vastust: see võib olla tehtud või mitte, ja seda uuesti ei saadetud. "
                + "Käivitage `paylink reconcile`, et teada saada. (\(detail))"
        case .linkListUnreadable(let why, let readBefore):
            return "API linkide loendit ei saanud lugeda: \(why) "
                + (readBefore ? "Varem loetu on alles." : "Ajalugu ei muudetud.")
        case .refundNoLink(let id): return "Selles projektis pole linki \(id)."
        case .refundNoOrder(let id): return "Lingil \(id) pole tellimust, seega pole midagi tagastada."
        case .refundOrderUnreadable(let why): return "Tellimust ei saanud lugeda, seega midagi ei tagastatud: \(why)"
        case .refundCurrencyUnknown: return "Lingi valuuta pole teada, seega midagi ei tagastatud."
        case .refundNoUsableAnswer(let detail):
            return "Tagasimakse kohta ei tulnud kasutatavat vastust: see võib olla tehtud või mitte, ja seda uuesti ei saadetud. "
                + "Käivitage sama käsk uuesti või `paylink reconcile`, et teada saada. (\(detail))"
        case .nothingPaidToRefund: return "Selle lingi tellimuse eest pole midagi makstud, seega pole midagi tagastada"
        case .refundNotRecorded(let why): return "Ajalugu ei saanud tagasimakset kirja panna, seega midagi ei saadetud: \(why)"
        case .refundNoID: return "Ajalugu ei andnud tagasimaksele ID-d; midagi ei saadetud."
        case .historyNotUpdated(let why): return "Ajalugu ei saanud uuendada: \(why)"
        case .sandboxRefusedPayment(let status): return "Liivakast keeldus maksest (\(status))."
        case .batchFile(let problem):
            switch problem {
            case .inputNotKept(let path): return "Standardsisendit ei saanud faili \(path) salvestada"
            case .inputUnreadable(let why): return "Standardsisendit ei saanud lugeda: \(why)"
            case .noSuchFile(let path): return "\(path): sellist faili pole"
            case .folder(let path): return "\(path) on kaust, mitte CSV-fail"
            case .notPermitted(let path): return "\(path) ei saa lugeda (õigused)"
            case .cannotOpen(let path): return "\(path) ei saa avada"
            case .wideText: return "Fail on UTF-16 või UTF-32 tekst; salvestage see kui „CSV UTF-8“"
            case .unreadable(let why): return "Faili ei saa lugeda: \(why)"
            case .empty: return "Fail on tühi; selle esimene rida peab veerud nimetama"
            case .rowUnreadable(let row, let why): return "rida \(row): faili ei saa lugeda: \(why)"
            case .notUTF8(let row):
                return "rida \(row): fail ei ole UTF-8 tekst (arvutustabeli „CSV“ Windows-1257 või Latin-1 kodeeringus või üldse mitte tekst); "
                    + "salvestage see kui „CSV UTF-8“"
            case .historyUnreadable(let why): return "Ajalugu ei saa lugeda: \(why)"
            case .resultNoFolder(let path): return "--output: faili \(path) kõrvale ei saa kirjutada"
            case .resultNotWritten(let path, let why): return "--output: faili \(path) ei saa kirjutada: \(why)"
            }
        case .batchSheet(let problem):
            switch problem {
            case .noKnownColumn:
                return "Esimene rida peab veerud nimetama (purchase.reference või order_id, purchase.amount, "
                    + "name …); ükski selle lahter pole paylinkile tuttav veerg"
            case .unknownColumn(let column):
                return "Veerg \(column) pole paylinkile tuttav väli; nimetage veerud API punktidega radade "
                    + "(purchase.amount, payer_information.email …) või create'i võtmete (amount, payer-email …) järgi"
            case .columnTwice: return "See veerg esineb mitu korda"
            case .needsReference: return "Failis on vaja veergu purchase.reference (reference) või order_id (order-id)"
            case .needsAmount: return "Failis on vaja veergu purchase.amount (amount) või amount-minor"
            case .needsName: return "Failis on vaja veergu name"
            case .needsLanguage: return "Failis on vaja veergu experience.language (language) või vaikekeelt profiilis"
            case .orderAndReference: return "Andke kas order_id või purchase.reference, mitte mõlemat"
            case .tooManyCells(let has, let columns): return "Real on lahtreid \(has), kuid päises on veerge \(columns)"
            case .referenceAgain(let first): return "Viidet kasutatakse uuesti (esimest korda real \(first))"
            case .orderAndNameAgain(let first): return "Sama tellimust ja nime kasutatakse uuesti (esimest korda real \(first))"
            case .headerOnly: return "Failis on päis, kuid ridu pole"
            case .historyUnreadable(let why): return "Ajalugu ei saa lugeda, seega midagi ei saadetud: \(why)"
            case .earlierStillUnknown: return "Varasema katse tulemus on endiselt teadmata; seda uuesti ei saadetud. Käivitage fail hiljem uuesti."
            }
        case .batchBusy: return "selle ajalooga töötab juba teine paylinki partii; oodake, kuni see lõpeb."
        case .batchHeaderBroken: return "Faili päises on vigu; midagi ei saadetud."
        case .profilesColumn(let column):
            switch column {
            case .name: return "NIMI"
            case .kind: return "LIIK"
            case .client: return "KLIENT"
            case .api: return "API"
            }
        case .builtIn: return "sisseehitatud"
        case .orderStatus(let status):
            switch status {
            case "pending_payment": return "ootab makset"
            case "paid": return "makstud"
            case "refunded": return "tagastatud"
            case "canceled": return "tühistatud"
            case "closed": return "suletud"
            default: return status
            }
        case .orderNotShown: return "see API tellimusi ei näita"
        case .someFieldsNeedAttention: return "Mõni väli vajab parandamist."
        case .noSuchLink(let detail): return "API ei tea selle ID-ga makselinki (\(detail))"
        case .changeNoUsableAnswer(let detail):
            return "Muudatuse kohta ei tulnud kasutatavat vastust: see võib olla tehtud või mitte. "
                + "Käivitage `paylink show ID --refresh`, et linki näha. (\(detail))"
        case .attemptNotRecorded(let why): return "Ajalugu ei saanud katset kirja panna, seega midagi ei saadetud: \(why)"
        case .orderIDNotRecorded(let why): return "Ajalugu ei saanud uue tellimuse ID-d kirja panna, seega linki ei saadetud: \(why)"
        case .orphanOrder(let reference):
            return "Varasem katse lõi tellimuse \(reference), kuid peatati enne, kui see tellimuse ID luges, ja API ei leia "
                + "tellimust viite järgi. Kirjutage tellimuse ID Paysera töölaualt viite asemel väljale „\(label(.orderID))“ "
                + "(--order-id) ja saatke uuesti."
        }
    }

    static func made(_ what: Made) -> String {
        switch what {
        case .order: "tellimuse"
        case .paymentLink: "makselingi"
        case .change: "muudatuse"
        }
    }

    static func secretProblem(_ problem: SecretCommandProblem) -> String {
        switch problem {
        case .notStarted(let why): "seda ei saanud käivitada (\(why))"
        case .signal(let n): "selle peatas signaal \(n)"
        case .exitStatus(let n): "see lõppes veaga, väljumiskood \(n)"
        case .notUTF8: "see väljastas teksti, mis pole UTF-8"
        case .printedNothing: "see ei väljastanud midagi"
        }
    }

    static func configProblem(_ problem: ConfigProblem) -> String {
        let kind = { (kind: ConfigValueKind) in
            switch kind {
            case .list: "loend"
            case .group: "`nimi: väärtus` seadete rühm"
            case .text: "tekst"
            }
        }
        switch problem {
        case .yaml(let words): return words
        case .notYAML: return "see ei ole korrektne YAML"
        case .notSettings: return "seda ei saanud seadetena lugeda"
        case .settingTwice(let names): return "seade \(names) esineb kaks korda"
        case .notSettingsList: return "oodati seadete loendit (read kujul `nimi: väärtus`)"
        case .shouldBe(let k): return "oodati: \(kind(k))"
        case .shouldNotBeEmpty(let k): return "oodati: \(kind(k)), mitte tühi väärtus"
        case .missing: return "puudub"
        case .unreadableValue: return "väärtust ei saa lugeda"
        case .unreadable: return "ei saanud lugeda"
        case .notWebAddress: return "oodati http:// või https:// aadressi, näiteks https://api.paysera.com"
        case .bothSecrets: return "sisaldab nii client_secret kui ka client_secret_command; jätke alles üks"
        }
    }

    static let apiWords = CheckoutWords(
        refused: { tag, detail in "API keeldus päringust\(tag): \(detail)" },
        server: { tag, detail, wait in
            "API serveri viga\(tag): \(detail)." + (wait.map { " See palus oodata \($0) s enne uut katset." } ?? "")
        },
        unknownTail: ". Päring võis olla täidetud või mitte; kontrollige enne uut katset.",
        notSentTail: ". API-le ei saadetud midagi.",
        unusable: { tag, detail in "API vastust\(tag) ei saanud kasutada: \(detail)" },
        noToken: "Juurdepääsuluba puudub: ",
        reason: { reason in
            let at = { (place: String?) in place.map { " aadressil \($0)" } ?? "" }
            switch reason {
            case .couldNotConnect(let place, let why): return "API-ga\(at(place)) ei saanud ühendust (\(why))"
            case .connectTimedOut(let place, let seconds): return "API-ga\(at(place)) ei saanud ühendust \(seconds) jooksul"
            case .cancelled(let sent): return sent ? "Päring tühistati API vastust oodates" : "Päring tühistati enne saatmist"
            case .noAnswer(let seconds): return "API ei vastanud \(seconds) jooksul"
            case .connectionBroke(let why): return "Ühendus API-ga katkes enne vastust (\(why))"
            }
        })
}
