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
            return "Profiili „\(profile)“ client_secret_command (\(command)) ei andnud salasõna: \(reason)."
        case .configUnknownSetting(let line, let setting, let suggestion):
            return (line.map { "rida \($0): " } ?? "") + "tundmatu seade \(setting) jäetakse arvestamata"
                + (suggestion.map { " (kas mõtlesite \($0)?)" } ?? "")
        case .sandboxNotStarted(let why): return "sisseehitatud liivakast ei käivitunud: \(why)"
        case .sandboxMoved(let port, let url): return "port \(port) on hõivatud; liivakast töötab seekord aadressil \(url)"
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
