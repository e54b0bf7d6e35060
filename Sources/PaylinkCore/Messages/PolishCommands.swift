// NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
extension Polish {
    static func command(_ message: CommandMessage) -> String {
        switch message {
        case .showLabel(let label):
            switch label {
            case .link: return "Link"
            case .order: return "Zamówienie"
            case .name: return "Nazwa"
            case .amount: return "Kwota"
            case .status: return "Status"
            case .expires: return "Ważny"
            case .url: return "URL"
            case .payer: return "Płatnik"
            case .email: return "E-mail"
            case .theOrder: return "Zamówienie"
            case .reference: return "Nr zamówienia"
            case .paid: return "Zapłacono"
            case .links: return "Linki"
            case .note: return "Uwaga"
            }
        case .listStatus(let status):
            switch status {
            case "active": return "aktywny"
            case "completed": return "opłacony"
            case "expired": return "wygasł"
            case "canceled": return "anulowany"
            case "sending": return "wysyłanie"
            case "created": return "utworzony"
            case "refused": return "odrzucony"
            case "outcome unknown": return "wynik nieznany"
            case "not created": return "nieutworzony"
            default: return status
            }
        case .batchRows(let rows, let valid, let invalid, let total):
            return "\(count(rows, "wiersz", "wiersze", "wierszy")): poprawne \(valid), błędne \(invalid)"
                + (total.map { "; razem \($0)" } ?? "")
        case .batchNothingSent(let summary, let fixRows):
            return "nic nie wysłano. \(summary)."
                + (fixRows ? " Popraw wiersze albo wyślij poprawne z --skip-invalid." : "")
        case .batchOrphans(let n):
            return "Wiersze (\(n)), których zamówienie utworzyło wcześniejsze uruchomienie, ale odpowiedzi nie odczytano; "
                + "kolumna błędów w pliku wyników mówi, co zrobić z każdym."
        case .batchUnknown(let n):
            return "Wiersze z nieznanym wynikiem: \(n); uruchom plik ponownie później, aby je wyjaśnić (nic nie zostanie wysłane dwa razy)."
        case .batchNotSent(let n):
            return "Wiersze niewysłane z powodu błędu po tej stronie: \(n); uruchom plik ponownie, aby je wysłać."
        case .batchSettling(let n): return "wyjaśnianie wierszy, których odpowiedź zginęła: \(n)"
        case .upgradeStepName(let what):
            switch what {
            case .searchIndex: return "indeks wyszukiwania"
            case .listOrder: return "kolejność listy"
            case .batchColumns: return "kolumny partii"
            case .creatorsAndSearchIndex: return "kto utworzył każdy link oraz indeks wyszukiwania"
            case .callbackReceipts: return "potwierdzenia wywołań zwrotnych"
            case .linkProjects: return "projekt każdego linku"
            case .searchWithinProject: return "wyszukiwanie w projekcie"
            case .searchIndexByProject: return "indeks wyszukiwania według projektu"
            case .refunds: return "zwroty"
            case .customerDisplays: return "ekrany dla klienta"
            case .takingsIndexOfPayments: return "indeks obrotów: płatności"
            case .takingsIndexOfLinksMade: return "indeks obrotów: utworzone linki"
            case .takingsIndexOfExpiries: return "indeks obrotów: wygasłe linki"
            case .fillingSearchIndex: return "wypełnianie indeksu wyszukiwania"
            case .unnamed: return "zmiana w pliku"
            }
        case .upgradeStep(let number, let count, let what): return "krok \(number) z \(count): \(what)…"
        case .upgradeBegins(let links, let steps):
            return "plik historii (linki: \(links)) utworzyła wcześniejsza wersja; trwa jego aktualizacja "
                + "\(steps == 1 ? "w jednym kroku" : "w \(steps) krokach"). "
                + "Ctrl-C ją przerywa, a następne uruchomienie wznawia od przerwanego kroku."
        case .upgradeStepBefore(let seconds): return " (poprzedni krok: \(seconds) s)"
        case .upgradeDone(let last, let all): return "historia jest aktualna (ostatni krok: \(last) s; łącznie: \(all) s)."
        case .nothingToChange: return "nie ma nic do zmiany: podaj --name, --purpose, --payer-name, --payer-email, --lifetime lub --extend."
        case .changedLink(let id): return "Zmieniono \(id)."
        case .refusedNothingChanged(let why): return "\(why) Nic nie zmieniono."
        case .lastDayBeforeFirst: return "ostatni dzień jest wcześniejszy niż --from."
        case .notADay(let text): return "„\(text)” nie jest dniem; wpisz np. 2026-12-01, today lub yesterday."
        case .amountAndCurrencyTogether: return "podaj --amount i --currency razem."
        case .countryNotISO(let country): return "\(country) nie jest kodem kraju ISO 3166-1."
        case .couldNotSignIn(let profile, let url, let why): return "profil \(profile) nie mógł się zalogować pod adresem \(url): \(why)"
        case .sandboxLogUnreadable: return "nie udało się odczytać dziennika zdarzeń piaskownicy"
        case .sandboxAnswerUnreadable: return "nie udało się odczytać odpowiedzi piaskownicy"
        case .noWebhookEvents: return "Brak zdarzeń webhook."
        case .deliveredTo(let event, let url): return "Dostarczono \(event) pod adres \(url): "
        case .displayNoHistory(let path, let till):
            return "w \(path) nie ma jeszcze historii; najpierw uruchom kasę: paylink --till \(till)"
        case .displayUnknownTill(let till, let path, let tills):
            let known = tills.isEmpty ? "żadna kasa jeszcze z nią nie działała" : "jej kasy: " + tills.joined(separator: ", ")
            return "kasa „\(till)” nie działała z historią \(path) (\(known)); "
                + "uruchom ją: paylink --till \(till), albo wybierz inną przez --till"
        case .displayNeedsTerminal: return "potrzebny jest terminal, który potrafi rysować ekran"
        case .uiLanguageUnknown(let option): return "--ui-language: „\(option)” nie jest żadnym z en, lt, lv, et, pl"
        case .syncedLinks(let added, let changed, let unchanged, let pages):
            return "Zsynchronizowano: nowe \(added), zmienione \(changed), bez zmian \(unchanged) (strony: \(pages))."
        case .syncedRefunds(let added, let changed, let orders):
            return "Zwroty: nowe \(added), zmienione \(changed) (odczytane zamówienia: \(orders))."
        case .earlierRefundUnknown(let amount, let order):
            return "Wcześniejszy zwrot \(amount) dla zamówienia \(order) ma nieznany wynik, którego API nie może teraz ustalić, więc "
                + "żaden inny zwrot dla tego zamówienia nie jest wysyłany. Spróbuj ponownie, gdy API odpowie, lub sprawdź panel Paysera."
        case .atLeastOne: return "musi wynosić co najmniej 1."
        case .batchOrStatus: return "podaj --batch albo --status, nie oba."
        case .notInHistory(let id): return "\(id) nie ma w historii tego profilu (spróbuj --refresh lub innego --profile)."
        case .jsonOrCSV: return "wybierz jedno."
        case .notCurrencyCode(let code): return "„\(code)” nie jest kodem waluty, np. EUR."
        case .displaySpeaks(let language, let languages): return "„\(language)”: ekran mówi w językach: \(languages)"
        case .parallelRange: return "musi być od 1 do 64."
        case .outputForStandardInput: return "podaj plik wyników, gdy wiersze przychodzą ze standardowego wejścia."
        case .batchDone(let batch, let created, let now, let refused, let unknown, let invalid, let notSent, let stopped, let results):
            return "Partia \(batch): utworzone \(created) (teraz \(now), wcześniej \(created - now)), "
                + "odrzucone \(refused), nieznane \(unknown), błędne \(invalid)"
                + (notSent > 0 ? ", niewysłane \(notSent)" : "") + (stopped ? " (zatrzymana)" : "") + ". Wyniki: \(results)"
        case .whoamiLabel(let label):
            switch label {
            case "Profile": return "Profil"
            case "Client": return "Klient"
            case "Project": return "Projekt"
            case "Operator": return "Operator"
            default: return label
            }
        case .profileKind(let live): return live ? "produkcyjny" : "piaskownica"
        case .projectNotInToken: return "niepodany w tokenie"
        case .historyNeedsTerminal: return "potrzebny jest terminal; w skryptach użyj `paylink list`."
        case .eventOrder(let order): return "zamówienie \(order)"
        case .eventNoCallback: return "(brak callback_url)"
        case .deliveryNoAnswer: return "brak odpowiedzi"
        case .deliveryIn(let what, let milliseconds, let resend):
            return "\(what) w \(milliseconds) ms" + (resend ? " (ponownie)" : "")
        case .configInsecure(let path, let mode):
            return "\(path) zawiera sekret klienta, ale inni użytkownicy mogą go czytać (uprawnienia \(mode)). Ustaw go jako prywatny: chmod 600 \(path)"
        case .configNoProfile(let name, let requestedBy, let path, let known):
            let list = known.isEmpty ? "nie ma w nim profili" : "są w nim: \(known.joined(separator: ", "))"
            return "W pliku \(path) nie ma profilu „\(name)” (żąda go \(requestedBy)); \(list)."
        case .rowPlace(let n): return "wiersz \(n)"
        case .reportColumn(let column):
            switch column {
            case .made: return "Utworzone"
            case .paid: return "Opłacone"
            case .paidAmount: return "Kwota opłacona"
            case .refunded: return "Zwrócono"
            case .net: return "Netto"
            case .expired: return "Wygasłe"
            case .cancelled: return "Anulowane"
            }
        case .reportBy(let group):
            switch group {
            case .operator: return "Według operatora"
            case .day: return "Według dnia"
            case .hour: return "Według godziny"
            case .method: return "Według metody płatności"
            }
        case .reportNothing: return "Nic nie utworzono, nie opłacono ani nie zwrócono."
        }
    }
}
