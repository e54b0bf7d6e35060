// Polish (polski): NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
extension Polish {
    static func screen(_ message: ScreenMessage) -> String {
        switch message {
        case .takingsTitle(let period): return "Utarg · \(period)"
        case .takingsWeek(let week, let from, let to): return "tydzień \(week), \(from) – \(to)"
        case .monthTitle(let month, let year):
            let names = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                         "październik", "listopad", "grudzień"]
            return "\(names[max(0, min(11, month - 1))]) \(year)"
        case .takingsNothingDay: return "Tego dnia nic nie utworzono, nie opłacono ani nie zwrócono."
        case .takingsNothingWeek: return "W tym tygodniu nic nie utworzono, nie opłacono ani nie zwrócono."
        case .takingsNothingMonth: return "W tym miesiącu nic nie utworzono, nie opłacono ani nie zwrócono."
        case .takingsNet: return "netto"
        case .takingsMoney(let currency, let net, let paidCount, let paid, let refundCount, let refunded):
            return "\(currency)  netto \(net) · opłacone \(paidCount) (\(paid)) · zwroty \(refundCount) (\(refunded))"
        case .takingsCounts(let made, let expired, let cancelled):
            return "utworzone \(made) · wygasłe \(expired) · anulowane \(cancelled)"
        case .takingsChart(let perHour, let currency): return "Wpłaty na \(perHour ? "godzinę" : "dzień"), \(currency)"
        case .takingsBusiest(let when, let amount): return "najwięcej \(when) (\(amount))"
        case .takingsNothingPaid: return "brak wpłat"
        case .takingsByOperator: return "Według operatora"
        case .takingsByMethod: return "Według metody"
        case .takingsMore(let n): return "jeszcze \(n)"
        case .takingsUnknown: return "(nieznany)"
        case .historyUnreadableBecause(let why): return "Nie udało się odczytać historii: \(why)"
        case .statusNotRefreshed(let why): return "Nie odświeżono statusu: \(why)"
        case .canceledLink(let name): return "Anulowano" + (name.map { " „\($0)”" } ?? "")
        case .notCanceledBecause(let why): return "Nie anulowano: \(why)"
        case .notCanceled: return "Nie anulowano"
        case .nothingToReconcile: return "Nie ma czego uzgadniać"
        case .reconcileFailed(let why): return "Uzgadnianie nie powiodło się: \(why)"
        case .reconciling: return "uzgadnianie nieznanych prób…"
        case .canceling: return "anulowanie…"
        case .showingStatus(let status):
            return status == "all" ? "Wyświetlane są wszystkie linki" : "Wyświetlane są linki o statusie „\(statusName(status))”"
        case .onlyActiveCancelable(let badge): return "Anulować można tylko aktywny link; ten ma status \(badge)"
        case .cancelQuestion(let name, let amount): return "Anulować link „\(name)”\(amount.map { " (\($0))" } ?? "")? y/n"
        case .askingStatus: return "pobieranie statusu…"
        case .askingStatuses(let n): return "pobieranie statusów: \(n)…"
        case .nothingToRefresh: return "Nie ma czego odświeżać"
        case .noLinkUnknown: return "Dla tej próby nie znamy linku (wynik nieznany): naciśnij u, aby uzgodnić"
        case .noLinkRefused: return "API odrzuciło tę próbę; link nie powstał"
        case .noLinkNotMade: return "Ta próba nie utworzyła linku"
        case .noLinkURL: return "Ten link nie ma adresu płatności"
        case .batchFilterCleared: return "Filtr partii wyłączony"
        case .noBatchesYet: return "W historii nie ma jeszcze partii (tworzy je paylink batch PLIK)"
        case .batchesUnreadable(let why): return "Nie udało się odczytać partii: \(why)"
        case .showingBatch(let id): return "Wyświetlana partia \(id) (b lub esc pokazuje wszystkie linki)"
        case .reconciled(let adopted, let notCreated, let stillUnknown, let inFlight):
            var parts: [String] = []
            if adopted > 0 { parts.append("znalezione linki, których odpowiedź zaginęła: \(adopted)") }
            if notCreated > 0 { parts.append("nieznane próby, które nie doszły do skutku: \(notCreated)") }
            if stillUnknown > 0 { parts.append("nadal nieznane: \(stillUnknown) (brak odpowiedzi API)") }
            if inFlight > 0 { parts.append("wciąż czekają w innym paylink: \(inFlight)") }
            return "Uzgodniono: " + parts.joined(separator: "; ")
        case .syncFailed(let why, let last): return "synchronizacja nie powiodła się: \(why)" + (last.map { " (ostatnio \($0))" } ?? "")
        case .syncedAt(let clock): return "zsynchronizowano z Paysera \(clock)"
        case .syncedCounts(let added, let changed): return "nowe \(added), zmienione \(changed)"
        case .syncingNow: return "synchronizacja…"
        case .noHistoryKept: return "dla tego profilu historia nie jest zapisywana"
        case .refundTitle(let name): return "Zwrot · \(name)"
        case .refundStanding(let paid, let back, let left): return "Opłacono \(paid) · zwrócono \(back) · pozostało \(left)"
        case .refundPayer(let payer): return "Płatnik \(payer)"
        case .readingPaid: return "odczytywanie wpłat…"
        case .refunding: return "zwracanie…"
        case .refundKeys: return "enter zwrot · tab następne pole · esc zamknij"
        case .refundReason: return "Powód"
        case .onlyPaidRefundable: return "Zwrot jest możliwy tylko dla opłaconego linku"
        case .refundedInFull: return "Ta płatność została zwrócona w całości"
        case .refundedAmount(let amount, let status): return "Zwrócono \(amount)" + (status.map { " (\($0))" } ?? "")
        case .notRefundedBecause(let why): return "Nie zwrócono: \(why)"
        case .nothingRefunded: return "Nic nie zwrócono"
        case .nothingSent: return "nic nie wysłano."
        case .refundFound(let amount, let order): return "znaleziono zwrot: \(amount) za zamówienie \(order)"
        case .refundNotMade(let amount, let order): return "zwrotu nie wykonano: \(amount) za zamówienie \(order)"
        case .refundStillUnknown(let amount, let order): return "zwrot nadal nieznany: \(amount) za zamówienie \(order)"
        case .attemptFound(let id, let name): return "znaleziono: \(id) \(name)"
        case .attemptNotCreated(let name): return "nie utworzono: \(name)"
        case .attemptStillUnknown(let name, let why): return "nadal nieznane: \(name): \(why)"
        case .attemptInFlight(let name): return "wciąż czeka na odpowiedź w innym paylink: \(name)"
        case .linkCanceledID(let id): return "Anulowano \(id)."
        case .refundQuestion(let amount, let payer, let order, let remaining):
            return "Zwrócić \(amount) \(payer.map { "płatnikowi \($0)" } ?? "płatnikowi") za zamówienie \(order)"
                + (remaining.map { " (pozostanie \($0))" } ?? "") + "?"
        case .refundMade(let amount, let order, let status, let before):
            let state = status.map { " (\($0))" } ?? ""
            return before
                ? "Już zwrócono: \(amount) za zamówienie \(order)\(state) we wcześniejszym uruchomieniu, którego odpowiedź zaginęła; nic nie wysłano ponownie."
                : "Zwrócono \(amount) za zamówienie \(order)\(state)."
        case .refundNothingRemains: return "Nie ma nic do zwrotu: ta płatność została zwrócona w całości"
        case .refundAtMost(let amount): return "Do zwrotu pozostało najwyżej \(amount)"
        case .reasonControl: return "Powód musi być zwykłym tekstem, bez znaków sterujących"
        case .reasonTooLong(let max, let has): return "Powód może mieć najwyżej \(count(max, "znak", "znaki", "znaków")) (teraz \(has))"
        case .restoreDraft(let name, let at):
            return "Przywrócić niedokończony link\(name.map { " „\($0)”" } ?? "")\(at.map { " (zapisany \($0))" } ?? "")? y/n"
        case .paidNeedsNoFresh: return "Ten link jest opłacony: jego zamówienie nie potrzebuje nowego linku"
        case .stillActiveEditOrDuplicate: return "Ten link jest nadal aktywny: e go zmienia, d tworzy kopię"
        case .onlyActiveChangeable(let status): return "Zmienić można tylko aktywny link płatności; ten ma status \(statusName(status))."
        case .pressFForFresh: return "Naciśnij f, aby utworzyć nowy link do tego samego zamówienia."
        case .profileUnusable(let name, let why): return "Nie można użyć profilu \(name): \(why)"
        case .copiedThrough(let tool, let failed):
            let terminal = "Skopiowano przez terminal (OSC 52)"
            guard let tool else { return terminal }
            return failed ? "\(terminal); \(tool) nie zadziałał" : "\(terminal) i \(tool)"
        case .openedInBrowser: return "Otwarto w przeglądarce"
        case .xdgOpenMissing: return "Nie znaleziono xdg-open: naciśnij c i wklej adres URL do przeglądarki"
        case .xdgOpenFailed: return "xdg-open nie mógł otworzyć adresu URL"
        case .displayScanToPay: return "Zeskanuj, aby zapłacić"
        case .displayToPay: return "Do zapłaty"
        case .displayValidFor: return "Ważny jeszcze"
        case .displayValidUntil: return "Ważny do"
        case .displayPaid: return "Zapłacono"
        case .displayThankYou: return "Dziękujemy!"
        case .displayExpired: return "Link do płatności wygasł"
        case .displayCanceled: return "Płatność została anulowana"
        case .displayNeedsUnicode: return "Na tym ekranie nie można wyświetlić kodu"
        case .displayTooSmall(let columns, let rows): return "Ekran jest za mały: potrzeba \(columns)×\(rows)"
        }
    }
}
