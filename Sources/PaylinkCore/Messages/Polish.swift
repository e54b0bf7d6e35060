/// Polish (polski): every string translated. NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
enum Polish {
    static func count(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        "\(n) " + PluralForms(one: one, few: few, many: many, other: few).pick(n, in: .pl)
    }

    static func text(_ message: Message) -> String {
        switch message {
        case .verbatim(let text): return text
        case .label(let field): return label(field)
        case .key(let word): return key(word)
        case .ui(let word): return ui(word)
        case .screen(let sentence): return screen(sentence)
        case .command(let line): return command(line)
        case .notice(let notice): return self.notice(notice)
        case .required(let f): return "\(label(f)): pole wymagane"
        case .requiredSuchAs(let f, let example): return "\(label(f)): pole wymagane, np. \(example.replacingOccurrences(of: " or ", with: " lub "))"
        case .controlCharacters(let f): return "\(label(f)): nie może zawierać znaków sterujących (tabulacji, sekwencji sterujących)"
        case .tooLong(let f, let max, let has):
            return "\(label(f)): najwyżej \(count(max, "znak", "znaki", "znaków")) (teraz \(has))"
        case .orderIDNotUUID: return "ID zamówienia musi być UUID, np. a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a"
        case .referenceCharacter(let bad):
            return "Numer zamówienia nie może zawierać „\(bad)”: tylko A–Z, a–z, 0–9, spacje i _ / ? : ( ) . , ' + -"
        case .currencyNotCode: return "Waluta musi być trzyliterowym kodem ISO 4217, np. EUR"
        case .currencyUnknown(let code): return "„\(code)” nie jest kodem waluty ISO 4217; spróbuj PLN, EUR lub USD"
        case .languageNotCode: return "Język musi być dwuliterowym kodem ISO 639-1, np. pl lub en"
        case .languageUnknown(let code): return "„\(code)” nie jest kodem języka ISO 639-1; spróbuj pl lub en"
        case .paymentFlowUnknown: return "Przebieg płatności musi być paysera_checkout lub direct_payment"
        case .methodKeySpaces: return "Metoda płatności musi być kluczem metody bez spacji, np. card-payment"
        case .countryNotCode: return "Kraj musi być dwuliterowym kodem ISO 3166-1, np. PL lub DE"
        case .countryUnknown(let code): return "„\(code)” nie jest kodem kraju ISO 3166-1; spróbuj PL lub DE"
        case .emailInvalid: return "E-mail płatnika musi być adresem, np. imie@example.com"
        case .metadataNeedsEquals(let entry): return "Wpis metadanych \(entry) zapisz jako klucz=wartość"
        case .metadataNeedsKey(let entry): return "Wpisowi metadanych \(entry) brakuje klucza przed ="
        case .metadataKeyTwice(let key): return "Klucz metadanych \(key) występuje więcej niż raz"
        case .metadataKeyEmpty: return "Klucz metadanych nie może być pusty"
        case .metadataKeyTooLong(let key, let max, let has):
            return "Klucz metadanych \(key): najwyżej \(count(max, "znak", "znaki", "znaków")) (teraz \(has))"
        case .metadataValueTooLong(let key, let max, let has):
            return "Wartość klucza \(key): najwyżej \(count(max, "znak", "znaki", "znaków")) (teraz \(has))"
        case .directPaymentNeedsMethod: return "Wybierz metodę płatności: przebieg direct_payment prowadzi prosto do niej"
        case .emptyWhenGiven(let f): return "\(label(f)): jeśli podane, nie może być puste"
        case .urlRefused(let f, let max):
            return "\(label(f)): adres https (http tylko dla 127.0.0.1 lub localhost), najwyżej \(max) znaków"
        case .notRemovable(let f): return "\(label(f)): nie można usunąć z istniejącego linku; wpisz nową wartość"
        case .amountNeedsCurrency: return "Najpierw wybierz poprawną walutę, potem kwota zostanie sprawdzona"
        case .amountPositive(let zero): return "Kwota musi być większa niż \(zero)"
        case .amountNoSign(let example): return "Wpisz kwotę bez znaku, np. \(example)"
        case .amountNotNumber(let code, let example): return "Kwota musi być liczbą (\(code)), np. \(example)"
        case .amountGrouping(let example):
            return "Tysiące oddzielaj spacją co trzy cyfry albo pisz bez separatorów, np. \(example)"
        case .amountNoDecimals(let code, let example):
            return "Kwoty w \(code) nie mają części ułamkowej: wpisz liczbę całkowitą, np. \(example)"
        case .amountDecimals(let code, let digits, let example):
            return "Kwoty w \(code) mają najwyżej \(count(digits, "miejsce", "miejsca", "miejsc")) po przecinku, np. \(example)"
        case .amountAtMost(let largest): return "Kwota nie może przekraczać \(largest)"
        case .amountAmbiguous(let typed, let whole, let decimal):
            return "„\(typed)” można odczytać dwojako: wpisz \(whole) (kwota całkowita) lub \(decimal) (z groszami)"
        case .lifetimeNegative: return "Ważność nie może być ujemna"
        case .lifetimeShape: return "Ważność to sekundy lub czas trwania, np. 90m, 3d, 1d12h, 2h30m, 1w lub never"
        case .lifetimeTooLong(let seconds): return "Ważność to najwyżej 999 dni (\(seconds) s)"
        case .lifetimeUnitTwice: return "Każdą jednostkę podaj raz, np. 1d12h"
        case .seconds(let n): return count(n, "sekunda", "sekundy", "sekund")
        case .minutes(let n): return count(n, "minuta", "minuty", "minut")
        case .hours(let n): return count(n, "godzina", "godziny", "godzin")
        case .days(let n): return count(n, "dzień", "dni", "dni")
        case .weeks(let n): return count(n, "tydzień", "tygodnie", "tygodni")
        case .links(let n): return count(n, "link", "linki", "linków")
        case .rows(let n): return count(n, "wiersz", "wiersze", "wierszy")
        case .tooSmallNeed(let w, let h): return "terminal za mały: potrzeba \(w)×\(h)"
        case .tooSmallNow(let w, let h): return "teraz \(w)×\(h)"
        case .historyBatchTitle(let id): return "historia · partia \(id)"
        case .helpLines(let first, let last, let total): return "wiersze \(first)–\(last) z \(total)"
        case .couldNotLoad(let why): return "nie udało się wczytać: \(why)"
        case .noMatchKeeps(let typed): return "brak wyników: enter zostawia „\(typed)”"
        case .pickerPosition(let i, let n): return "\(i)/\(n)  ↑↓ przesuwa"
        case .expiresOn(let date): return "ważny do \(date)"
        case .expiredOn(let date): return "\(date)"
        case .qrEnlarge(let w, let h): return "Kod QR: powiększ terminal do \(w)×\(h)"
        case .qrPressKey(let key): return "Kod QR: \(key) – na pełnym ekranie"
        case .partRefunded(let back, let paid): return "CZĘŚCIOWO ZWRÓCONO \(back) z \(paid)"
        case .linkID(let id): return "link \(id)"
        case .historyNoMatch(let search, let status):
            return "Żaden link nie pasuje do „\(search)”" + (status.map { " (status: \(statusName($0)))" } ?? "")
        case .historyNoneInBatch(let batch, let status):
            return "Brak linków w partii \(batch)" + (status.map { " (status: \(statusName($0)))" } ?? "")
        case .historyNoneWithStatus(let status): return "Brak linków o statusie „\(statusName(status))” (s pokazuje inne)"
        case .historyPosition(let i, let known, let more): return "\(i) z \(known)\(more ? "+" : "")"
        case .amountBack(let amount): return "zwrot \(amount)"
        case .statusName(let status): return statusName(status)
        case .batchTypePath(let quits):
            return "Wpisz ścieżkę pliku CSV i naciśnij Enter; Tab uzupełnia nazwę pliku; Esc \(quits ? "kończy" : "wraca")."
        case .batchSummary(let rows, let valid, let invalid, let total):
            return "\(text(.rows(rows))): poprawne \(valid), błędne \(invalid)" + (total.isEmpty ? "" : "; razem \(total)")
        case .batchAllMade(let made, let skipped):
            let all = made == 1 ? "Jedyny poprawny wiersz ma już link" : "Wszystkie poprawne wiersze (\(made)) mają już linki"
            return all + "; nie ma czego wysyłać\(skippedNote(skipped)). Zapisać plik wyników? y/n"
        case .batchMake(let links, let total, let made, let skipped):
            return "Utworzyć \(text(.links(links)))" + (total.map { ", razem \($0)" } ?? "")
                + (made > 0 ? "; \(text(.rows(made))) już z linkami" : "") + skippedNote(skipped) + "? y/n"
        case .batchProgress(let done, let total, let perSecond, let refused, let unknown, let notSent):
            return "\(done)/\(total)  \(perSecond) linków/s  odrzucone \(refused)  nieznane \(unknown)"
                + (notSent > 0 ? "  niewysłane \(notSent)" : "")
        case .batchRowTitle(let n): return "Wiersz \(n) (Enter lub Esc zamyka)"
        case .batchCurrencies(let list): return list
        case .languageSwitched(let name): return "Język: \(name)"
        case .fieldProblem(let f, let problem): return "\(label(f)): \(problem)"
        case .fieldsNeedAttention(let n): return "Pola do poprawy: \(n)"
        case .historyBadge(let english):
            switch english {
            case "PAID": return "OPŁACONY"
            case "ACTIVE": return "AKTYWNY"
            case "EXPIRED": return "WYGASŁY"
            case "CANCELED": return "ANULOWANY"
            case "REFUNDED": return "ZWRÓCONY"
            case "PART REF": return "CZĘŚĆ ZW."
            case "SENDING": return "WYSYŁANIE"
            case "UNKNOWN": return "NIEZNANY"
            case "REFUSED": return "ODRZUCONY"
            case "NOT MADE": return "NIE UTW."
            default: return english
            }
        case .batchChoiceRows(let rows, let made): return "\(text(.rows(rows))), utworzono \(made)"
        case .plainTitle(let sandbox, let profile): return "paylink: nowy link do płatności" + (sandbox ? " (PIASKOWNICA)" : "") + ", profil \(profile)"
        case .plainOrderQuestion(let current): return "Zamówienie: nowe czy ID istniejącego? (new/existing) [\(current)]: "
        case .plainURL(let url): return "URL płatności: \(url)"
        case .plainExpires(let date, let left): return "Ważny do: \(date) (zostało \(left))"
        case .refusedBecause(let why): return "Odrzucono: \(why)"
        case .plainError(let why): return "Błąd: \(why)"
        case .plainNoAnswer(let why):
            return "Brak odpowiedzi serwera (\(why)). Link mógł powstać albo nie; nie wysłano go ponownie. Zanim utworzysz go jeszcze raz, sprawdź historię."
        case .notSentBecause(let why): return "Nie wysłano: \(why)"
        case .plainMethods(let list): return "Metody płatności: \(list)"
        case .plainMethodsFailed(let why): return "Nie udało się wczytać metod płatności: \(why); klucz metody możesz wpisać sam"
        case .refusedFields(let n, let reason): return "Odrzucono: pola do poprawy: \(n)" + (reason.isEmpty ? "" : " (\(reason))")
        case .orderLine(let text): return "Zamówienie \(text)"
        case .orderPaid(let amount): return "opłacono \(amount)"
        case .orderOtherLinks(let list): return "inne linki: \(list)"
        case .amountOf(let part, let whole): return "\(part) z \(whole)"
        case .createdExpiresIn(let words, let date): return "Ważny jeszcze \(words) (do \(date))."
        case .createdExpired(let date): return "Wygasł (\(date))."
        case .simulatedFailed(let why): return "Symulowana płatność nie powiodła się: \(why)"
        case .switchingTo(let name): return "przełączanie na \(name)…"
        case .nowUsingProfile(let name, let live): return "Teraz używany profil \(name)" + (live ? ": PRODUKCJA, prawdziwe płatności" : "")
        case .changeFailed(let why): return "\(why) Nic nie zmieniono."
        }
    }

    private static func skippedNote(_ n: Int) -> String {
        n > 0 ? " (pominięte błędne wiersze: \(n))" : ""
    }

    static func statusName(_ status: String) -> String {
        switch status {
        case "all": "wszystkie"
        case "active": "aktywny"
        case "paid": "opłacony"
        case "expired": "wygasły"
        case "canceled": "anulowany"
        case "unknown": "nieznany"
        case "created": "utworzony"
        case "refused": "odrzucony"
        case "invalid": "błędny"
        case "not_sent": "niewysłany"
        case "refunded": "zwrócony"
        default: status
        }
    }

    static func label(_ field: FieldPath) -> String {
        switch field {
        case .orderID: "ID zamówienia"
        case .reference: "Nr zamówienia"
        case .currency: "Waluta"
        case .amount: "Kwota"
        case .name: "Nazwa"
        case .language: "Język"
        case .paymentFlow: "Przebieg płatności"
        case .lifetime: "Ważność"
        case .methodKey: "Metoda płatności"
        case .purpose: "Tytuł"
        case .countryCode: "Kraj"
        case .payerName: "Płatnik"
        case .payerEmail: "E-mail płatnika"
        case .metadata: "Metadane"
        case .successURL: "URL sukcesu"
        case .failureURL: "URL niepowodzenia"
        case .cancelURL: "URL anulowania"
        case .callbackURL: "URL powiadomień"
        }
    }

    static func key(_ word: KeyWord) -> String {
        switch word {
        case .quit: "wyjdź"
        case .help: "pomoc"
        case .suspend: "wstrzymaj, do powłoki"
        case .createLink: "utwórz link"
        case .nextField: "następne pole"
        case .previousField: "poprzednie pole"
        case .activate: "następne pole · lista · utwórz"
        case .openList: "otwórz listę"
        case .orderChoice: "nowe/istniejące zamówienie"
        case .otherFlow: "inny przebieg płatności"
        case .back: "wstecz"
        case .cursorLeft: "kursor w lewo"
        case .cursorRight: "kursor w prawo"
        case .fieldStart: "początek pola"
        case .fieldEnd: "koniec pola"
        case .deleteLeft: "usuń w lewo"
        case .deleteRight: "usuń w prawo"
        case .deleteToEnd: "usuń do końca"
        case .deleteToStart: "usuń do początku"
        case .deleteWord: "usuń słowo w lewo"
        case .choose: "wybierz"
        case .previous: "poprzedni"
        case .next: "następny"
        case .closeList: "zamknij listę"
        case .choosePrevious: "wybierz, poprzednie pole"
        case .copy: "kopiuj"
        case .qrCode: "kod QR"
        case .open: "otwórz"
        case .newLink: "nowy link"
        case .duplicate: "duplikuj"
        case .sandboxPay: "piaskownica: zapłać"
        case .edit: "edytuj"
        case .freshLink: "nowy link"
        case .refund: "zwrot"
        case .closeHelp: "zamknij pomoc"
        case .scrollDown: "w dół"
        case .scrollUp: "w górę"
        case .lineDown: "wiersz w dół"
        case .lineUp: "wiersz w górę"
        case .top: "na początek"
        case .history: "historia"
        case .takings: "utarg"
        case .switchProfile: "zmień profil"
        case .backToHistory: "wróć do historii"
        case .nextLink: "następny link"
        case .previousLink: "poprzedni link"
        case .pageDown: "strona w dół"
        case .pageUp: "strona w górę"
        case .newestLink: "najnowszy link"
        case .search: "szukaj"
        case .status: "status"
        case .details: "szczegóły"
        case .cancel: "anuluj"
        case .refresh: "odśwież"
        case .refreshAll: "odśwież widoczne"
        case .reconcile: "uzgodnij"
        case .batchFilter: "tylko linki jednej partii · znów wszystkie"
        case .done: "gotowe"
        case .clearSearch: "wyczyść wyszukiwanie"
        case .yes: "tak"
        case .no: "nie"
        case .batchFromFile: "partia z pliku CSV"
        case .makeLinks: "utwórz linki"
        case .nextRow: "następny wiersz"
        case .previousRow: "poprzedni wiersz"
        case .rowResult: "wiersz · wynik"
        case .backStop: "wstecz · zatrzymaj"
        case .earlier: "wcześniej"
        case .later: "później"
        case .day: "dzień"
        case .week: "tydzień"
        case .month: "miesiąc"
        case .today: "dziś"
        case .chartCurrency: "waluta wykresu"
        case .close: "zamknij"
        case .language: "język"
        case .inGlobal: "Wszędzie"
        case .inBrowse: "Gdy żadne pole tekstowe nie jest aktywne"
        case .inHistory: "Historia"
        case .inHistorySearch: "Wyszukiwanie w historii"
        case .inConfirm: "Odpowiedź na pytanie"
        case .inForm: "Formularz"
        case .inChoice: "Wybór zamówienia"
        case .inEditing: "Edycja pola"
        case .inPicker: "Lista wyboru"
        case .inResult: "Wynik"
        case .inQR: "Widok kodu QR"
        case .inFlowChoice: "Wybór przebiegu płatności"
        case .inHelp: "Pomoc"
        case .inBatch: "Partia"
        case .inRefund: "Zwrot"
        case .inTakings: "Utarg"
        }
    }

    static func ui(_ word: UIWord) -> String {
        switch word {
        case .titlePaymentLink: "link do płatności"
        case .titleHistory: "historia"
        case .titleNewLink: "nowy link do płatności"
        case .titleChangeLink: "zmiana linku do płatności"
        case .titleQR: "kod QR"
        case .titleBatch: "partia"
        case .titleTakings: "utarg"
        case .titleKeys: "klawisze"
        case .sending: "wysyłanie…"
        case .tooSmallHint: "powiększ okno albo naciśnij Ctrl-C, aby wyjść"
        case .otherScreens: "Inne ekrany"
        case .moreAbove: "↑ więcej"
        case .moreBelow: "↓ więcej"
        case .helpMoreBelow: "↓ więcej: pgdn"
        case .helpMoreAbove: "↑ pgup"
        case .buttonSending: "[ Wysyłanie… ]"
        case .buttonCreate: "[ Utwórz link ]"
        case .buttonSave: "[ Zapisz zmiany ]"
        case .submitAnywhere: "ctrl-s z każdego miejsca"
        case .groupOrder: "Zamówienie"
        case .groupPayment: "Płatność"
        case .groupPayer: "Płatnik"
        case .groupMore: "Więcej"
        case .orderWord: "Zamówienie"
        case .newOrder: "nowe"
        case .existingOrder: "istniejące"
        case .loading: "wczytywanie…"
        case .typeToSearch: "pisz, aby szukać"
        case .flowPaysera: "metody pokazuje Paysera"
        case .flowDirect: "prosto do jednej metody"
        case .neverExpires: "bezterminowy"
        case .expired: "wygasł"
        case .expiresIn: "zostało"
        case .paymentURL: "URL płatności"
        case .paid: "Opłacono"
        case .badgePaid: "OPŁACONO"
        case .badgeRefunded: "ZWRÓCONO"
        case .badgeCanceled: "ANULOWANO"
        case .badgeActive: "AKTYWNY"
        case .badgeExpired: "WYGASŁ"
        case .qrNotMade: "Kod QR: nie udało się utworzyć dla tego URL"
        case .qrNeedsUTF8Colour: "Kod QR: potrzebny terminal UTF-8 z kolorami"
        case .qrNeedsUTF8: "Kod QR: potrzebny terminal UTF-8"
        case .search: "szukaj"
        case .statusLabel: "status:"
        case .columnCreated: "Utworzono"
        case .columnName: "Nazwa"
        case .columnAmount: "Kwota"
        case .columnStatus: "Status"
        case .columnLeft: "Zostało"
        case .columnPayer: "Płatnik"
        case .columnBy: "Kto"
        case .columnReference: "Nr zam."
        case .historyUnreadable: "Nie udało się odczytać historii."
        case .reading: "odczyt…"
        case .noLinksYet: "Nie ma jeszcze linków: tu pojawią się utworzone linki"
        case .never: "bezterminowo"
        case .reconcile: "uzgodnij"
        case .batchCSVFile: "Plik CSV:"
        case .batchFile: "Plik:"
        case .batchChecking: "Sprawdzanie wszystkich wierszy …"
        case .batchStopQuestion: "Zatrzymać wysyłanie? Wysłane wiersze zostaną dokończone; resztę wyśle kolejne uruchomienie. y/n"
        case .columnRow: "Wiersz"
        case .columnPayerProblem: "Płatnik / problem"
        case .invalid: "błędny"
        case .batchNoValidRow: "Brak poprawnych wierszy do wysłania"
        case .batchStopping: "Zatrzymywanie po wysłanych wierszach; resztę wyśle kolejne uruchomienie"
        case .languageTitle: "Język"
        case .stillSending: "Poprzednie żądanie jest jeszcze wysyłane…"
        case .saveChanges: "zapisz zmiany"
        case .locked: "zablokowane"
        case .nothingChanged: "Nic jeszcze nie zmieniono: zmień pole albo naciśnij esc"
        case .batchChoiceTitle: "tylko linki partii…"
        case .readingBatches: "odczyt partii…"
        case .plainIntro: "Enter zostawia wartość w nawiasach. Pola wymagane oznaczono *."
        case .plainOrderAnswer: "Błąd: odpowiedz new lub existing"
        case .plainConfirm: "Utworzyć ten link? (y/n) [y]: "
        case .plainSending: "Wysyłanie…"
        case .plainExpiresNever: "Ważny: bezterminowo"
        case .plainCorrect: "Popraw te pola."
        case .plainCancelled: "Anulowano; link nie został utworzony."
        case .plainNoMethods: "Dla tej kwoty nie ma metod płatności."
        case .manualKeysBefore: "Klawisze programu terminalowego według miejsca działania, tak jak ekran pomocy"
        case .manualKeysMiddle: "je wymienia. ID każdej akcji w nawiasach to nazwa, której"
        case .manualKeysAfter: "w config.yaml używa się, by przypisać jej inne klawisze."
        case .noOtherLink: "brak"
        case .createdNeverExpires: "Ważny bezterminowo."
        case .rowHasNoLink: "Ten wiersz nie ma jeszcze linku"
        case .editHint: "Zmień, co trzeba; ctrl-s zapisuje, esc zostawia bez zmian"
        case .nothingWasChanged: "Nic nie zmieniono"
        case .saving: "zapisywanie…"
        case .linkChanged: "Link zmieniony"
        case .freshLinkMaking: "tworzenie nowego linku w tym samym zamówieniu…"
        case .restoredDraft: "Przywrócono niedokończony link"
        case .onlyOneProfile: "Skonfigurowano tylko jeden profil (zob. paylink profiles)"
        case .waitForLink: "Poczekaj na odpowiedź w sprawie tworzonego linku"
        case .waitForBatch: "Przed zmianą profilu poczekaj na koniec partii albo ją zatrzymaj"
        case .copying: "kopiowanie…"
        case .openingBrowser: "otwieranie przeglądarki…"
        case .duplicateHint: "Kopia w tym samym zamówieniu: zmień, co trzeba, i utwórz"
        case .simulatedOnlySandbox: "Płatność można symulować tylko w piaskownicy"
        case .sandboxPaying: "piaskownica: płacenie…"
        case .linkCreated: "Link utworzony"
        }
    }
}
