// NEEDS A NATIVE SPEAKER'S REVIEW before it is called complete.
extension Estonian {
    static func help(_ text: CommandHelp) -> String {
        switch text {
        case .paylinkAbstract: "Loo Paysera Checkouti makselinke: vorm, URL, QR-kood, ajalugu."
        case .openAbstract: "Ava terminaliprogramm (vaikimisi, kui alamkäsku pole antud)."
        case .openDiscussion: "Väljade võtmetega avaneb vorm juba täidetuna. Sulgemisel väljastatakse viimane loodud URL."
        case .historyAbstract: "Ava terminaliprogramm ajaloos: kõik loodud lingid, otsinguga, olekud alati ajakohased."
        case .createAbstract: "Loo makselink (ja selle tellimus, kui on antud --reference ja --currency)."
        case .createDiscussion:
            """
            Väljastab makse URL-i ja selle aegumise aja; --json korral lingi nii, nagu API selle tagastab.
            Väljumiskoodid: 0 loodud, 2 vigane sisend, 3 API keeldus, 4 tulemus teadmata, 1 muu tõrge.
            """
        case .methodsAbstract: "Loetle makseviisid (võtmed --method jaoks)."
        case .listAbstract: "Loetle loodud lingid, uusimad eespool."
        case .showAbstract: "Näita üht ajaloo linki."
        case .cancelAbstract: "Tühista aktiivne link."
        case .refundAbstract: "Tagasta makstud lingi makse: kogu allesjäänud summa või osa sellest."
        case .refundDiscussion:
            """
            Tagasimakse kirjutatakse ajalukku enne, kui selle päring teele läheb; kui vastus kaob, selgitab sama käsk
            uuesti käivitatuna (või `paylink reconcile`) tellimusest välja, mis juhtus, ega saada tagasimakset
            kunagi kaks korda. Terminalis küsitakse enne kinnitust; --yes korral mitte.
            Väljumiskoodid: 0 tagastatud (ka siis, kui sama tagasimakse õnnestus juba varasemal käivitusel),
            2 vigane sisend, 3 API keeldus, 4 tulemus teadmata, 130 loobutud, 1 muu tõrge.
            """
        case .reportAbstract: "Käive: lingid loodud, makstud, aegunud, tühistatud; makstud, tagastatud ja neto valuuta kaupa."
        case .reportDiscussion:
            """
            Loeb ajalugu (--sync värskendab selle enne). Eri valuutade summasid ei liideta kunagi kokku.
            Link arvestatakse maksmise päevale, tagasimakse tegemise päevale; päevad on kohaliku aja järgi.
            --csv kirjutab raamatupidaja faili: üks rida iga makse ja iga tagasimakse kohta.
            """
        case .updateAbstract: "Muuda aktiivse lingi nimetust, selgitust, maksjat või aegumist."
        case .updateDiscussion:
            """
            Muuta saab ainult aktiivset linki; selle tellimus, summa, keel, makseviis ja metaandmed jäävad loodud
            kujule.
            Väljumiskoodid: 0 muudetud, 2 vigane sisend, 3 keeldutud (või link pole enam aktiivne), 4 tulemus teadmata,
            1 muu tõrge.
            """
        case .exportAbstract: "Kirjuta kogu ajalugu CSV- või JSON-vormingus."
        case .reconcileAbstract: "Selgita välja, mis sai linkidest, mille tulemus on teadmata."
        case .batchAbstract: "Loo makselink CSV-faili igale reale (enne kontrollitakse; jätkamiseks käivita uuesti)."
        case .batchDiscussion:
            """
            Veerud on API punktidega teed (purchase.reference, purchase.amount, name, experience.language,
            payer_information.email …) või käsu create võtmete nimed (reference, amount, amount-minor, order-id,
            payer-email …); metadata.KEY veerud muutuvad metaandmeteks. UTF-8 BOM-iga või ilma, ',' või ';'.
            Enne saatmist kontrollitakse iga rida; iga probleem väljastatakse kujul `rida N, väli: teade`
            (päis on rida 1). Sama faili uuesti käivitamine saadab ainult read, millel veel linki pole.
            Väljumiskoodid: 0 kõik loodud, 2 vigane sisend (midagi ei saadetud), 3 mõnest keelduti, 4 mõne tulemus
            teadmata (või tellimus, mille lõi varasem peatatud käivitus ja mille vastust ei loetud: andke selle id
            veerus order-id), 1 mõni rida saatmata siinse tõrke tõttu (ühendus puudub, ajalukku ei saa kirjutada).
            """
        case .syncAbstract: "Too ajalugu kooskõlla projekti linkidega Payseras (teised kassad, töölaud)."
        case .profilesAbstract: "Loetle config.yaml-i profiilid (saladusi ei näidata kunagi); * tähistab praegust."
        case .whoamiAbstract: "Kontrolli API kaudu praeguse profiili volitusi ning nimeta profiil, klient ja projekt."
        case .displayAbstract: "Näita kassa kliendiekraani: kassas oleva lingi summa ja QR-kood, seejärel MAKSTUD."
        case .displayDiscussion:
            """
            Käivitage see teises, kliendi poole pööratud terminalis. See jälgib samas masinas sama --till \
            väärtusega käivitatud programmi `paylink` ajaloofaili kaudu (võrguporti pole vaja): poe nimi ja \
            „Maksmiseks skannige kood“, kui kassas pole linki; summa, QR-kood ja järelejäänud aeg, kui on; ✓ mõneks \
            sekundiks pärast makset. Sõnad ja summad on lingi keeles. Poe nimi on failis config.yaml `shop_name:`, \
            kõigi profiilide jaoks või ühe profiili all. q või Ctrl-C sulgeb selle.
            """
        case .sandboxAbstract: "Käita kohalikku Paysera Checkouti liivakasti kuni Ctrl-C-ni."
        case .sandboxDiscussion:
            """
            Esimene väljastatud rida on aadress, millel see teenindab. Klient: sandbox / sandbox-secret või
            PAYSERA_CLIENT_ID / PAYSERA_CLIENT_SECRET. Andmed asuvad kaustas $PAYLINK_DATA_DIR/sandbox.
            Webhook-sündmused: `paylink sandbox events`, `paylink sandbox resend EVENT_ID`.
            """
        case .sandboxEventsAbstract: "Loetle töötava liivakasti webhook-sündmused koos nende saatmistega, uusimad eespool."
        case .sandboxResendAbstract: "Saada webhook-sündmus kohe uuesti, sama sisu ja päringu id-ga ning uue allkirjaga."
        case .listenAbstract: "Võta vastu Paysera tagasikutsed (webhookid) ja rakenda need ajaloole."
        case .listenDiscussion:
            """
            Pange see server oma avaliku aadressi (või tunneli) taha ja andke see aadress tellimuse
            callback_url-ina. Iga tagasikutse allkirja kontrollitakse profiili kliendi saladusega. Vastused:
            200 rakendatud, duplikaat (sama X-Paysera-Request-Id) või sündmus, millele paylink ei reageeri;
            401 allkiri ei klapi (midagi ei salvestata); 400 sisu või päised loetamatud; 413 sisu üle
            1 MiB; 500 ajalukku ei õnnestunud kirjutada (Paysera proovib uuesti). Üks rida iga tagasikutse kohta
            standardväljundis (--json: üks JSON-objekt rea kohta).
            """
        case .serverAbstract: "Programmi paylink serveripool: see, mida käivitavad `paylink sandbox` ja `paylink listen`."
        }
    }
}
