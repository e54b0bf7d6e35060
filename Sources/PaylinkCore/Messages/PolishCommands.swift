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
            case "the search index": return "indeks wyszukiwania"
            case "the list's order": return "kolejność listy"
            case "the batch columns": return "kolumny partii"
            case "who made each link, and the search index": return "kto utworzył każdy link oraz indeks wyszukiwania"
            case "the callback receipts": return "potwierdzenia wywołań zwrotnych"
            case "each link's project": return "projekt każdego linku"
            case "the search within a project": return "wyszukiwanie w projekcie"
            case "the search index by project": return "indeks wyszukiwania według projektu"
            case "the refunds": return "zwroty"
            case "the customer displays": return "ekrany dla klienta"
            case "the takings index of payments": return "indeks obrotów: płatności"
            case "the takings index of links made": return "indeks obrotów: utworzone linki"
            case "the takings index of expiries": return "indeks obrotów: wygasłe linki"
            case "filling the search index": return "wypełnianie indeksu wyszukiwania"
            default: return what
            }
        case .upgradeStep(let number, let count, let what): return "krok \(number) z \(count): \(what)…"
        case .upgradeBegins(let links, let steps):
            return "plik historii (linki: \(links)) utworzyła wcześniejsza wersja; trwa jego aktualizacja "
                + "\(steps == 1 ? "w jednym kroku" : "w \(steps) krokach"). "
                + "Ctrl-C ją przerywa, a następne uruchomienie wznawia od przerwanego kroku."
        case .upgradeStepBefore(let seconds): return " (poprzedni krok: \(seconds) s)"
        case .upgradeDone(let last, let all): return "historia jest aktualna (ostatni krok: \(last) s; łącznie: \(all) s)."
        }
    }
}
