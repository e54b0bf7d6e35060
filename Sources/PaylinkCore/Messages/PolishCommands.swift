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
        }
    }
}
