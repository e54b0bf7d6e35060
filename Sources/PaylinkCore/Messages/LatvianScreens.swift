// Latvian (latviešu): NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
extension Latvian {
    static func screen(_ message: ScreenMessage) -> String {
        switch message {
        case .takingsTitle(let period): return "Ieņēmumi · \(period)"
        case .takingsWeek(let week, let from, let to): return "\(week). nedēļa, \(from) – \(to)"
        case .monthTitle(let month, let year):
            let names = ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris",
                         "oktobris", "novembris", "decembris"]
            return "\(year). gada \(names[max(0, min(11, month - 1))])"
        case .takingsNothingDay: return "Šajā dienā nekas nav izveidots, apmaksāts vai atmaksāts."
        case .takingsNothingWeek: return "Šajā nedēļā nekas nav izveidots, apmaksāts vai atmaksāts."
        case .takingsNothingMonth: return "Šajā mēnesī nekas nav izveidots, apmaksāts vai atmaksāts."
        case .takingsNet: return "neto"
        case .takingsMoney(let currency, let net, let paidCount, let paid, let refundCount, let refunded):
            return "\(currency)  neto \(net) · apmaksāti \(paidCount) (\(paid)) · atmaksāti \(refundCount) (\(refunded))"
        case .takingsCounts(let made, let expired, let cancelled):
            return "izveidoti \(made) · beigušies \(expired) · atcelti \(cancelled)"
        case .takingsChart(let perHour, let currency): return "Apmaksāts \(perHour ? "stundā" : "dienā"), \(currency)"
        case .takingsBusiest(let when, let amount): return "visvairāk \(when) (\(amount))"
        case .takingsNothingPaid: return "nekas nav apmaksāts"
        case .takingsByOperator: return "Pa operatoriem"
        case .takingsByMethod: return "Pa maksājuma veidiem"
        case .takingsMore(let n): return "vēl \(n)"
        case .takingsUnknown: return "(nezināms)"
        case .historyUnreadableBecause(let why): return "Vēsturi neizdevās nolasīt: \(why)"
        case .statusNotRefreshed(let why): return "Statuss nav atjaunināts: \(why)"
        case .canceledLink(let name): return "Atcelta" + (name.map { " “\($0)”" } ?? "")
        case .notCanceledBecause(let why): return "Nav atcelta: \(why)"
        case .notCanceled: return "Nav atcelta"
        case .nothingToReconcile: return "Nav ko saskaņot"
        case .reconcileFailed(let why): return "Saskaņošana neizdevās: \(why)"
        case .reconciling: return "saskaņo nezināmos mēģinājumus…"
        case .canceling: return "atceļ…"
        case .showingStatus(let status):
            return status == "all" ? "Rāda visas saites" : "Rāda saites ar statusu “\(statusName(status))”"
        case .onlyActiveCancelable(let badge): return "Atcelt var tikai aktīvu saiti; šīs statuss ir \(badge)"
        case .cancelQuestion(let name, let amount): return "Atcelt saiti “\(name)”\(amount.map { " (\($0))" } ?? "")? y/n"
        case .askingStatus: return "pieprasa statusu…"
        case .askingStatuses(let n): return "pieprasa statusus: \(n)…"
        case .nothingToRefresh: return "Nav ko atjaunināt"
        case .noLinkUnknown: return "Šim mēģinājumam saite nav zināma (iznākums nezināms): nospiediet u, lai saskaņotu"
        case .noLinkRefused: return "API noraidīja šo mēģinājumu; saite netika izveidota"
        case .noLinkNotMade: return "Šis mēģinājums saiti neizveidoja"
        case .noLinkURL: return "Šai saitei nav maksājuma URL"
        case .batchFilterCleared: return "Paketes filtrs noņemts"
        case .noBatchesYet: return "Vēsturē vēl nav pakešu (tās izveido paylink batch FAILS)"
        case .batchesUnreadable(let why): return "Paketes neizdevās nolasīt: \(why)"
        case .showingBatch(let id): return "Rāda paketi \(id) (b vai esc rāda visas saites)"
        case .reconciled(let adopted, let notCreated, let stillUnknown, let inFlight):
            var parts: [String] = []
            if adopted > 0 { parts.append("atrastas saites, kuru atbilde bija pazudusi: \(adopted)") }
            if notCreated > 0 { parts.append("nezināmi mēģinājumi, kas netika veikti: \(notCreated)") }
            if stillUnknown > 0 { parts.append("joprojām nezināmi: \(stillUnknown) (API neatbild)") }
            if inFlight > 0 { parts.append("vēl gaida citā paylink: \(inFlight)") }
            return "Saskaņots: " + parts.joined(separator: "; ")
        case .syncFailed(let why, let last): return "sinhronizācija neizdevās: \(why)" + (last.map { " (pēdējoreiz \($0))" } ?? "")
        case .syncedAt(let clock): return "sinhronizēts ar Paysera \(clock)"
        case .syncedCounts(let added, let changed): return "jauni \(added), mainīti \(changed)"
        case .syncingNow: return "sinhronizē…"
        case .noHistoryKept: return "šim profilam vēsture netiek glabāta"
        case .refundTitle(let name): return "Atmaksa · \(name)"
        case .refundStanding(let paid, let back, let left): return "Apmaksāts \(paid) · atmaksāts \(back) · atlikums \(left)"
        case .refundPayer(let payer): return "Maksātājs \(payer)"
        case .readingPaid: return "nolasa, kas apmaksāts…"
        case .refunding: return "atmaksā…"
        case .refundKeys: return "enter atmaksāt · tab nākamais lauks · esc aizvērt"
        case .refundReason: return "Iemesls"
        case .onlyPaidRefundable: return "Atmaksāt var tikai apmaksātu saiti"
        case .refundedInFull: return "Šis maksājums ir atmaksāts pilnībā"
        case .refundedAmount(let amount, let status): return "Atmaksāts \(amount)" + (status.map { " (\($0))" } ?? "")
        case .notRefundedBecause(let why): return "Nav atmaksāts: \(why)"
        case .nothingRefunded: return "Nekas netika atmaksāts"
        case .nothingSent: return "nekas netika nosūtīts."
        case .refundFound(let amount, let order): return "atmaksa atrasta: \(amount) par pasūtījumu \(order)"
        case .refundNotMade(let amount, let order): return "atmaksa nav veikta: \(amount) par pasūtījumu \(order)"
        case .refundStillUnknown(let amount, let order): return "atmaksa joprojām nezināma: \(amount) par pasūtījumu \(order)"
        case .attemptFound(let id, let name): return "atrasts: \(id) \(name)"
        case .attemptNotCreated(let name): return "nav izveidots: \(name)"
        case .attemptStillUnknown(let name, let why): return "joprojām nezināms: \(name): \(why)"
        case .attemptInFlight(let name): return "vēl gaida atbildi citā paylink: \(name)"
        case .linkCanceledID(let id): return "Atcelta \(id)."
        case .refundQuestion(let amount, let payer, let order, let remaining):
            return "Atmaksāt \(amount) \(payer.map { "maksātājam \($0)" } ?? "maksātājam") par pasūtījumu \(order)"
                + (remaining.map { " (paliks \($0))" } ?? "") + "?"
        case .refundMade(let amount, let order, let status, let before):
            let state = status.map { " (\($0))" } ?? ""
            return before
                ? "Jau atmaksāts: \(amount) par pasūtījumu \(order)\(state) iepriekšējā palaišanā, kuras atbilde pazuda; nekas netika sūtīts vēlreiz."
                : "Atmaksāts \(amount) par pasūtījumu \(order)\(state)."
        case .refundNothingRemains: return "Nav ko atmaksāt: šis maksājums ir atdots pilnībā"
        case .refundAtMost(let amount): return "Atmaksāt var ne vairāk kā \(amount)"
        case .reasonControl: return "Iemeslam jābūt vienkāršam tekstam bez vadības rakstzīmēm"
        case .reasonTooLong(let max, let has): return "Iemesls var būt ne garāks par \(max) rakstzīmēm (tagad \(has))"
        case .restoreDraft(let name, let at):
            return "Atjaunot nepabeigto saiti\(name.map { " “\($0)”" } ?? "")\(at.map { " (saglabāta \($0))" } ?? "")? y/n"
        case .paidNeedsNoFresh: return "Šī saite ir apmaksāta: tās pasūtījumam jauna saite nav vajadzīga"
        case .stillActiveEditOrDuplicate: return "Šī saite vēl ir aktīva: e to maina, d to dublē"
        case .onlyActiveChangeable(let status): return "Mainīt var tikai aktīvu maksājuma saiti; šīs statuss ir \(statusName(status))."
        case .pressFForFresh: return "Nospiediet f, lai tam pašam pasūtījumam izveidotu jaunu saiti."
        case .profileUnusable(let name, let why): return "Profilu \(name) nevar izmantot: \(why)"
        case .copiedThrough(let tool, let failed):
            let terminal = "Nokopēts caur termināli (OSC 52)"
            guard let tool else { return terminal }
            return failed ? "\(terminal); \(tool) neizdevās" : "\(terminal) un \(tool)"
        case .openedInBrowser: return "Atvērts pārlūkā"
        case .xdgOpenMissing: return "xdg-open nav atrasts: nospiediet c un ielīmējiet URL pārlūkā"
        case .xdgOpenFailed: return "xdg-open nevarēja atvērt URL"
        case .displayScanToPay: return "Noskenējiet, lai samaksātu"
        case .displayToPay: return "Jāmaksā"
        case .displayValidFor: return "Derīgs vēl"
        case .displayValidUntil: return "Derīgs līdz"
        case .displayPaid: return "Samaksāts"
        case .displayThankYou: return "Paldies!"
        case .displayExpired: return "Maksājuma saites derīgums ir beidzies"
        case .displayCanceled: return "Maksājums ir atcelts"
        case .displayNeedsUnicode: return "Šajā ekrānā kodu nevar parādīt"
        case .displayTooSmall(let columns, let rows): return "Ekrāns ir par mazu: vajag \(columns)×\(rows)"
        }
    }
}
