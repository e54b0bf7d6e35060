extension Lithuanian {
    static func command(_ message: CommandMessage) -> String {
        switch message {
        case .showLabel(let label):
            switch label {
            case .link: return "Nuoroda"
            case .order: return "Užsakymas"
            case .name: return "Pavadinimas"
            case .amount: return "Suma"
            case .status: return "Būsena"
            case .expires: return "Galioja"
            case .url: return "URL"
            case .payer: return "Mokėtojas"
            case .email: return "El. paštas"
            case .theOrder: return "Užsakymas"
            case .reference: return "Užsakymo nr."
            case .paid: return "Apmokėta"
            case .links: return "Nuorodos"
            case .note: return "Pastaba"
            }
        case .listStatus(let status):
            switch status {
            case "active": return "galioja"
            case "completed": return "apmokėta"
            case "expired": return "nebegalioja"
            case "canceled": return "atšaukta"
            case "sending": return "siunčiama"
            case "created": return "sukurta"
            case "refused": return "atmesta"
            case "outcome unknown": return "baigtis neaiški"
            case "not created": return "nesukurta"
            default: return status
            }
        case .batchRows(let rows, let valid, let invalid, let total):
            return "\(count(rows, "eilutė", "eilutės", "eilučių")): tinkamų \(valid), netinkamų \(invalid)"
                + (total.map { "; iš viso \($0)" } ?? "")
        case .batchNothingSent(let summary, let fixRows):
            return "niekas neišsiųsta. \(summary)."
                + (fixRows ? " Pataisykite eilutes arba išsiųskite tinkamas su --skip-invalid." : "")
        case .batchOrphans(let n):
            return "\(count(n, "eilutė", "eilutės", "eilučių")), kurių užsakymą sukūrė ankstesnis paleidimas, bet jo atsakymas neperskaitytas; "
                + "rezultatų failo klaidos stulpelyje parašyta, ką daryti su kiekviena."
        case .batchUnknown(let n):
            return "\(count(n, "eilutės", "eilučių", "eilučių")) baigtis neaiški; vėliau paleiskite failą dar kartą, kad jos paaiškėtų (niekas neišsiunčiama du kartus)."
        case .batchNotSent(let n):
            return "\(count(n, "eilutė neišsiųsta", "eilutės neišsiųstos", "eilučių neišsiųsta")) dėl gedimo šioje pusėje; "
                + "paleiskite failą dar kartą, kad \(n % 10 == 1 && n % 100 != 11 ? "ji būtų išsiųsta" : "jos būtų išsiųstos")."
        case .batchSettling(let n): return "tikslinama: \(count(n, "eilutė", "eilutės", "eilučių")), kurių atsakymas dingo"
        case .upgradeStepName(let what):
            switch what {
            case .searchIndex: return "paieškos rodyklė"
            case .listOrder: return "sąrašo tvarka"
            case .batchColumns: return "paketų stulpeliai"
            case .creatorsAndSearchIndex: return "kas sukūrė kiekvieną nuorodą, ir paieškos rodyklė"
            case .callbackReceipts: return "atgalinių pranešimų kvitai"
            case .linkProjects: return "kiekvienos nuorodos projektas"
            case .searchWithinProject: return "paieška projekte"
            case .searchIndexByProject: return "paieškos rodyklė pagal projektą"
            case .refunds: return "grąžinimai"
            case .customerDisplays: return "pirkėjo ekranai"
            case .takingsIndexOfPayments: return "apyvartos rodyklė: mokėjimai"
            case .takingsIndexOfLinksMade: return "apyvartos rodyklė: sukurtos nuorodos"
            case .takingsIndexOfExpiries: return "apyvartos rodyklė: nebegaliojančios nuorodos"
            case .fillingSearchIndex: return "pildoma paieškos rodyklė"
            case .unnamed: return "failo pakeitimas"
            }
        case .upgradeStep(let number, let count, let what): return "\(number) žingsnis iš \(count): \(what)…"
        case .upgradeBegins(let links, let steps):
            return "istorijos failą (\(count(links, "nuoroda", "nuorodos", "nuorodų"))) sukūrė ankstesnė versija; jis atnaujinamas "
                + "\(steps == 1 ? "vienu žingsniu" : "per \(count(steps, "žingsnį", "žingsnius", "žingsnių"))"). "
                + "Ctrl-C sustabdo, o kitą kartą tęsiama nuo to žingsnio, kuriame sustota."
        case .upgradeStepBefore(let seconds): return " (ankstesnis žingsnis: \(seconds) s)"
        case .upgradeDone(let last, let all): return "istorija atnaujinta (paskutinis žingsnis: \(last) s; iš viso: \(all) s)."
        case .nothingToChange: return "nėra ką keisti: nurodykite --name, --purpose, --payer-name, --payer-email, --lifetime arba --extend."
        case .changedLink(let id): return "Pakeista \(id)."
        case .refusedNothingChanged(let why): return "\(why) Niekas nepakeista."
        case .lastDayBeforeFirst: return "paskutinė diena yra anksčiau nei --from."
        case .notADay(let text): return "„\(text)“ nėra diena; rašykite, pvz., 2026-12-01, today arba yesterday."
        case .amountAndCurrencyTogether: return "--amount ir --currency nurodykite kartu."
        case .countryNotISO(let country): return "\(country) nėra ISO 3166-1 šalies kodas."
        case .couldNotSignIn(let profile, let url, let why): return "profilis \(profile) negalėjo prisijungti adresu \(url): \(why)"
        case .sandboxLogUnreadable: return "smėliadėžės įvykių žurnalo perskaityti nepavyko"
        case .sandboxAnswerUnreadable: return "smėliadėžės atsakymo perskaityti nepavyko"
        case .noWebhookEvents: return "Webhook įvykių nėra."
        case .deliveredTo(let event, let url): return "\(event) pristatytas adresu \(url): "
        case .displayNoHistory(let path, let till):
            return "\(path) istorijos dar nėra; pirmiausia paleiskite kasą: paylink --till \(till)"
        case .displayUnknownTill(let till, let path, let tills):
            let known = tills.isEmpty ? "su ja dar neveikė nė viena kasa" : "jos kasos: " + tills.joined(separator: ", ")
            return "kasa „\(till)“ su istorija \(path) neveikė (\(known)); "
                + "paleiskite ją: paylink --till \(till), arba pasirinkite kitą su --till"
        case .displayNeedsTerminal: return "reikia terminalo, kuriame galima piešti ekraną"
        case .uiLanguageUnknown(let option): return "--ui-language: „\(option)“ nėra nė viena iš en, lt, lv, et, pl"
        case .syncedLinks(let added, let changed, let unchanged, let pages):
            return "Suderinta: naujų \(added), pakeistų \(changed), nepakeistų \(unchanged) (\(count(pages, "puslapis", "puslapiai", "puslapių")))."
        case .syncedRefunds(let added, let changed, let orders):
            return "Grąžinimai: naujų \(added), pakeistų \(changed) (perskaityta užsakymų: \(orders))."
        case .earlierRefundUnknown(let amount, let order):
            return "Ankstesnio \(amount) grąžinimo užsakymui \(order) baigtis neaiški, ir API dabar jos nepatikslina, todėl kitas "
                + "grąžinimas šiam užsakymui nesiunčiamas. Bandykite dar kartą, kai API atsakys, arba patikrinkite Paysera savitarnoje."
        case .atLeastOne: return "turi būti bent 1."
        case .batchOrStatus: return "nurodykite arba --batch, arba --status, ne abu."
        case .notInHistory(let id): return "\(id) nėra šio profilio istorijoje (bandykite --refresh arba kitą --profile)."
        case .jsonOrCSV: return "pasirinkite vieną."
        case .notCurrencyCode(let code): return "„\(code)“ nėra valiutos kodas, pvz., EUR."
        case .displaySpeaks(let language, let languages): return "„\(language)“: ekranas kalba \(languages)"
        case .parallelRange: return "turi būti nuo 1 iki 64."
        case .outputForStandardInput: return "nurodykite rezultatų failą, kai eilutės ateina iš standartinės įvesties."
        case .batchDone(let batch, let created, let now, let refused, let unknown, let invalid, let notSent, let stopped, let results):
            return "Paketas \(batch): sukurta \(created) (dabar \(now), anksčiau \(created - now)), "
                + "atmesta \(refused), neaišku \(unknown), netinkamų \(invalid)"
                + (notSent > 0 ? ", neišsiųsta \(notSent)" : "") + (stopped ? " (sustabdyta)" : "") + ". Rezultatai: \(results)"
        case .whoamiLabel(let label):
            switch label {
            case "Profile": return "Profilis"
            case "Client": return "Klientas"
            case "Project": return "Projektas"
            case "Operator": return "Operatorius"
            default: return label
            }
        case .profileKind(let live): return live ? "tikras" : "smėliadėžė"
        case .projectNotInToken: return "žetone nenurodytas"
        case .historyNeedsTerminal: return "reikia terminalo; scenarijuose naudokite `paylink list`."
        case .eventOrder(let order): return "užsakymas \(order)"
        case .eventNoCallback: return "(nėra callback_url)"
        case .deliveryNoAnswer: return "atsakymo nėra"
        case .deliveryIn(let what, let milliseconds, let resend):
            return "\(what) per \(milliseconds) ms" + (resend ? " (pakartotinai)" : "")
        case .configInsecure(let path, let mode):
            return "\(path) laiko kliento slaptažodį, bet jį gali skaityti kiti naudotojai (teisės \(mode)). Padarykite jį privatų: chmod 600 \(path)"
        case .configNoProfile(let name, let requestedBy, let path, let known):
            let list = known.isEmpty ? "jame profilių nėra" : "jame yra: \(known.joined(separator: ", "))"
            return "Profilio „\(name)“ (jo prašo \(requestedBy)) faile \(path) nėra; \(list)."
        case .rowPlace(let n): return "eilutė \(n)"
        case .reportColumn(let column):
            switch column {
            case .made: return "Sukurta"
            case .paid: return "Apmokėta"
            case .paidAmount: return "Apmokėta suma"
            case .refunded: return "Grąžinta"
            case .net: return "Grynai"
            case .expired: return "Pasibaigė"
            case .cancelled: return "Atšaukta"
            }
        case .reportBy(let group):
            switch group {
            case .operator: return "Pagal operatorių"
            case .day: return "Pagal dieną"
            case .hour: return "Pagal valandą"
            case .method: return "Pagal mokėjimo būdą"
            }
        case .reportNothing: return "Nieko nesukurta, neapmokėta ir negrąžinta."
        }
    }
}
