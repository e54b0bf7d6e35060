import PayseraCheckout

extension Lithuanian {
    static func notice(_ message: NoticeMessage) -> String {
        switch message {
        case .configUnreadable(let path, let reason): return "Nepavyko perskaityti \(path): \(reason)"
        case .configProblem(let path, let line, let column, let subject, let problem):
            let place = switch (line, column) {
            case (let line?, let column?): ", \(line) eilutė, \(column) stulpelis"
            case (let line?, nil): ", \(line) eilutė"
            default: ""
            }
            let said = switch subject {
            case .none: ""
            case .file: "failas "
            case .setting(let name): name + " "
            }
            return "\(path)\(place): \(said)" + configProblem(problem)
        case .configMissing(let profile, let setting, let path):
            let (name, hint) = switch setting {
            case .baseURL: ("base_url", "Nurodykite profiles.\(profile).base_url (pvz., https://api.paysera.com) arba PAYLINK_BASE_URL.")
            case .clientID: ("client_id", "Nurodykite profiles.\(profile).client_id arba PAYSERA_CLIENT_ID.")
            case .clientSecret:
                ("kliento slaptažodžio", "Nurodykite profiles.\(profile).client_secret_command (pvz., „pass show paysera/\(profile)“), "
                    + "profiles.\(profile).client_secret arba PAYSERA_CLIENT_SECRET.")
            }
            return "Profilyje „\(profile)“ nėra \(name) (\(path)). \(hint)"
        case .configSecretCommand(let profile, let command, let reason):
            return "Profilio „\(profile)“ client_secret_command (\(command)) nepateikė slaptažodžio: \(secretProblem(reason))."
        case .configUnknownSetting(let line, let setting, let suggestion):
            return (line.map { "\($0) eilutė: " } ?? "") + "nežinomas nustatymas \(setting) nepaisomas"
                + (suggestion.map { " (gal norėjote \($0)?)" } ?? "")
        case .sandboxNotStarted(let why): return "įtaisytoji smėliadėžė nepasileido: \(why)"
        case .sandboxMoved(let port, let url): return "prievadas \(port) užimtas; šį kartą smėliadėžė veikia adresu \(url)"
        case .serverProgram(let problem):
            switch problem {
            case .notFound(let program, let folder):
                return "\(program) nėra nei \(folder.map { "aplanke \($0)" } ?? "paylink aplanke"), nei PATH; įdiekite jį šalia paylink"
            case .notStarted(let program, let why): return "\(program) paleisti nepavyko: \(why)"
            case .silent(let program): return "\(program) baigė darbą nepasakęs, kur laukia ryšio"
            case .noPipe(let why): return "nepavyko sukurti kanalo: \(why)"
            }
        case .tillNameRule: return "kasos pavadinimas – nuo 1 iki 40 raidžių, skaitmenų, taškų, brūkšnelių ar pabraukimų, pvz., counter-2"
        case .notAvailableHere(let what):
            switch what {
            case .canceling: return "Nuorodų atšaukti čia negalima"
            case .changing: return "Nuorodų keisti čia negalima"
            case .refunds: return "Grąžinti pinigų čia negalima"
            case .syncing: return "Suderinti čia negalima"
            case .batches: return "Paketų čia nėra"
            case .switchingProfiles: return "Perjungti profilių čia negalima"
            }
        case .unknownTerminal(let term): return "nežinomas terminalo tipas „\(term)“; bandykite --plain"
        case .historyCannotOpen(let path, let why): return "istorijos \(path) atverti nepavyko: \(why)"
        case .api(let error): return error.said(in: apiWords)
        case .apiRefusedFields(let what, let lines): return "API atmetė \(made(what)): \(lines)"
        case .noUsableAnswer(let what, let detail):
            return "Tinkamo atsakymo dėl \(madeOf(what)) negauta: \(madeIt(what)) gal yra, o gal ne, ir \(madeIt(what)) dar kartą nesiųsta. "
                + "Paleiskite `paylink reconcile`, kad sužinotumėte. (\(detail))"
        case .linkListUnreadable(let why, let readBefore):
            return "API nuorodų sąrašo perskaityti nepavyko: \(why) "
                + (readBefore ? "Tai, kas perskaityta anksčiau, išsaugota." : "Istorija nepakeista.")
        case .refundNoLink(let id): return "Šiame projekte nuorodos \(id) nėra."
        case .refundNoOrder(let id): return "Nuoroda \(id) neturi užsakymo, todėl nėra ką grąžinti."
        case .refundOrderUnreadable(let why): return "Užsakymo perskaityti nepavyko, todėl niekas negrąžinta: \(why)"
        case .refundCurrencyUnknown: return "Nuorodos valiuta nežinoma, todėl niekas negrąžinta."
        case .refundNoUsableAnswer(let detail):
            return "Tinkamo atsakymo dėl grąžinimo negauta: jis gal atliktas, o gal ne, ir dar kartą nesiųstas. "
                + "Paleiskite tą pačią komandą dar kartą arba `paylink reconcile`, kad sužinotumėte. (\(detail))"
        case .nothingPaidToRefund: return "Šios nuorodos užsakymui nieko nesumokėta, todėl nėra ką grąžinti"
        case .refundNotRecorded(let why): return "Istorija negalėjo užrašyti grąžinimo, todėl niekas neišsiųsta: \(why)"
        case .refundNoID: return "Istorija grąžinimui nesuteikė ID; niekas neišsiųsta."
        case .historyNotUpdated(let why): return "Istorijos atnaujinti nepavyko: \(why)"
        case .sandboxRefusedPayment(let status): return "Smėliadėžė mokėjimą atmetė (\(status))."
        case .batchFile(let problem):
            switch problem {
            case .inputNotKept(let path): return "Nepavyko išsaugoti standartinės įvesties faile \(path)"
            case .inputUnreadable(let why): return "Nepavyko perskaityti standartinės įvesties: \(why)"
            case .noSuchFile(let path): return "\(path): tokio failo nėra"
            case .folder(let path): return "\(path) yra aplankas, o ne CSV failas"
            case .notPermitted(let path): return "\(path) skaityti neleidžiama (teisės)"
            case .cannotOpen(let path): return "\(path) atverti nepavyko"
            case .wideText: return "Failas yra UTF-16 arba UTF-32 tekstas; išsaugokite jį kaip „CSV UTF-8“"
            case .unreadable(let why): return "Failo perskaityti nepavyko: \(why)"
            case .empty: return "Failas tuščias; pirmoji jo eilutė turi įvardyti stulpelius"
            case .rowUnreadable(let row, let why): return "eilutė \(row): failo perskaityti nepavyko: \(why)"
            case .notUTF8(let row):
                return "eilutė \(row): failas nėra UTF-8 tekstas (skaičiuoklės „CSV“ Windows-1257 ar Latin-1 koduote arba visai ne tekstas); "
                    + "išsaugokite jį kaip „CSV UTF-8“"
            case .historyUnreadable(let why): return "Istorijos perskaityti nepavyko: \(why)"
            case .resultNoFolder(let path): return "--output: šalia \(path) rašyti negalima"
            case .resultNotWritten(let path, let why): return "--output: nepavyko įrašyti \(path): \(why)"
            }
        case .batchSheet(let problem):
            switch problem {
            case .noKnownColumn:
                return "Pirmoji eilutė turi įvardyti stulpelius (purchase.reference arba order_id, purchase.amount, "
                    + "name …); nė vienas jos langelis nėra paylink žinomas stulpelis"
            case .unknownColumn(let column):
                return "Stulpelis \(column) nėra paylink žinomas laukas; stulpelius vadinkite API keliais su taškais "
                    + "(purchase.amount, payer_information.email …) arba create parinktimis (amount, payer-email …)"
            case .columnTwice: return "Šis stulpelis pasikartoja"
            case .needsReference: return "Faile reikia purchase.reference (reference) arba order_id (order-id) stulpelio"
            case .needsAmount: return "Faile reikia purchase.amount (amount) arba amount-minor stulpelio"
            case .needsName: return "Faile reikia name stulpelio"
            case .needsLanguage: return "Faile reikia experience.language (language) stulpelio arba numatytosios kalbos profilyje"
            case .orderAndReference: return "Nurodykite arba order_id, arba purchase.reference, ne abu"
            case .tooManyCells(let has, let columns): return "Eilutėje langelių: \(has), o antraštėje stulpelių: \(columns)"
            case .referenceAgain(let first): return "Užsakymo numeris pakartotas (pirmą kartą \(first) eilutėje)"
            case .orderAndNameAgain(let first): return "Tas pats užsakymas ir pavadinimas pakartoti (pirmą kartą \(first) eilutėje)"
            case .headerOnly: return "Faile yra antraštė, bet nėra eilučių"
            case .historyUnreadable(let why): return "Istorijos perskaityti nepavyko, todėl niekas neišsiųsta: \(why)"
            case .earlierStillUnknown: return "Ankstesnio bandymo baigtis vis dar neaiški; jis dar kartą nesiųstas. Vėliau paleiskite failą dar kartą."
            }
        case .batchBusy: return "šioje istorijoje jau vykdomas kitas paylink paketas; palaukite, kol jis baigsis."
        case .batchHeaderBroken: return "Failo antraštėje yra klaidų; niekas neišsiųsta."
        case .profilesColumn(let column):
            switch column {
            case .name: return "PAVADINIMAS"
            case .kind: return "RŪŠIS"
            case .client: return "KLIENTAS"
            case .api: return "API"
            }
        case .builtIn: return "įtaisytoji"
        case .orderStatus(let status):
            switch status {
            case "pending_payment": return "laukia apmokėjimo"
            case "paid": return "apmokėtas"
            case "refunded": return "grąžintas"
            case "canceled": return "atšauktas"
            case "closed": return "uždarytas"
            default: return status
            }
        case .orderNotShown: return "šis API užsakymų nerodo"
        case .someFieldsNeedAttention: return "Kai kuriuos laukus reikia pataisyti."
        case .noSuchLink(let detail): return "API nežino mokėjimo nuorodos su šiuo ID (\(detail))"
        case .changeNoUsableAnswer(let detail):
            return "Tinkamo atsakymo dėl pakeitimo negauta: jis gal atliktas, o gal ne. "
                + "Paleiskite `paylink show ID --refresh`, kad pamatytumėte nuorodą. (\(detail))"
        case .attemptNotRecorded(let why): return "Istorija negalėjo užrašyti bandymo, todėl niekas neišsiųsta: \(why)"
        case .orderIDNotRecorded(let why): return "Istorija negalėjo užrašyti naujo užsakymo ID, todėl nuoroda neišsiųsta: \(why)"
        case .orphanOrder(let reference):
            return "Ankstesnis bandymas sukūrė užsakymą \(reference), bet buvo sustabdytas, kol dar neperskaitė užsakymo ID, o API "
                + "užsakymo pagal jo numerį neranda. Įrašykite užsakymo ID iš Paysera savitarnos į lauką „\(label(.orderID))“ "
                + "(--order-id) vietoj numerio ir siųskite dar kartą."
        }
    }

    /// What was made, as the object of "atmetė".
    static func made(_ what: Made) -> String {
        switch what {
        case .order: "užsakymą"
        case .paymentLink: "mokėjimo nuorodą"
        case .change: "pakeitimą"
        }
    }

    /// What was made, after "dėl".
    static func madeOf(_ what: Made) -> String {
        switch what {
        case .order: "užsakymo"
        case .paymentLink: "mokėjimo nuorodos"
        case .change: "pakeitimo"
        }
    }

    /// What was made, as the subject.
    static func madeIt(_ what: Made) -> String {
        switch what {
        case .order: "užsakymas"
        case .paymentLink: "nuoroda"
        case .change: "pakeitimas"
        }
    }

    static func secretProblem(_ problem: SecretCommandProblem) -> String {
        switch problem {
        case .notStarted(let why): "nepavyko paleisti (\(why))"
        case .signal(let n): "sustabdyta signalu \(n)"
        case .exitStatus(let n): "baigėsi klaida, išėjimo kodas \(n)"
        case .notUTF8: "išvedė ne UTF-8 tekstą"
        case .printedNothing: "nieko neišvedė"
        }
    }

    static func configProblem(_ problem: ConfigProblem) -> String {
        let kind = { (kind: ConfigValueKind) in
            switch kind {
            case .list: "sąrašas"
            case .group: "`pavadinimas: reikšmė` nustatymų grupė"
            case .text: "tekstas"
            }
        }
        switch problem {
        case .yaml(let words): return words
        case .notYAML: return "nėra tinkamas YAML"
        case .notSettings: return "nepavyko perskaityti kaip nustatymų"
        case .settingTwice(let names): return "nustatymas \(names) nurodytas du kartus"
        case .notSettingsList: return "turėtų būti nustatymų sąrašas (eilutės `pavadinimas: reikšmė`)"
        case .shouldBe(let k): return "turėtų būti \(kind(k))"
        case .shouldNotBeEmpty(let k): return "turėtų būti \(kind(k)), o ne tuščia reikšmė"
        case .missing: return "nenurodytas"
        case .unreadableValue: return "turi reikšmę, kurios nepavyksta perskaityti"
        case .unreadable: return "nepavyko perskaityti"
        case .notWebAddress: return "turėtų būti http:// arba https:// adresas, pvz., https://api.paysera.com"
        case .bothSecrets: return "turi ir client_secret, ir client_secret_command; palikite tik vieną"
        }
    }

    static let apiWords = CheckoutWords(
        refused: { tag, detail in "API atmetė užklausą\(tag): \(detail)" },
        server: { tag, detail, wait in
            "API serverio klaida\(tag): \(detail)." + (wait.map { " Prašyta palaukti \($0) s prieš bandant dar kartą." } ?? "")
        },
        unknownTail: ". Užklausa galėjo būti įvykdyta, o galėjo ir ne; patikrinkite prieš bandydami dar kartą.",
        notSentTail: ". Į API nieko neišsiųsta.",
        unusable: { tag, detail in "API atsakymo\(tag) nepavyko panaudoti: \(detail)" },
        noToken: "Negautas prieigos žetonas: ",
        reason: { reason in
            let at = { (place: String?) in place.map { " adresu \($0)" } ?? "" }
            switch reason {
            case .couldNotConnect(let place, let why): return "Nepavyko prisijungti prie API\(at(place)) (\(why))"
            case .connectTimedOut(let place, let seconds): return "Nepavyko prisijungti prie API\(at(place)) per \(seconds)"
            case .cancelled(let sent): return sent ? "Užklausa atšaukta laukiant API atsakymo" : "Užklausa atšaukta prieš ją išsiunčiant"
            case .noAnswer(let seconds): return "API neatsakė per \(seconds)"
            case .connectionBroke(let why): return "Ryšys su API nutrūko, kol dar nebuvo atsakymo (\(why))"
            }
        })
}
