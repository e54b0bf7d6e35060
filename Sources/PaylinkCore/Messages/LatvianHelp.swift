// NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
extension Latvian {
    static func help(_ text: CommandHelp) -> String {
        switch text {
        case .paylinkAbstract: "Veidot Paysera Checkout maksājumu saites: veidlapa, URL, QR kods, vēsture."
        case .openAbstract: "Atvērt termināļa programmu (to dara, ja apakškomanda nav norādīta)."
        case .openDiscussion: "Ar lauku opcijām veidlapa atveras jau aizpildīta. Aizverot tiek izvadīts pēdējais izveidotais URL."
        case .historyAbstract: "Atvērt termināļa programmu vēsturē: visas izveidotās saites, meklēšana, statusi vienmēr aktuāli."
        case .createAbstract: "Izveidot maksājuma saiti (un tās pasūtījumu, ar --reference un --currency)."
        case .createDiscussion:
            """
            Izvada maksājuma URL un tā derīguma beigas; ar --json – saiti tādu, kādu to atgriež API.
            Izejas kodi: 0 izveidota, 2 nederīga ievade, 3 API noraidīja, 4 iznākums nezināms, 1 cita kļūme.
            """
        case .methodsAbstract: "Uzskaitīt maksājuma veidus (atslēgas opcijai --method)."
        case .listAbstract: "Uzskaitīt izveidotās saites, jaunākās vispirms."
        case .showAbstract: "Parādīt vienu vēstures saiti."
        case .cancelAbstract: "Atcelt aktīvu saiti."
        case .refundAbstract: "Atmaksāt samaksātas saites maksājumu: visu atlikušo summu vai tās daļu."
        case .refundDiscussion:
            """
            Atmaksa tiek ierakstīta vēsturē, pirms tiek nosūtīts tās pieprasījums; ja atbilde pazūd, tā pati komanda,
            palaista vēlreiz (vai `paylink reconcile`), no pasūtījuma noskaidro, kas notika, un nekad nenosūta
            atmaksu divreiz. Terminālī vispirms tiek prasīts apstiprinājums; ar --yes – ne.
            Izejas kodi: 0 atmaksāts (arī tad, ja tā pati atmaksa izdevās jau iepriekšējā palaišanā),
            2 nederīga ievade, 3 API noraidīja, 4 iznākums nezināms, 130 atteikts, 1 cita kļūme.
            """
        case .reportAbstract: "Ieņēmumi: saites izveidotas, samaksātas, beigušās, atceltas; samaksāts, atmaksāts un neto katrā valūtā."
        case .reportDiscussion:
            """
            Lasa vēsturi (--sync to vispirms atjaunina). Dažādu valūtu summas nekad netiek saskaitītas.
            Saite tiek skaitīta dienā, kad tā samaksāta, atmaksa – dienā, kad tā veikta; dienas ir vietējās dienas.
            --csv ieraksta failu grāmatvedim: viena rinda katram maksājumam un katrai atmaksai.
            """
        case .updateAbstract: "Mainīt aktīvas saites nosaukumu, mērķi, maksātāju vai derīguma termiņu."
        case .updateDiscussion:
            """
            Mainīt var tikai aktīvu saiti; tās pasūtījums, summa, valoda, maksājuma veids un metadati paliek,
            kā izveidoti.
            Izejas kodi: 0 mainīts, 2 nederīga ievade, 3 noraidīts (vai saite vairs nav aktīva), 4 iznākums nezināms,
            1 cita kļūme.
            """
        case .exportAbstract: "Ierakstīt visu vēsturi CSV vai JSON formātā."
        case .reconcileAbstract: "Noskaidrot, kas noticis ar saitēm, kuru iznākums nav zināms."
        case .batchAbstract: "Izveidot maksājuma saiti katrai CSV faila rindai (vispirms pārbauda; lai turpinātu, palaidiet vēlreiz)."
        case .batchDiscussion:
            """
            Kolonnas ir API ceļi ar punktiem (purchase.reference, purchase.amount, name, experience.language,
            payer_information.email …) vai komandas create opciju nosaukumi (reference, amount, amount-minor,
            order-id, payer-email …); metadata.KEY kolonnas kļūst par metadatiem. UTF-8 ar BOM vai bez tā,
            ',' vai ';'. Pirms kaut kas tiek nosūtīts, tiek pārbaudīta katra rinda; katra problēma tiek izvadīta
            kā `rinda N, lauks: ziņojums` (galvene ir 1. rinda). Palaižot to pašu failu vēlreiz, tiek nosūtītas
            tikai tās rindas, kurām vēl nav saites.
            Izejas kodi: 0 visas izveidotas, 2 nederīga ievade (nekas nav nosūtīts), 3 dažas noraidītas, 4 dažu
            iznākums nezināms (vai pasūtījums, ko izveidoja agrāka apturēta palaišana un kura atbilde netika
            nolasīta: norādiet tā id kolonnā order-id), 1 dažas rindas nav nosūtītas kļūmes dēļ šajā pusē
            (nav savienojuma, vēsturē nevar rakstīt).
            """
        case .syncAbstract: "Atjaunināt vēsturi ar projekta saitēm Paysera sistēmā (citas kases, vadības panelis)."
        case .profilesAbstract: "Uzskaitīt config.yaml profilus (noslēpumi netiek rādīti); * apzīmē pašreizējo."
        case .whoamiAbstract: "Pārbaudīt pašreizējā profila piekļuves datus ar API un nosaukt profilu, klientu un projektu."
        case .displayAbstract: "Rādīt kases klienta ekrānu: kasē esošās saites summu un QR kodu, pēc tam APMAKSĀTS."
        case .displayDiscussion:
            """
            Palaidiet to otrā terminālī, kas pagriezts pret klientu. Tas seko `paylink`, kas šajā datorā palaists \
            ar to pašu --till, caur vēstures failu (bez tīkla porta): veikala nosaukums un „Noskenējiet, lai \
            samaksātu“, kamēr kasē nav saites; summa, QR kods un atlikušais laiks, kamēr tā ir; ✓ dažas sekundes \
            pēc samaksas. Vārdi un summas ir saites valodā. Veikala nosaukums ir `shop_name:` failā config.yaml, \
            visiem profiliem vai kāda profila sadaļā. q vai Ctrl-C to aizver.
            """
        case .sandboxAbstract: "Darbināt vietējo Paysera Checkout smilškasti līdz Ctrl-C."
        case .sandboxDiscussion:
            """
            Pirmā izvadītā rinda ir adrese, kurā tā darbojas. Klients: sandbox / sandbox-secret vai
            PAYSERA_CLIENT_ID / PAYSERA_CLIENT_SECRET. Dati glabājas $PAYLINK_DATA_DIR/sandbox.
            Webhook notikumi: `paylink sandbox events`, `paylink sandbox resend EVENT_ID`.
            """
        case .sandboxEventsAbstract: "Uzskaitīt darbojošās smilškastes webhook notikumus ar to piegādēm, jaunākos vispirms."
        case .sandboxResendAbstract: "Tūlīt piegādāt webhook notikumu vēlreiz, ar to pašu saturu un pieprasījuma id un jaunu parakstu."
        case .listenAbstract: "Saņemt Paysera atzvanus (webhooks) un piemērot tos vēsturei."
        case .listenDiscussion:
            """
            Novietojiet šo serveri aiz savas publiskās adreses (vai tuneļa) un norādiet šo adresi kā pasūtījuma
            callback_url. Katra atzvana paraksts tiek pārbaudīts ar profila klienta noslēpumu. Atbildes:
            200 piemērots, dublikāts (tas pats X-Paysera-Request-Id) vai notikums, uz kuru paylink nereaģē;
            401 paraksts nesakrīt (nekas netiek saglabāts); 400 nenolasāms saturs vai galvenes; 413 saturs virs
            1 MiB; 500 vēsturē neizdevās ierakstīt (Paysera mēģinās vēlreiz). Viena rinda par katru atzvanu
            standarta izvadē (--json: viens JSON objekts rindā).
            """
        case .serverAbstract: "paylink servera puse: tas, ko palaiž `paylink sandbox` un `paylink listen`."
        }
    }
}
