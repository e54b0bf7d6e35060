// NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
extension Estonian {
    static func command(_ message: CommandMessage) -> String {
        switch message {
        case .showLabel(let label):
            switch label {
            case .link: return "Link"
            case .order: return "Tellimus"
            case .name: return "Nimetus"
            case .amount: return "Summa"
            case .status: return "Olek"
            case .expires: return "Kehtib"
            case .url: return "URL"
            case .payer: return "Maksja"
            case .email: return "E-post"
            case .theOrder: return "Tellimus"
            case .reference: return "Viitenumber"
            case .paid: return "Makstud"
            case .links: return "Lingid"
            case .note: return "Märkus"
            }
        case .listStatus(let status):
            switch status {
            case "active": return "kehtiv"
            case "completed": return "makstud"
            case "expired": return "aegunud"
            case "canceled": return "tühistatud"
            case "sending": return "saatmisel"
            case "created": return "loodud"
            case "refused": return "tagasi lükatud"
            case "outcome unknown": return "tulemus teadmata"
            case "not created": return "loomata"
            default: return status
            }
        case .batchRows(let rows, let valid, let invalid, let total):
            return "\(count(rows, "rida", "rida")): korras \(valid), vigaseid \(invalid)" + (total.map { "; kokku \($0)" } ?? "")
        case .batchNothingSent(let summary, let fixRows):
            return "midagi ei saadetud. \(summary)."
                + (fixRows ? " Parandage read või saatke korras read võtmega --skip-invalid." : "")
        case .batchOrphans(let n):
            return "\(count(n, "rida", "rida")), mille tellimuse tegi varasem käivitus, kuid vastust ei loetud; "
                + "tulemusfaili veaveerus on iga rea kohta kirjas, mida teha."
        case .batchUnknown(let n):
            return "\(count(n, "rida", "rida")) teadmata tulemusega; käivitage fail hiljem uuesti, et need selgeks teha (midagi ei saadeta kaks korda)."
        case .batchNotSent(let n):
            return "\(count(n, "rida", "rida")) jäi saatmata siinse tõrke tõttu; käivitage fail uuesti, et \(n == 1 ? "see" : "need") saata."
        case .batchSettling(let n): return "selgitan \(count(n, "rida", "rida")), mille vastus kadus"
        case .upgradeStepName(let what):
            switch what {
            case .searchIndex: return "otsinguindeks"
            case .listOrder: return "loendi järjestus"
            case .batchColumns: return "partii veerud"
            case .creatorsAndSearchIndex: return "kes iga lingi tegi, ja otsinguindeks"
            case .callbackReceipts: return "tagasikutsete kviitungid"
            case .linkProjects: return "iga lingi projekt"
            case .searchWithinProject: return "otsing projekti piires"
            case .searchIndexByProject: return "otsinguindeks projektide kaupa"
            case .refunds: return "tagasimaksed"
            case .customerDisplays: return "kliendiekraanid"
            case .takingsIndexOfPayments: return "käibe indeks: maksed"
            case .takingsIndexOfLinksMade: return "käibe indeks: tehtud lingid"
            case .takingsIndexOfExpiries: return "käibe indeks: aegunud lingid"
            case .fillingSearchIndex: return "otsinguindeksi täitmine"
            case .unnamed: return "faili muudatus"
            }
        case .upgradeStep(let number, let count, let what): return "samm \(number)/\(count): \(what)…"
        case .upgradeBegins(let links, let steps):
            return "ajaloofaili (linke: \(links)) tegi varasem versioon; see viiakse ajakohaseks "
                + "\(steps == 1 ? "ühe sammuga" : "\(steps) sammuga"). "
                + "Ctrl-C peatab selle ja järgmine käivitus jätkab sammust, kus see peatus."
        case .upgradeStepBefore(let seconds): return " (eelmine samm: \(seconds) s)"
        case .upgradeDone(let last, let all): return "ajalugu on ajakohane (viimane samm: \(last) s; kokku: \(all) s)."
        case .nothingToChange: return "pole midagi muuta: andke --name, --purpose, --payer-name, --payer-email, --lifetime või --extend."
        case .changedLink(let id): return "Muudetud: \(id)."
        case .refusedNothingChanged(let why): return "\(why) Midagi ei muudetud."
        case .lastDayBeforeFirst: return "viimane päev on enne --from päeva."
        case .notADay(let text): return "„\(text)“ ei ole päev; kirjutage näiteks 2026-12-01, today või yesterday."
        case .amountAndCurrencyTogether: return "andke --amount ja --currency koos."
        case .countryNotISO(let country): return "\(country) ei ole ISO 3166-1 riigikood."
        case .couldNotSignIn(let profile, let url, let why): return "profiil \(profile) ei saanud aadressil \(url) sisse logida: \(why)"
        case .sandboxLogUnreadable: return "liivakasti sündmuste logi ei õnnestunud lugeda"
        case .sandboxAnswerUnreadable: return "liivakasti vastust ei õnnestunud lugeda"
        case .noWebhookEvents: return "Webhooki sündmusi pole."
        case .deliveredTo(let event, let url): return "\(event) edastati aadressile \(url): "
        case .displayNoHistory(let path, let till):
            return "asukohas \(path) pole veel ajalugu; käivitage kõigepealt kassa: paylink --till \(till)"
        case .displayUnknownTill(let till, let path, let tills):
            let known = tills.isEmpty ? "ükski kassa pole sellega veel töötanud" : "selle kassad: " + tills.joined(separator: ", ")
            return "kassa „\(till)“ pole ajalooga \(path) töötanud (\(known)); "
                + "käivitage see: paylink --till \(till), või valige teine võtmega --till"
        case .displayNeedsTerminal: return "vaja on terminali, mis oskab ekraani joonistada"
        case .uiLanguageUnknown(let option): return "--ui-language: „\(option)“ ei ole ükski keeltest en, lt, lv, et, pl"
        case .syncedLinks(let added, let changed, let unchanged, let pages):
            return "Sünkroonitud: uusi \(added), muudetud \(changed), muutmata \(unchanged) (lehti: \(pages))."
        case .syncedRefunds(let added, let changed, let orders):
            return "Tagasimaksed: uusi \(added), muudetud \(changed) (loetud tellimusi: \(orders))."
        case .earlierRefundUnknown(let amount, let order):
            return "Tellimuse \(order) varasema tagasimakse (\(amount)) tulemus on teadmata ja API ei saa seda praegu selgitada, seega "
                + "sellele tellimusele muud tagasimakset ei saadeta. Proovige uuesti, kui API vastab, või vaadake Paysera töölauda."
        case .atLeastOne: return "peab olema vähemalt 1."
        case .batchOrStatus: return "andke kas --batch või --status, mitte mõlemat."
        case .notInHistory(let id): return "\(id) ei ole selle profiili ajaloos (proovige --refresh või muud --profile)."
        case .jsonOrCSV: return "valige üks."
        case .notCurrencyCode(let code): return "„\(code)“ ei ole valuutakood, näiteks EUR."
        case .displaySpeaks(let language, let languages): return "„\(language)“: ekraan räägib keeli \(languages)"
        case .parallelRange: return "peab olema 1 kuni 64."
        case .outputForStandardInput: return "andke tulemusfail, kui read tulevad standardsisendist."
        case .batchDone(let batch, let created, let now, let refused, let unknown, let invalid, let notSent, let stopped, let results):
            return "Partii \(batch): loodud \(created) (nüüd \(now), varem \(created - now)), "
                + "tagasi lükatud \(refused), teadmata \(unknown), vigaseid \(invalid)"
                + (notSent > 0 ? ", saatmata \(notSent)" : "") + (stopped ? " (peatatud)" : "") + ". Tulemused: \(results)"
        case .whoamiLabel(let label):
            switch label {
            case "Profile": return "Profiil"
            case "Client": return "Klient"
            case "Project": return "Projekt"
            case "Operator": return "Operaator"
            default: return label
            }
        case .profileKind(let live): return live ? "päris" : "liivakast"
        case .projectNotInToken: return "tokenis nimetamata"
        case .historyNeedsTerminal: return "vaja on terminali; skriptides kasutage `paylink list`."
        case .eventOrder(let order): return "tellimus \(order)"
        case .eventNoCallback: return "(callback_url puudub)"
        case .deliveryNoAnswer: return "vastust pole"
        case .deliveryIn(let what, let milliseconds, let resend):
            return "\(what), \(milliseconds) ms" + (resend ? " (uuesti saadetud)" : "")
        case .configInsecure(let path, let mode):
            return "\(path) sisaldab kliendi saladust, kuid teised kasutajad saavad seda lugeda (õigused \(mode)). Tehke see privaatseks: chmod 600 \(path)"
        case .configNoProfile(let name, let requestedBy, let path, let known):
            let list = known.isEmpty ? "selles pole profiile" : "selles on: \(known.joined(separator: ", "))"
            return "Failis \(path) pole profiili „\(name)“ (seda küsib \(requestedBy)); \(list)."
        case .rowPlace(let n): return "rida \(n)"
        case .reportColumn(let column):
            switch column {
            case .made: return "Loodud"
            case .paid: return "Makstud"
            case .paidAmount: return "Makstud summa"
            case .refunded: return "Tagastatud"
            case .net: return "Neto"
            case .expired: return "Aegunud"
            case .cancelled: return "Tühistatud"
            }
        case .reportBy(let group):
            switch group {
            case .operator: return "Operaatorite kaupa"
            case .day: return "Päevade kaupa"
            case .hour: return "Tundide kaupa"
            case .method: return "Makseviiside kaupa"
            }
        case .reportNothing: return "Midagi ei loodud, makstud ega tagastatud."
        }
    }
}
