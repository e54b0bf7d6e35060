// NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
extension Polish {
    static func help(_ text: CommandHelp) -> String {
        switch text {
        case .paylinkAbstract: "Twórz linki płatnicze Paysera Checkout: formularz, URL, kod QR, historia."
        case .openAbstract: "Otwórz program terminalowy (domyślnie, gdy nie podano podpolecenia)."
        case .openDiscussion: "Opcje pól otwierają formularz już wypełniony. Po zamknięciu wypisywany jest ostatni utworzony URL."
        case .historyAbstract: "Otwórz program terminalowy na historii: wszystkie utworzone linki, wyszukiwanie, zawsze aktualne statusy."
        case .createAbstract: "Utwórz link płatniczy (i jego zamówienie, z --reference i --currency)."
        case .createDiscussion:
            """
            Wypisuje URL płatności i czas jego wygaśnięcia; z --json – link w postaci zwróconej przez API.
            Kody wyjścia: 0 utworzono, 2 błędne dane, 3 odrzucone przez API, 4 wynik nieznany, 1 inny błąd.
            """
        case .methodsAbstract: "Wypisz metody płatności (klucze dla --method)."
        case .listAbstract: "Wypisz utworzone linki, od najnowszych."
        case .showAbstract: "Pokaż jeden link z historii."
        case .cancelAbstract: "Anuluj aktywny link."
        case .refundAbstract: "Zwróć płatność opłaconego linku: całą pozostałą kwotę lub jej część."
        case .refundDiscussion:
            """
            Zwrot jest zapisywany w historii, zanim wyjdzie jego żądanie; gdy odpowiedź zaginie, ponowne uruchomienie
            tego samego polecenia (lub `paylink reconcile`) ustala na podstawie zamówienia, co się stało, i nigdy
            nie wysyła zwrotu dwa razy. W terminalu najpierw pyta o potwierdzenie; z --yes nie pyta.
            Kody wyjścia: 0 zwrócono (także gdy ten sam zwrot przeszedł już we wcześniejszym uruchomieniu),
            2 błędne dane, 3 odrzucone przez API, 4 wynik nieznany, 130 rezygnacja, 1 inny błąd.
            """
        case .reportAbstract: "Utarg: linki utworzone, opłacone, wygasłe, anulowane; wpłaty, zwroty i netto w każdej walucie."
        case .reportDiscussion:
            """
            Czyta historię (--sync najpierw ją aktualizuje). Kwoty w różnych walutach nigdy nie są sumowane.
            Link liczy się w dniu opłacenia, zwrot w dniu jego dokonania; dni są liczone według czasu lokalnego.
            --csv zapisuje plik dla księgowego: jeden wiersz na każdą płatność i każdy zwrot.
            """
        case .updateAbstract: "Zmień nazwę, tytuł, płatnika lub termin ważności aktywnego linku."
        case .updateDiscussion:
            """
            Zmienić można tylko aktywny link; jego zamówienie, kwota, język, metoda płatności i metadane pozostają
            takie, jak przy utworzeniu.
            Kody wyjścia: 0 zmieniono, 2 błędne dane, 3 odrzucono (lub link nie jest już aktywny), 4 wynik nieznany,
            1 inny błąd.
            """
        case .exportAbstract: "Zapisz całą historię jako CSV lub JSON."
        case .reconcileAbstract: "Ustal, co się stało z linkami o nieznanym wyniku."
        case .batchAbstract: "Utwórz link płatniczy dla każdego wiersza pliku CSV (najpierw sprawdzany; uruchom ponownie, by wznowić)."
        case .batchDiscussion:
            """
            Kolumny to ścieżki API z kropkami (purchase.reference, purchase.amount, name, experience.language,
            payer_information.email …) lub nazwy opcji polecenia create (reference, amount, amount-minor, order-id,
            payer-email …); kolumny metadata.KEY stają się metadanymi. UTF-8 z BOM lub bez, ',' lub ';'.
            Każdy wiersz jest sprawdzany, zanim cokolwiek zostanie wysłane; każdy problem jest wypisywany jako
            `wiersz N, pole: komunikat` (nagłówek to wiersz 1). Ponowne uruchomienie tego samego pliku wysyła tylko
            wiersze, które nie mają jeszcze linku.
            Kody wyjścia: 0 wszystkie utworzone, 2 błędne dane (nic nie wysłano), 3 część odrzucona, 4 wynik części
            nieznany (lub zamówienie utworzone przez wcześniejsze przerwane uruchomienie, którego odpowiedzi nie
            odczytano: podaj jego id w kolumnie order-id), 1 część wierszy niewysłana z powodu awarii po tej stronie
            (brak połączenia, nie można zapisać historii).
            """
        case .syncAbstract: "Uzgodnij historię z linkami projektu w Paysera (inne kasy, panel)."
        case .profilesAbstract: "Wypisz profile z config.yaml (nigdy sekretów); * oznacza bieżący."
        case .whoamiAbstract: "Sprawdź w API dane uwierzytelniające bieżącego profilu i podaj profil, klienta i projekt."
        case .displayAbstract: "Pokaż ekran klienta kasy: kwotę i kod QR linku z kasy, a potem OPŁACONY."
        case .displayDiscussion:
            """
            Uruchom go na drugim terminalu, zwróconym do klienta. Śledzi `paylink` uruchomiony z tym samym --till \
            na tym komputerze, przez plik historii (bez portu sieciowego): nazwa sklepu i „Zeskanuj, aby zapłacić”, \
            gdy kasa nie pokazuje linku; kwota, kod QR i pozostały czas, gdy pokazuje; ✓ przez kilka sekund \
            po opłaceniu. Słowa i kwoty są w języku linku. Nazwa sklepu to `shop_name:` w config.yaml, wspólna \
            dla wszystkich profili lub w jednym z nich. q lub Ctrl-C zamyka ekran.
            """
        case .sandboxAbstract: "Uruchom lokalną piaskownicę Paysera Checkout do naciśnięcia Ctrl-C."
        case .sandboxDiscussion:
            """
            Pierwszy wypisany wiersz to adres, pod którym działa. Klient: sandbox / sandbox-secret lub
            PAYSERA_CLIENT_ID / PAYSERA_CLIENT_SECRET. Dane są w $PAYLINK_DATA_DIR/sandbox.
            Zdarzenia webhooków: `paylink sandbox events`, `paylink sandbox resend EVENT_ID`.
            """
        case .sandboxEventsAbstract: "Wypisz zdarzenia webhooków działającej piaskownicy wraz z ich doręczeniami, od najnowszych."
        case .sandboxResendAbstract: "Doręcz zdarzenie webhooka ponownie teraz, z tą samą treścią i id żądania oraz nowym podpisem."
        case .listenAbstract: "Odbieraj wywołania zwrotne Paysera (webhooki) i nanoś je na historię."
        case .listenDiscussion:
            """
            Umieść ten serwer za swoim publicznym adresem (lub tunelem) i podaj ten adres jako callback_url
            zamówienia. Podpis każdego wywołania jest sprawdzany sekretem klienta z profilu. Odpowiedzi:
            200 zastosowano, duplikat (ten sam X-Paysera-Request-Id) lub zdarzenie, na które paylink nie reaguje;
            401 podpis się nie zgadza (nic nie zapisano); 400 nieczytelna treść lub nagłówki; 413 treść ponad
            1 MiB; 500 nie udało się zapisać historii (Paysera spróbuje ponownie). Jeden wiersz na wywołanie na
            standardowym wyjściu (--json: jeden obiekt JSON na wiersz).
            """
        case .serverAbstract: "Strona serwerowa programu paylink: to, co uruchamiają `paylink sandbox` i `paylink listen`."
        }
    }
}
