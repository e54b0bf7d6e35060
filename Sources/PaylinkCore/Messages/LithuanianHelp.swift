extension Lithuanian {
    static func help(_ text: CommandHelp) -> String {
        switch text {
        case .paylinkAbstract: "Kurti Paysera Checkout mokėjimo nuorodas: forma, URL, QR kodas, istorija."
        case .openAbstract: "Atverti terminalo programą (tai daroma, kai pokomandė nenurodyta)."
        case .openDiscussion: "Su laukų parinktimis forma atveriama jau užpildyta. Uždarius išvedamas paskutinis sukurtas URL."
        case .historyAbstract: "Atverti terminalo programos istoriją: visos sukurtos nuorodos, paieška, nuolat atnaujinamos būsenos."
        case .createAbstract: "Sukurti mokėjimo nuorodą (ir jos užsakymą, su --reference ir --currency)."
        case .createDiscussion:
            """
            Išveda mokėjimo URL ir kada jis nustos galioti; su --json – nuorodą tokią, kokią grąžina API.
            Išėjimo kodai: 0 sukurta, 2 netinkami duomenys, 3 API atmetė, 4 baigtis neaiški, 1 kita klaida.
            """
        case .methodsAbstract: "Išvardyti mokėjimo būdus (raktus, tinkamus --method)."
        case .listAbstract: "Išvardyti sukurtas nuorodas, naujausias pirmiau."
        case .showAbstract: "Parodyti vieną istorijos nuorodą."
        case .cancelAbstract: "Atšaukti galiojančią nuorodą."
        case .refundAbstract: "Grąžinti apmokėtos nuorodos mokėjimą: visą likusią sumą arba jos dalį."
        case .refundDiscussion:
            """
            Grąžinimas įrašomas į istoriją prieš išsiunčiant užklausą; jei atsakymas dingsta, ta pati komanda,
            paleista dar kartą (arba `paylink reconcile`), iš užsakymo sužino, kas įvyko, ir niekada neišsiunčia
            grąžinimo du kartus. Terminale pirmiausia klausiama patvirtinimo; su --yes – ne.
            Išėjimo kodai: 0 grąžinta (ir tada, kai tas pats grąžinimas pavyko ankstesnio paleidimo metu),
            2 netinkami duomenys, 3 API atmetė, 4 baigtis neaiški, 130 atsisakyta, 1 kita klaida.
            """
        case .reportAbstract: "Apyvarta: nuorodos sukurtos, apmokėtos, nebegaliojančios, atšauktos; apmokėta, grąžinta ir grynai pagal valiutas."
        case .reportDiscussion:
            """
            Skaito istoriją (--sync prieš tai ją atnaujina). Skirtingų valiutų sumos niekada nesudedamos.
            Nuoroda skaičiuojama tą dieną, kai apmokėta, grąžinimas – tą dieną, kai atliktas; dienos yra vietinės.
            --csv įrašo failą buhalteriui: po eilutę kiekvienam mokėjimui ir kiekvienam grąžinimui.
            """
        case .updateAbstract: "Pakeisti galiojančios nuorodos pavadinimą, paskirtį, mokėtoją arba galiojimo pabaigą."
        case .updateDiscussion:
            """
            Keisti galima tik galiojančią nuorodą; jos užsakymas, suma, kalba, mokėjimo būdas ir metaduomenys lieka,
            kokie buvo sukurti.
            Išėjimo kodai: 0 pakeista, 2 netinkami duomenys, 3 atmesta (arba nuoroda nebegalioja), 4 baigtis neaiški,
            1 kita klaida.
            """
        case .exportAbstract: "Įrašyti visą istoriją CSV arba JSON formatu."
        case .reconcileAbstract: "Išsiaiškinti, kuo baigėsi nuorodos, kurių baigtis neaiški."
        case .batchAbstract: "Sukurti mokėjimo nuorodą kiekvienai CSV failo eilutei (pirma viskas patikrinama; tęsti – paleisti dar kartą)."
        case .batchDiscussion:
            """
            Stulpeliai – API keliai su taškais (purchase.reference, purchase.amount, name, experience.language,
            payer_information.email …) arba komandos create parinkčių vardai (reference, amount, amount-minor,
            order-id, payer-email …); metadata.KEY stulpeliai tampa metaduomenimis. UTF-8 su BOM arba be jo,
            ',' arba ';'. Prieš ką nors išsiunčiant patikrinama kiekviena eilutė; kiekviena klaida išvedama kaip
            `eilutė N, laukas: pranešimas` (antraštė yra 1 eilutė). Paleidus tą patį failą dar kartą, išsiunčiamos
            tik tos eilutės, kurioms nuorodos dar nėra.
            Išėjimo kodai: 0 visos sukurtos, 2 netinkami duomenys (niekas neišsiųsta), 3 dalis atmesta, 4 dalies
            baigtis neaiški (arba užsakymas, kurį sukūrė ankstesnis sustabdytas paleidimas, bet jo atsakymas
            neperskaitytas: jo id įrašykite į order-id stulpelį), 1 dalis eilučių neišsiųsta dėl gedimo šioje
            pusėje (nėra ryšio, į istoriją negalima rašyti).
            """
        case .syncAbstract: "Atnaujinti istoriją pagal projekto nuorodas Paysera sistemoje (kitos kasos, valdymo skydelis)."
        case .profilesAbstract: "Išvardyti config.yaml profilius (slaptieji raktai niekada nerodomi); * žymi dabartinį."
        case .whoamiAbstract: "Patikrinti dabartinio profilio prisijungimo duomenis per API ir nurodyti profilį, klientą ir projektą."
        case .displayAbstract: "Rodyti kasos pirkėjo ekraną: kasoje esančios nuorodos sumą ir QR kodą, paskui APMOKĖTA."
        case .displayDiscussion:
            """
            Paleiskite jį antrame terminale, atsuktame į pirkėją. Jis seka `paylink`, paleistą su tuo pačiu \
            --till šiame kompiuteryje, per istorijos failą (be tinklo prievado): parduotuvės pavadinimas ir \
            „Nuskenuokite ir sumokėkite“, kol kasoje nėra nuorodos; suma, QR kodas ir likęs laikas, kol ji yra; \
            ✓ kelias sekundes po apmokėjimo. Žodžiai ir sumos rodomi nuorodos kalba. Parduotuvės pavadinimas – \
            `shop_name:` config.yaml faile, bendras visiems profiliams arba kurio nors profilio skyriuje. \
            q arba Ctrl-C jį uždaro.
            """
        case .sandboxAbstract: "Paleisti vietinę Paysera Checkout smėlio dėžę, kol bus paspausta Ctrl-C."
        case .sandboxDiscussion:
            """
            Pirmoji išvesta eilutė – adresas, kuriuo ji pasiekiama. Klientas: sandbox / sandbox-secret arba
            PAYSERA_CLIENT_ID / PAYSERA_CLIENT_SECRET. Duomenys laikomi $PAYLINK_DATA_DIR/sandbox.
            Atgalinių pranešimų (webhook) įvykiai: `paylink sandbox events`, `paylink sandbox resend EVENT_ID`.
            """
        case .sandboxEventsAbstract: "Išvardyti veikiančios smėlio dėžės webhook įvykius su jų pristatymais, naujausius pirmiau."
        case .sandboxResendAbstract: "Tuoj pat dar kartą pristatyti webhook įvykį: tas pats turinys ir užklausos id, naujas parašas."
        case .listenAbstract: "Priimti Paysera atgalinius pranešimus (webhooks) ir pritaikyti juos istorijai."
        case .listenDiscussion:
            """
            Įrenkite šį serverį už savo viešojo adreso (arba tunelio) ir tą adresą nurodykite kaip užsakymo
            callback_url. Kiekvieno pranešimo parašas tikrinamas profilio kliento slaptuoju raktu. Atsakymai:
            200 pritaikyta, pasikartojantis (tas pats X-Paysera-Request-Id) arba įvykis, į kurį paylink nereaguoja;
            401 parašas nesutampa (niekas neišsaugota); 400 neįskaitomas turinys ar antraštės; 413 turinys didesnis
            nei 1 MiB; 500 nepavyko įrašyti į istoriją (Paysera bandys dar kartą). Po eilutę kiekvienam pranešimui
            standartinėje išvestyje (--json: po vieną JSON objektą eilutėje).
            """
        case .serverAbstract: "paylink serverio pusė: tai, ką vykdo `paylink sandbox` ir `paylink listen`."
        }
    }
}
