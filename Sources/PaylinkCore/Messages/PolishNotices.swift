import PayseraCheckout

extension Polish {
    static func notice(_ message: NoticeMessage) -> String {
        switch message {
        case .configUnreadable(let path, let reason): return "Nie można odczytać \(path): \(reason)"
        case .configProblem(let path, let line, let column, let subject, let problem):
            let place = switch (line, column) {
            case (let line?, let column?): ", wiersz \(line), kolumna \(column)"
            case (let line?, nil): ", wiersz \(line)"
            default: ""
            }
            let said = switch subject {
            case .none: ""
            case .file: "plik: "
            case .setting(let name): name + ": "
            }
            return "\(path)\(place): \(said)" + configProblem(problem)
        case .configMissing(let profile, let setting, let path):
            let (name, hint) = switch setting {
            case .baseURL: ("base_url", "Ustaw profiles.\(profile).base_url (np. https://api.paysera.com) lub PAYLINK_BASE_URL.")
            case .clientID: ("client_id", "Ustaw profiles.\(profile).client_id lub PAYSERA_CLIENT_ID.")
            case .clientSecret:
                ("sekretu klienta", "Ustaw profiles.\(profile).client_secret_command (np. „pass show paysera/\(profile)”), "
                    + "profiles.\(profile).client_secret lub PAYSERA_CLIENT_SECRET.")
            }
            return "Profil „\(profile)” nie ma \(name) (\(path)). \(hint)"
        case .configSecretCommand(let profile, let command, let reason):
            return "client_secret_command profilu „\(profile)” (\(command)) nie podał sekretu: \(secretProblem(reason))."
        case .configUnknownSetting(let line, let setting, let suggestion):
            return (line.map { "wiersz \($0): " } ?? "") + "nieznane ustawienie \(setting) jest pomijane"
                + (suggestion.map { " (czy chodziło o \($0)?)" } ?? "")
        case .sandboxNotStarted(let why): return "wbudowana piaskownica nie uruchomiła się: \(why)"
        case .sandboxMoved(let port, let url): return "port \(port) jest zajęty; tym razem piaskownica działa pod adresem \(url)"
        case .serverProgram(let problem):
            switch problem {
            case .notFound(let program, let folder):
                return "\(program) nie ma ani \(folder.map { "w \($0)" } ?? "w folderze paylink"), ani w PATH; zainstaluj go obok paylink"
            case .notStarted(let program, let why): return "nie udało się uruchomić \(program): \(why)"
            case .silent(let program): return "\(program) zakończył działanie, nie podając, gdzie nasłuchuje"
            case .noPipe(let why): return "nie udało się utworzyć potoku: \(why)"
            }
        case .tillNameRule: return "nazwa kasy to od 1 do 40 liter, cyfr, kropek, myślników lub podkreśleń, np. counter-2"
        case .notAvailableHere(let what):
            switch what {
            case .canceling: return "Tutaj nie można anulować linków"
            case .changing: return "Tutaj nie można zmieniać linków"
            case .refunds: return "Tutaj nie można robić zwrotów"
            case .syncing: return "Tutaj nie można synchronizować"
            case .batches: return "Partie nie są tu dostępne"
            case .switchingProfiles: return "Tutaj nie można przełączać profili"
            }
        case .unknownTerminal(let term): return "nieznany typ terminala „\(term)”; spróbuj --plain"
        case .historyCannotOpen(let path, let why): return "nie można otworzyć historii \(path): \(why)"
        case .api(let error): return error.said(in: apiWords)
        case .apiRefusedFields(let what, let lines): return "API odrzuciło \(made(what)): \(lines)"
        case .noUsableAnswer(let what, let detail):
            return "Brak użytecznej odpowiedzi na \(made(what)): mogło to powstać lub nie, i nie wysłano tego ponownie. "
                + "Uruchom `paylink reconcile`, aby to sprawdzić. (\(detail))"
        case .linkListUnreadable(let why, let readBefore):
            return "Nie udało się odczytać listy linków z API: \(why) "
                + (readBefore ? "To, co odczytano wcześniej, zostaje." : "Historia nie została zmieniona.")
        case .refundNoLink(let id): return "W tym projekcie nie ma linku \(id)."
        case .refundNoOrder(let id): return "Link \(id) nie ma zamówienia, więc nie ma czego zwracać."
        case .refundOrderUnreadable(let why): return "Nie udało się odczytać zamówienia, więc nic nie zwrócono: \(why)"
        case .refundCurrencyUnknown: return "Waluta linku nie jest znana, więc nic nie zwrócono."
        case .refundNoUsableAnswer(let detail):
            return "Nie przyszła użyteczna odpowiedź w sprawie zwrotu: mógł zostać wykonany lub nie, i nie wysłano go ponownie. "
                + "Uruchom to samo polecenie jeszcze raz lub `paylink reconcile`, aby to sprawdzić. (\(detail))"
        case .nothingPaidToRefund: return "Za zamówienie tego linku nic nie zapłacono, więc nie ma czego zwracać"
        case .refundNotRecorded(let why): return "Historia nie mogła zapisać zwrotu, więc nic nie wysłano: \(why)"
        case .refundNoID: return "Historia nie nadała zwrotowi identyfikatora; nic nie wysłano."
        case .historyNotUpdated(let why): return "Nie udało się zaktualizować historii: \(why)"
        case .sandboxRefusedPayment(let status): return "Piaskownica odrzuciła płatność (\(status))."
        case .batchFile(let problem):
            switch problem {
            case .inputNotKept(let path): return "Nie udało się zachować standardowego wejścia w \(path)"
            case .inputUnreadable(let why): return "Nie udało się odczytać standardowego wejścia: \(why)"
            case .noSuchFile(let path): return "\(path): nie ma takiego pliku"
            case .folder(let path): return "\(path) to folder, a nie plik CSV"
            case .notPermitted(let path): return "nie można odczytać \(path) (uprawnienia)"
            case .cannotOpen(let path): return "nie można otworzyć \(path)"
            case .wideText: return "Plik zawiera tekst UTF-16 lub UTF-32; zapisz go jako „CSV UTF-8”"
            case .unreadable(let why): return "Nie można odczytać pliku: \(why)"
            case .empty: return "Plik jest pusty; jego pierwszy wiersz musi nazywać kolumny"
            case .rowUnreadable(let row, let why): return "wiersz \(row): nie można odczytać pliku: \(why)"
            case .notUTF8(let row):
                return "wiersz \(row): plik nie jest tekstem UTF-8 („CSV” z arkusza w Windows-1250 lub Latin-1, albo w ogóle nie tekst); "
                    + "zapisz go jako „CSV UTF-8”"
            case .historyUnreadable(let why): return "Nie można odczytać historii: \(why)"
            case .resultNoFolder(let path): return "--output: nie można zapisać obok \(path)"
            case .resultNotWritten(let path, let why): return "--output: nie można zapisać \(path): \(why)"
            }
        case .batchSheet(let problem):
            switch problem {
            case .noKnownColumn:
                return "Pierwszy wiersz musi nazywać kolumny (purchase.reference lub order_id, purchase.amount, "
                    + "name …); żadna z jego komórek nie jest kolumną znaną paylink"
            case .unknownColumn(let column):
                return "Kolumna \(column) nie jest polem znanym paylink; nazywaj kolumny ścieżkami API z kropkami "
                    + "(purchase.amount, payer_information.email …) lub opcjami create (amount, payer-email …)"
            case .columnTwice: return "Ta kolumna występuje więcej niż raz"
            case .needsReference: return "Plik potrzebuje kolumny purchase.reference (reference) lub order_id (order-id)"
            case .needsAmount: return "Plik potrzebuje kolumny purchase.amount (amount) lub amount-minor"
            case .needsName: return "Plik potrzebuje kolumny name"
            case .needsLanguage: return "Plik potrzebuje kolumny experience.language (language) albo domyślnego języka w profilu"
            case .orderAndReference: return "Podaj order_id albo purchase.reference, nie oba"
            case .tooManyCells(let has, let columns): return "Wiersz ma komórek: \(has), a nagłówek nazywa kolumn: \(columns)"
            case .referenceAgain(let first): return "Numer referencyjny powtarza się (pierwszy raz w wierszu \(first))"
            case .orderAndNameAgain(let first): return "To samo zamówienie i nazwa powtarzają się (pierwszy raz w wierszu \(first))"
            case .headerOnly: return "Plik ma nagłówek, ale nie ma wierszy"
            case .historyUnreadable(let why): return "Nie można odczytać historii, więc nic nie wysłano: \(why)"
            case .earlierStillUnknown: return "Wynik wcześniejszej próby jest wciąż nieznany; nie wysłano jej ponownie. Uruchom plik ponownie później."
            }
        case .batchBusy: return "na tej historii działa już inna partia paylink; poczekaj, aż się skończy."
        case .batchHeaderBroken: return "Nagłówek pliku ma błędy; nic nie zostało wysłane."
        case .profilesColumn(let column):
            switch column {
            case .name: return "NAZWA"
            case .kind: return "RODZAJ"
            case .client: return "KLIENT"
            case .api: return "API"
            }
        case .builtIn: return "wbudowana"
        case .orderStatus(let status):
            switch status {
            case "pending_payment": return "oczekuje na płatność"
            case "paid": return "opłacone"
            case "refunded": return "zwrócone"
            case "canceled": return "anulowane"
            case "closed": return "zamknięte"
            default: return status
            }
        case .orderNotShown: return "to API nie pokazuje zamówień"
        case .someFieldsNeedAttention: return "Niektóre pola wymagają poprawy."
        case .noSuchLink(let detail): return "API nie zna linku płatności o tym identyfikatorze (\(detail))"
        case .changeNoUsableAnswer(let detail):
            return "Brak użytecznej odpowiedzi na zmianę: mogła zostać wprowadzona lub nie. "
                + "Uruchom `paylink show ID --refresh`, aby zobaczyć link. (\(detail))"
        case .attemptNotRecorded(let why): return "Historia nie mogła zapisać próby, więc nic nie wysłano: \(why)"
        case .orderIDNotRecorded(let why): return "Historia nie mogła zapisać identyfikatora nowego zamówienia, więc link nie został wysłany: \(why)"
        case .orphanOrder(let reference):
            return "Wcześniejsza próba utworzyła zamówienie \(reference), ale przerwano ją, zanim odczytała jego identyfikator, a API "
                + "nie znajduje zamówienia po numerze referencyjnym. Wpisz identyfikator zamówienia z panelu Paysera w polu "
                + "„\(label(.orderID))” (--order-id) zamiast numeru i wyślij ponownie."
        }
    }

    static func made(_ what: Made) -> String {
        switch what {
        case .order: "zamówienie"
        case .paymentLink: "link płatności"
        case .change: "zmianę"
        }
    }

    static func secretProblem(_ problem: SecretCommandProblem) -> String {
        switch problem {
        case .notStarted(let why): "nie dało się go uruchomić (\(why))"
        case .signal(let n): "zatrzymał go sygnał \(n)"
        case .exitStatus(let n): "zakończył się błędem, kod wyjścia \(n)"
        case .notUTF8: "wypisał tekst, który nie jest UTF-8"
        case .printedNothing: "nic nie wypisał"
        }
    }

    static func configProblem(_ problem: ConfigProblem) -> String {
        let kind = { (kind: ConfigValueKind) in
            switch kind {
            case .list: "listy"
            case .group: "grupy ustawień `nazwa: wartość`"
            case .text: "tekstu"
            }
        }
        switch problem {
        case .yaml(let words): return words
        case .notYAML: return "to nie jest poprawny YAML"
        case .notSettings: return "nie da się odczytać ustawień"
        case .settingTwice(let names): return "ustawienie \(names) występuje dwa razy"
        case .notSettingsList: return "oczekiwano listy ustawień (wiersze `nazwa: wartość`)"
        case .shouldBe(let k): return "oczekiwano \(kind(k))"
        case .shouldNotBeEmpty(let k): return "oczekiwano \(kind(k)), a jest pusto"
        case .missing: return "brak wartości"
        case .unreadableValue: return "wartości nie da się odczytać"
        case .unreadable: return "nie da się odczytać"
        case .notWebAddress: return "oczekiwano adresu http:// lub https://, np. https://api.paysera.com"
        case .bothSecrets: return "zawiera jednocześnie client_secret i client_secret_command; zostaw tylko jedno"
        }
    }

    static let apiWords = CheckoutWords(
        refused: { tag, detail in "API odrzuciło żądanie\(tag): \(detail)" },
        server: { tag, detail, wait in
            "Błąd serwera API\(tag): \(detail)." + (wait.map { " Poproszono o odczekanie \($0) s przed ponowną próbą." } ?? "")
        },
        unknownTail: ". Żądanie mogło zostać wykonane lub nie; sprawdź przed ponowną próbą.",
        notSentTail: ". Nic nie zostało wysłane do API.",
        unusable: { tag, detail in "Odpowiedzi API\(tag) nie da się użyć: \(detail)" },
        noToken: "Brak tokenu dostępu: ",
        reason: { reason in
            let at = { (place: String?) in place.map { " pod adresem \($0)" } ?? "" }
            switch reason {
            case .couldNotConnect(let place, let why): return "Nie można połączyć się z API\(at(place)) (\(why))"
            case .connectTimedOut(let place, let seconds): return "Nie można połączyć się z API\(at(place)) w ciągu \(seconds)"
            case .cancelled(let sent): return sent ? "Żądanie anulowano w oczekiwaniu na odpowiedź API" : "Żądanie anulowano przed wysłaniem"
            case .noAnswer(let seconds): return "API nie odpowiedziało w ciągu \(seconds)"
            case .connectionBroke(let why): return "Połączenie z API zerwało się przed odpowiedzią (\(why))"
            }
        })
}
