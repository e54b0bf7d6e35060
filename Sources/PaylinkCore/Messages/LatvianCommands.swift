// NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
extension Latvian {
    static func command(_ message: CommandMessage) -> String {
        switch message {
        case .showLabel(let label):
            switch label {
            case .link: return "Saite"
            case .order: return "Pasūtījums"
            case .name: return "Nosaukums"
            case .amount: return "Summa"
            case .status: return "Statuss"
            case .expires: return "Derīga"
            case .url: return "URL"
            case .payer: return "Maksātājs"
            case .email: return "E-pasts"
            case .theOrder: return "Pasūtījums"
            case .reference: return "Pasūtījuma nr."
            case .paid: return "Samaksāts"
            case .links: return "Saites"
            case .note: return "Piezīme"
            }
        case .listStatus(let status):
            switch status {
            case "active": return "aktīva"
            case "completed": return "samaksāta"
            case "expired": return "beigusies"
            case "canceled": return "atcelta"
            case "sending": return "sūta"
            case "created": return "izveidota"
            case "refused": return "noraidīta"
            case "outcome unknown": return "iznākums nezināms"
            case "not created": return "nav izveidota"
            default: return status
            }
        case .batchRows(let rows, let valid, let invalid, let total):
            return "\(count(rows, "rindu", "rinda", "rindas")): derīgas \(valid), nederīgas \(invalid)"
                + (total.map { "; kopā \($0)" } ?? "")
        case .batchNothingSent(let summary, let fixRows):
            return "nekas netika nosūtīts. \(summary)."
                + (fixRows ? " Izlabojiet rindas vai nosūtiet derīgās ar --skip-invalid." : "")
        case .batchOrphans(let n):
            return "\(count(n, "rindu", "rinda", "rindas")), kuru pasūtījumu izveidoja iepriekšēja palaišana, bet atbilde netika nolasīta; "
                + "rezultātu faila kļūdu kolonnā katrai rakstīts, kas jādara."
        case .batchUnknown(let n):
            return "\(count(n, "rindu", "rinda", "rindas")) ar nezināmu iznākumu; vēlāk palaidiet failu vēlreiz, lai tās noskaidrotu (nekas netiek nosūtīts divreiz)."
        case .batchNotSent(let n):
            return "Kļūmes dēļ šajā pusē netika nosūtītas rindas: \(n); palaidiet failu vēlreiz, lai tās nosūtītu."
        case .batchSettling(let n): return "noskaidro \(count(n, "rindu", "rindu", "rindas")), kuru atbilde pazuda"
        case .upgradeStepName(let what):
            switch what {
            case .searchIndex: return "meklēšanas indekss"
            case .listOrder: return "saraksta secība"
            case .batchColumns: return "paketes kolonnas"
            case .creatorsAndSearchIndex: return "kas izveidoja katru saiti, un meklēšanas indekss"
            case .callbackReceipts: return "atzvanu kvītis"
            case .linkProjects: return "katras saites projekts"
            case .searchWithinProject: return "meklēšana projektā"
            case .searchIndexByProject: return "meklēšanas indekss pa projektiem"
            case .refunds: return "atmaksas"
            case .customerDisplays: return "klientu ekrāni"
            case .takingsIndexOfPayments: return "ieņēmumu indekss: maksājumi"
            case .takingsIndexOfLinksMade: return "ieņēmumu indekss: izveidotās saites"
            case .takingsIndexOfExpiries: return "ieņēmumu indekss: beigušās saites"
            case .fillingSearchIndex: return "aizpilda meklēšanas indeksu"
            case .unnamed: return "faila izmaiņa"
            }
        case .upgradeStep(let number, let count, let what): return "\(number). solis no \(count): \(what)…"
        case .upgradeBegins(let links, let steps):
            return "vēstures failu (saites: \(links)) izveidoja iepriekšēja versija; to atjaunina "
                + "\(steps == 1 ? "vienā solī" : "\(steps) soļos"). "
                + "Ctrl-C to aptur, un nākamajā palaišanā darbs turpinās no soļa, kurā tas apstājās."
        case .upgradeStepBefore(let seconds): return " (iepriekšējais solis: \(seconds) s)"
        case .upgradeDone(let last, let all): return "vēsture ir atjaunināta (pēdējais solis: \(last) s; kopā: \(all) s)."
        case .nothingToChange: return "nav ko mainīt: norādiet --name, --purpose, --payer-name, --payer-email, --lifetime vai --extend."
        case .changedLink(let id): return "Mainīts \(id)."
        case .refusedNothingChanged(let why): return "\(why) Nekas netika mainīts."
        case .lastDayBeforeFirst: return "pēdējā diena ir pirms --from."
        case .notADay(let text): return "“\(text)” nav diena; rakstiet, piemēram, 2026-12-01, today vai yesterday."
        case .amountAndCurrencyTogether: return "norādiet --amount un --currency kopā."
        case .countryNotISO(let country): return "\(country) nav ISO 3166-1 valsts kods."
        case .couldNotSignIn(let profile, let url, let why): return "profils \(profile) nevarēja pieteikties adresē \(url): \(why)"
        case .sandboxLogUnreadable: return "smilškastes notikumu žurnālu neizdevās nolasīt"
        case .sandboxAnswerUnreadable: return "smilškastes atbildi neizdevās nolasīt"
        case .noWebhookEvents: return "Webhook notikumu nav."
        case .deliveredTo(let event, let url): return "\(event) piegādāts uz \(url): "
        case .displayNoHistory(let path, let till):
            return "\(path) vēl nav vēstures; vispirms palaidiet kasi: paylink --till \(till)"
        case .displayUnknownTill(let till, let path, let tills):
            let known = tills.isEmpty ? "ar to vēl nav strādājusi neviena kase" : "tās kases: " + tills.joined(separator: ", ")
            return "kase “\(till)” nav strādājusi ar vēsturi \(path) (\(known)); "
                + "palaidiet to: paylink --till \(till), vai izvēlieties citu ar --till"
        case .displayNeedsTerminal: return "vajadzīgs terminālis, kas var zīmēt ekrānu"
        case .uiLanguageUnknown(let option): return "--ui-language: “\(option)” nav neviena no en, lt, lv, et, pl"
        case .syncedLinks(let added, let changed, let unchanged, let pages):
            return "Sinhronizēts: jaunas \(added), mainītas \(changed), nemainītas \(unchanged) (lapas: \(pages))."
        case .syncedRefunds(let added, let changed, let orders):
            return "Atmaksas: jaunas \(added), mainītas \(changed) (nolasīti pasūtījumi: \(orders))."
        case .earlierRefundUnknown(let amount, let order):
            return "Iepriekšējās atmaksas (\(amount)) pasūtījumam \(order) iznākums nav zināms, un API to tagad nevar noskaidrot, tāpēc "
                + "šim pasūtījumam cita atmaksa netiek sūtīta. Mēģiniet vēlreiz, kad API atbild, vai pārbaudiet Paysera paneli."
        case .atLeastOne: return "jābūt vismaz 1."
        case .batchOrStatus: return "norādiet vai nu --batch, vai --status, ne abus."
        case .notInHistory(let id): return "\(id) nav šī profila vēsturē (mēģiniet --refresh vai citu --profile)."
        case .jsonOrCSV: return "izvēlieties vienu."
        case .notCurrencyCode(let code): return "“\(code)” nav valūtas kods, piemēram, EUR."
        case .displaySpeaks(let language, let languages): return "“\(language)”: ekrāns runā \(languages)"
        case .parallelRange: return "jābūt no 1 līdz 64."
        case .outputForStandardInput: return "norādiet rezultātu failu, ja rindas nāk no standartievades."
        case .batchDone(let batch, let created, let now, let refused, let unknown, let invalid, let notSent, let stopped, let results):
            return "Pakete \(batch): izveidotas \(created) (tagad \(now), agrāk \(created - now)), "
                + "noraidītas \(refused), nezināmas \(unknown), nederīgas \(invalid)"
                + (notSent > 0 ? ", nenosūtītas \(notSent)" : "") + (stopped ? " (apturēta)" : "") + ". Rezultāti: \(results)"
        case .whoamiLabel(let label):
            switch label {
            case "Profile": return "Profils"
            case "Client": return "Klients"
            case "Project": return "Projekts"
            case "Operator": return "Operators"
            default: return label
            }
        case .profileKind(let live): return live ? "īstais" : "smilškaste"
        case .projectNotInToken: return "žetonā nav norādīts"
        case .historyNeedsTerminal: return "vajadzīgs terminālis; skriptos lietojiet `paylink list`."
        case .eventOrder(let order): return "pasūtījums \(order)"
        case .eventNoCallback: return "(nav callback_url)"
        case .deliveryNoAnswer: return "nav atbildes"
        case .deliveryIn(let what, let milliseconds, let resend):
            return "\(what), \(milliseconds) ms" + (resend ? " (atkārtoti)" : "")
        case .configInsecure(let path, let mode):
            return "\(path) glabā klienta noslēpumu, bet citi lietotāji to var lasīt (tiesības \(mode)). Padariet to privātu: chmod 600 \(path)"
        case .configNoProfile(let name, let requestedBy, let path, let known):
            let list = known.isEmpty ? "tajā nav profilu" : "tajā ir: \(known.joined(separator: ", "))"
            return "Failā \(path) nav profila “\(name)” (to prasa \(requestedBy)); \(list)."
        case .rowPlace(let n): return "rinda \(n)"
        case .reportColumn(let column):
            switch column {
            case .made: return "Izveidotas"
            case .paid: return "Apmaksātas"
            case .paidAmount: return "Apmaksātā summa"
            case .refunded: return "Atmaksāts"
            case .net: return "Neto"
            case .expired: return "Beigušās"
            case .cancelled: return "Atceltas"
            }
        case .reportBy(let group):
            switch group {
            case .operator: return "Pa operatoriem"
            case .day: return "Pa dienām"
            case .hour: return "Pa stundām"
            case .method: return "Pa maksājuma veidiem"
            }
        case .reportNothing: return "Nekas netika izveidots, apmaksāts vai atmaksāts."
        }
    }
}
