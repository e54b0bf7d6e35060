extension Lithuanian {
    static func screen(_ message: ScreenMessage) -> String {
        switch message {
        case .takingsTitle(let period): return "Apyvarta · \(period)"
        case .takingsWeek(let week, let from, let to): return "\(week) savaitė, \(from) – \(to)"
        case .monthTitle(let month, let year):
            let names = ["sausis", "vasaris", "kovas", "balandis", "gegužė", "birželis", "liepa", "rugpjūtis", "rugsėjis",
                         "spalis", "lapkritis", "gruodis"]
            return "\(year) m. \(names[max(0, min(11, month - 1))])"
        case .takingsNothingDay: return "Šią dieną nieko nesukurta, neapmokėta ir negrąžinta."
        case .takingsNothingWeek: return "Šią savaitę nieko nesukurta, neapmokėta ir negrąžinta."
        case .takingsNothingMonth: return "Šį mėnesį nieko nesukurta, neapmokėta ir negrąžinta."
        case .takingsNet: return "grynai"
        case .takingsMoney(let currency, let net, let paidCount, let paid, let refundCount, let refunded):
            return "\(currency)  grynai \(net) · apmokėta \(paidCount) (\(paid)) · grąžinta \(refundCount) (\(refunded))"
        case .takingsCounts(let made, let expired, let cancelled):
            return "sukurta \(made) · nebegalioja \(expired) · atšaukta \(cancelled)"
        case .takingsChart(let perHour, let currency): return "Apmokėta per \(perHour ? "valandą" : "dieną"), \(currency)"
        case .takingsBusiest(let when, let amount): return "daugiausia \(when) (\(amount))"
        case .takingsNothingPaid: return "nieko neapmokėta"
        case .takingsByOperator: return "Pagal operatorių"
        case .takingsByMethod: return "Pagal mokėjimo būdą"
        case .takingsMore(let n): return "dar \(n)"
        case .takingsUnknown: return "(nežinomas)"
        case .historyUnreadableBecause(let why): return "Istorijos nepavyko perskaityti: \(why)"
        case .statusNotRefreshed(let why): return "Būsena neatnaujinta: \(why)"
        case .canceledLink(let name): return "Atšaukta" + (name.map { " „\($0)“" } ?? "")
        case .notCanceledBecause(let why): return "Neatšaukta: \(why)"
        case .notCanceled: return "Neatšaukta"
        case .nothingToReconcile: return "Nėra ką suderinti"
        case .reconcileFailed(let why): return "Suderinti nepavyko: \(why)"
        case .reconciling: return "derinami nežinomi bandymai…"
        case .canceling: return "atšaukiama…"
        case .showingStatus(let status):
            return status == "all" ? "Rodomos visos nuorodos" : "Rodomos nuorodos, kurių būsena „\(statusName(status))“"
        case .onlyActiveCancelable(let badge): return "Atšaukti galima tik galiojančią nuorodą; šios būsena – \(badge)"
        case .cancelQuestion(let name, let amount): return "Atšaukti nuorodą „\(name)“\(amount.map { " (\($0))" } ?? "")? y/n"
        case .askingStatus: return "tikrinama būsena…"
        case .askingStatuses(let n): return "tikrinamos būsenos: \(n)…"
        case .nothingToRefresh: return "Nėra ką atnaujinti"
        case .noLinkUnknown: return "Šio bandymo nuoroda nežinoma (baigtis neaiški): spauskite u, kad suderintumėte"
        case .noLinkRefused: return "API atmetė šį bandymą; nuoroda nesukurta"
        case .noLinkNotMade: return "Šis bandymas nuorodos nesukūrė"
        case .noLinkURL: return "Ši nuoroda neturi mokėjimo URL"
        case .batchFilterCleared: return "Paketo filtras išjungtas"
        case .noBatchesYet: return "Istorijoje dar nėra paketų (juos sukuria paylink batch FAILAS)"
        case .batchesUnreadable(let why): return "Paketų nepavyko perskaityti: \(why)"
        case .showingBatch(let id): return "Rodomas paketas \(id) (b ar esc – visos nuorodos)"
        case .reconciled(let adopted, let notCreated, let stillUnknown, let inFlight):
            var parts: [String] = []
            if adopted > 0 { parts.append("rasta nuorodų, kurių atsakymas buvo prarastas: \(adopted)") }
            if notCreated > 0 { parts.append("nežinomų bandymų, kurie nieko nesukūrė: \(notCreated)") }
            if stillUnknown > 0 { parts.append("vis dar neaišku: \(stillUnknown) (API neatsako)") }
            if inFlight > 0 { parts.append("dar laukia kitame paylink: \(inFlight)") }
            return "Suderinta: " + parts.joined(separator: "; ")
        case .syncFailed(let why, let last): return "sinchronizuoti nepavyko: \(why)" + (last.map { " (paskutinį kartą \($0))" } ?? "")
        case .syncedAt(let clock): return "sinchronizuota su Paysera \(clock)"
        case .syncedCounts(let added, let changed): return "naujų \(added), pakeistų \(changed)"
        case .syncingNow: return "sinchronizuojama…"
        case .noHistoryKept: return "šiam profiliui istorija nesaugoma"
        case .refundTitle(let name): return "Grąžinimas · \(name)"
        case .refundStanding(let paid, let back, let left): return "Apmokėta \(paid) · grąžinta \(back) · liko \(left)"
        case .refundPayer(let payer): return "Mokėtojas \(payer)"
        case .readingPaid: return "skaitoma, kas apmokėta…"
        case .refunding: return "grąžinama…"
        case .refundKeys: return "enter grąžinti · tab kitas laukas · esc uždaryti"
        case .refundReason: return "Priežastis"
        case .onlyPaidRefundable: return "Grąžinti galima tik apmokėtą nuorodą"
        case .refundedInFull: return "Šis mokėjimas jau grąžintas visas"
        case .refundedAmount(let amount, let status): return "Grąžinta \(amount)" + (status.map { " (\($0))" } ?? "")
        case .notRefundedBecause(let why): return "Negrąžinta: \(why)"
        case .nothingRefunded: return "Nieko negrąžinta"
        case .nothingSent: return "nieko neišsiųsta."
        case .refundFound(let amount, let order): return "grąžinimas rastas: \(amount) už užsakymą \(order)"
        case .refundNotMade(let amount, let order): return "grąžinimas neatliktas: \(amount) už užsakymą \(order)"
        case .refundStillUnknown(let amount, let order): return "grąžinimas vis dar neaiškus: \(amount) už užsakymą \(order)"
        case .attemptFound(let id, let name): return "rasta: \(id) \(name)"
        case .attemptNotCreated(let name): return "nesukurta: \(name)"
        case .attemptStillUnknown(let name, let why): return "vis dar neaišku: \(name): \(why)"
        case .attemptInFlight(let name): return "dar laukia atsakymo kitame paylink: \(name)"
        case .linkCanceledID(let id): return "Atšaukta \(id)."
        case .refundQuestion(let amount, let payer, let order, let remaining):
            return "Grąžinti \(amount) \(payer.map { "mokėtojui \($0)" } ?? "mokėtojui") už užsakymą \(order)"
                + (remaining.map { " (liks \($0))" } ?? "") + "?"
        case .refundMade(let amount, let order, let status, let before):
            let state = status.map { " (\($0))" } ?? ""
            return before
                ? "Jau grąžinta: \(amount) už užsakymą \(order)\(state) ankstesnio paleidimo, kurio atsakymas dingo; iš naujo nieko nesiųsta."
                : "Grąžinta \(amount) už užsakymą \(order)\(state)."
        case .refundNothingRemains: return "Nebėra ką grąžinti: šis mokėjimas grąžintas visas"
        case .refundAtMost(let amount): return "Grąžinti galima ne daugiau kaip \(amount)"
        case .reasonControl: return "Priežastis turi būti paprastas tekstas, be valdymo simbolių"
        case .reasonTooLong(let max, let has):
            return "Priežastis: ne daugiau kaip \(count(max, "simbolis", "simboliai", "simbolių")) (dabar \(has))"
        case .restoreDraft(let name, let at):
            return "Atkurti nebaigtą nuorodą\(name.map { " „\($0)“" } ?? "")\(at.map { " (išsaugota \($0))" } ?? "")? y/n"
        case .paidNeedsNoFresh: return "Ši nuoroda apmokėta: jos užsakymui naujos nuorodos nereikia"
        case .stillActiveEditOrDuplicate: return "Ši nuoroda dar galioja: e – keisti, d – kopijuoti"
        case .onlyActiveChangeable(let status):
            return "Keisti galima tik galiojančią mokėjimo nuorodą; šios būsena – \(statusName(status))."
        case .pressFForFresh: return "Spauskite f, kad tam pačiam užsakymui sukurtumėte naują nuorodą."
        case .profileUnusable(let name, let why): return "Profilio \(name) naudoti negalima: \(why)"
        case .copiedThrough(let tool, let failed):
            let terminal = "Nukopijuota per terminalą (OSC 52)"
            guard let tool else { return terminal }
            return failed ? "\(terminal); \(tool) nepavyko" : "\(terminal) ir \(tool)"
        case .openedInBrowser: return "Atidaryta naršyklėje"
        case .xdgOpenMissing: return "xdg-open nerasta: spauskite c ir įklijuokite URL į naršyklę"
        case .xdgOpenFailed: return "xdg-open nepavyko atidaryti URL"
        case .displayScanToPay: return "Nuskenuokite ir sumokėkite"
        case .displayToPay: return "Mokėti"
        case .displayValidFor: return "Galioja dar"
        case .displayValidUntil: return "Galioja iki"
        case .displayPaid: return "Apmokėta"
        case .displayThankYou: return "Ačiū!"
        case .displayExpired: return "Mokėjimo nuoroda nebegalioja"
        case .displayCanceled: return "Mokėjimas atšauktas"
        case .displayNeedsUnicode: return "Šiame ekrane kodo parodyti negalima"
        case .displayTooSmall(let columns, let rows): return "Ekranas per mažas: reikia \(columns)×\(rows)"
        }
    }
}
