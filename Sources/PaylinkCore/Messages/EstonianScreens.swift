// Estonian (eesti): NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
extension Estonian {
    static func screen(_ message: ScreenMessage) -> String {
        switch message {
        case .takingsTitle(let period): return "Käive · \(period)"
        case .takingsWeek(let week, let from, let to): return "\(week). nädal, \(from) – \(to)"
        case .monthTitle(let month, let year):
            let names = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
                         "oktoober", "november", "detsember"]
            return "\(names[max(0, min(11, month - 1))]) \(year)"
        case .takingsNothingDay: return "Sel päeval ei loodud, makstud ega tagastatud midagi."
        case .takingsNothingWeek: return "Sel nädalal ei loodud, makstud ega tagastatud midagi."
        case .takingsNothingMonth: return "Sel kuul ei loodud, makstud ega tagastatud midagi."
        case .takingsNet: return "neto"
        case .takingsMoney(let currency, let net, let paidCount, let paid, let refundCount, let refunded):
            return "\(currency)  neto \(net) · makstud \(paidCount) (\(paid)) · tagastatud \(refundCount) (\(refunded))"
        case .takingsCounts(let made, let expired, let cancelled):
            return "loodud \(made) · aegunud \(expired) · tühistatud \(cancelled)"
        case .takingsChart(let perHour, let currency): return "Makstud \(perHour ? "tunnis" : "päevas"), \(currency)"
        case .takingsBusiest(let when, let amount): return "tihedaim \(when) (\(amount))"
        case .takingsNothingPaid: return "midagi pole makstud"
        case .takingsByOperator: return "Operaatorite kaupa"
        case .takingsByMethod: return "Makseviiside kaupa"
        case .takingsMore(let n): return "veel \(n)"
        case .takingsUnknown: return "(teadmata)"
        case .historyUnreadableBecause(let why): return "Ajalugu ei õnnestunud lugeda: \(why)"
        case .statusNotRefreshed(let why): return "Olekut ei värskendatud: \(why)"
        case .canceledLink(let name): return "Tühistatud" + (name.map { " „\($0)“" } ?? "")
        case .notCanceledBecause(let why): return "Ei tühistatud: \(why)"
        case .notCanceled: return "Ei tühistatud"
        case .nothingToReconcile: return "Pole midagi sobitada"
        case .reconcileFailed(let why): return "Sobitamine ebaõnnestus: \(why)"
        case .reconciling: return "sobitan teadmata katseid…"
        case .canceling: return "tühistan…"
        case .showingStatus(let status):
            return status == "all" ? "Kuvatakse kõik lingid" : "Kuvatakse lingid olekuga „\(statusName(status))“"
        case .onlyActiveCancelable(let badge): return "Tühistada saab ainult kehtivat linki; selle olek on \(badge)"
        case .cancelQuestion(let name, let amount): return "Kas tühistada link „\(name)“\(amount.map { " (\($0))" } ?? "")? y/n"
        case .askingStatus: return "küsin olekut…"
        case .askingStatuses(let n): return "küsin olekuid: \(n)…"
        case .nothingToRefresh: return "Pole midagi värskendada"
        case .noLinkUnknown: return "Selle katse linki ei teata (tulemus teadmata): sobitamiseks vajutage u"
        case .noLinkRefused: return "API lükkas selle katse tagasi; linki ei loodud"
        case .noLinkNotMade: return "See katse linki ei loonud"
        case .noLinkURL: return "Sellel lingil pole makse URL-i"
        case .batchFilterCleared: return "Paketifilter eemaldatud"
        case .noBatchesYet: return "Ajaloos pole veel pakette (need loob paylink batch FAIL)"
        case .batchesUnreadable(let why): return "Pakette ei õnnestunud lugeda: \(why)"
        case .showingBatch(let id): return "Kuvatakse paketti \(id) (b või esc näitab kõiki linke)"
        case .reconciled(let adopted, let notCreated, let stillUnknown, let inFlight):
            var parts: [String] = []
            if adopted > 0 { parts.append("leitud linke, mille vastus läks kaduma: \(adopted)") }
            if notCreated > 0 { parts.append("teadmata katseid, mida ei tehtud: \(notCreated)") }
            if stillUnknown > 0 { parts.append("endiselt teadmata: \(stillUnknown) (API ei vasta)") }
            if inFlight > 0 { parts.append("ootab veel teises paylinkis: \(inFlight)") }
            return "Sobitatud: " + parts.joined(separator: "; ")
        case .syncFailed(let why, let last): return "sünkroonimine ebaõnnestus: \(why)" + (last.map { " (viimati \($0))" } ?? "")
        case .syncedAt(let clock): return "sünkroonitud Payseraga \(clock)"
        case .syncedCounts(let added, let changed): return "uusi \(added), muudetud \(changed)"
        case .syncingNow: return "sünkroonin…"
        case .noHistoryKept: return "selle profiili ajalugu ei säilitata"
        case .refundTitle(let name): return "Tagastus · \(name)"
        case .refundStanding(let paid, let back, let left): return "Makstud \(paid) · tagastatud \(back) · alles \(left)"
        case .refundPayer(let payer): return "Maksja \(payer)"
        case .readingPaid: return "loen, mis on makstud…"
        case .refunding: return "tagastan…"
        case .refundKeys: return "enter tagasta · tab järgmine väli · esc sulge"
        case .refundReason: return "Põhjus"
        case .onlyPaidRefundable: return "Tagastada saab ainult makstud linki"
        case .refundedInFull: return "See makse on täielikult tagastatud"
        case .refundedAmount(let amount, let status): return "Tagastatud \(amount)" + (status.map { " (\($0))" } ?? "")
        case .notRefundedBecause(let why): return "Ei tagastatud: \(why)"
        case .nothingRefunded: return "Midagi ei tagastatud"
        case .nothingSent: return "midagi ei saadetud."
        case .refundFound(let amount, let order): return "tagastus leitud: \(amount) tellimuse \(order) eest"
        case .refundNotMade(let amount, let order): return "tagastust ei tehtud: \(amount) tellimuse \(order) eest"
        case .refundStillUnknown(let amount, let order): return "tagastus endiselt teadmata: \(amount) tellimuse \(order) eest"
        case .attemptFound(let id, let name): return "leitud: \(id) \(name)"
        case .attemptNotCreated(let name): return "ei loodud: \(name)"
        case .attemptStillUnknown(let name, let why): return "endiselt teadmata: \(name): \(why)"
        case .attemptInFlight(let name): return "ootab veel vastust teises paylinkis: \(name)"
        case .linkCanceledID(let id): return "Tühistatud \(id)."
        case .refundQuestion(let amount, let payer, let order, let remaining):
            return "Kas tagastada \(amount) \(payer.map { "maksjale \($0)" } ?? "maksjale") tellimuse \(order) eest"
                + (remaining.map { " (alles jääb \($0))" } ?? "") + "?"
        case .refundMade(let amount, let order, let status, let before):
            let state = status.map { " (\($0))" } ?? ""
            return before
                ? "Juba tagastatud: \(amount) tellimuse \(order) eest\(state) varasema käivitusega, mille vastus läks kaduma; uuesti ei saadetud midagi."
                : "Tagastatud \(amount) tellimuse \(order) eest\(state)."
        case .refundNothingRemains: return "Pole midagi tagastada: see makse on täielikult tagasi antud"
        case .refundAtMost(let amount): return "Tagastada saab kõige rohkem \(amount)"
        case .reasonControl: return "Põhjus peab olema lihttekst, ilma juhtmärkideta"
        case .reasonTooLong(let max, let has): return "Põhjus võib olla kuni \(max) märki (praegu \(has))"
        case .restoreDraft(let name, let at):
            return "Kas taastada lõpetamata link\(name.map { " „\($0)“" } ?? "")\(at.map { " (salvestatud \($0))" } ?? "")? y/n"
        case .paidNeedsNoFresh: return "See link on makstud: tellimus ei vaja uut linki"
        case .stillActiveEditOrDuplicate: return "See link kehtib veel: e muudab seda, d teeb koopia"
        case .onlyActiveChangeable(let status): return "Muuta saab ainult kehtivat makselinki; selle olek on \(statusName(status))."
        case .pressFForFresh: return "Samale tellimusele uue lingi loomiseks vajutage f."
        case .profileUnusable(let name, let why): return "Profiili \(name) ei saa kasutada: \(why)"
        case .copiedThrough(let tool, let failed):
            let terminal = "Kopeeritud terminali kaudu (OSC 52)"
            guard let tool else { return terminal }
            return failed ? "\(terminal); \(tool) ebaõnnestus" : "\(terminal) ja \(tool)"
        case .openedInBrowser: return "Avatud brauseris"
        case .xdgOpenMissing: return "xdg-open puudub: vajutage c ja kleepige URL brauserisse"
        case .xdgOpenFailed: return "xdg-open ei suutnud URL-i avada"
        case .displayScanToPay: return "Maksmiseks skannige kood"
        case .displayToPay: return "Tasuda"
        case .displayValidFor: return "Kehtib veel"
        case .displayValidUntil: return "Kehtib kuni"
        case .displayPaid: return "Makstud"
        case .displayThankYou: return "Aitäh!"
        case .displayExpired: return "Makselingi kehtivus on lõppenud"
        case .displayCanceled: return "Makse on tühistatud"
        case .displayNeedsUnicode: return "Sellel ekraanil ei saa koodi näidata"
        case .displayTooSmall(let columns, let rows): return "Ekraan on liiga väike: vaja \(columns)×\(rows)"
        }
    }
}
