extension English {
    static func help(_ text: CommandHelp) -> String {
        switch text {
        case .paylinkAbstract: "Make Paysera Checkout payment links: a form, a URL, a QR code, a history."
        case .openAbstract: "Open the terminal program (the default when no subcommand is given)."
        case .openDiscussion: "Field options open the form already filled in. The last URL made is printed when it closes."
        case .historyAbstract: "Open the terminal program on the history: every link made, searchable, statuses kept current."
        case .createAbstract: "Make a payment link (and its order, with --reference and --currency)."
        case .createDiscussion:
            """
            Prints the payment URL and when it expires; with --json, the link as the API returns it.
            Exit codes: 0 made, 2 invalid input, 3 refused by the API, 4 outcome unknown, 1 other failure.
            """
        case .methodsAbstract: "List the payment methods (keys for --method)."
        case .listAbstract: "List the links made, newest first."
        case .showAbstract: "Show one link of the history."
        case .cancelAbstract: "Cancel an active link."
        case .refundAbstract: "Give back a paid link's payment, all that remains or a part of it."
        case .refundDiscussion:
            """
            The refund is written to the history before its request leaves; when its answer is lost, running the
            same command again (or `paylink reconcile`) finds out from the order what happened, and never sends
            it twice. On a terminal it asks first; --yes does not.
            Exit codes: 0 refunded (also when an earlier run of the same refund went through), 2 invalid input,
            3 refused by the API, 4 outcome unknown, 130 declined, 1 other failure.
            """
        case .reportAbstract: "The takings: links made, paid, expired, cancelled; paid, refunded and net per currency."
        case .reportDiscussion:
            """
            Reads the history (--sync brings it up to date first). Amounts are never added across currencies.
            A link counts on the day it was paid, a refund on the day it was made; days are local days.
            --csv writes the accountant's file: one row per payment and per refund.
            """
        case .updateAbstract: "Change the name, purpose, payer or expiry of an active link."
        case .updateDiscussion:
            """
            Only an active link can change; its order, amount, language, method and metadata stay as made.
            Exit codes: 0 changed, 2 invalid input, 3 refused (or the link is no longer active), 4 outcome unknown, 1 other failure.
            """
        case .exportAbstract: "Write the whole history as CSV or JSON."
        case .reconcileAbstract: "Find out what became of links whose outcome is unknown."
        case .batchAbstract: "Make a payment link for every row of a CSV file (checked first; run it again to resume)."
        case .batchDiscussion:
            """
            Columns are the API's dotted paths (purchase.reference, purchase.amount, name, experience.language,
            payer_information.email …) or create's option names (reference, amount, amount-minor, order-id,
            payer-email …); metadata.KEY columns become metadata. UTF-8 with or without a BOM, ',' or ';'.
            Every row is checked before anything is sent; each problem is printed as `row N, field: message`
            (the header is row 1). Running the same file again sends only the rows that have no link yet.
            Exit codes: 0 all created, 2 invalid input (nothing sent), 3 some refused, 4 some outcome unknown
            (or an order an earlier stopped run made and never read: give its id in the order-id column),
            1 some rows not sent because of a failure here (no connection, the history not writable).
            """
        case .syncAbstract: "Bring the history up to date with the project's links on Paysera (other tills, the dashboard)."
        case .profilesAbstract: "List the profiles of config.yaml (never a secret); * marks the current one."
        case .whoamiAbstract: "Check the current profile's credentials with the API and name the profile, client and project."
        case .displayAbstract: "Show a till's customer screen: the amount and QR code of the link on the till, then PAID."
        case .displayDiscussion:
            """
            Run it on a second terminal turned to the customer. It follows the `paylink` started with the same \
            --till on this machine, through the history file (no network port): the shop's name and "Scan to pay" \
            while the till shows no link; the amount, the QR code and the time left while it does; a ✓ for a few \
            seconds once paid. Words and amounts are in the link's language. The shop's name is `shop_name:` in \
            config.yaml, for every profile or under one. q or Ctrl-C closes it.
            """
        case .sandboxAbstract: "Serve the local Paysera Checkout sandbox until Ctrl-C."
        case .sandboxDiscussion:
            """
            The first line printed is the address it serves on. Client: sandbox / sandbox-secret, or
            PAYSERA_CLIENT_ID / PAYSERA_CLIENT_SECRET. Data lives in $PAYLINK_DATA_DIR/sandbox.
            Webhook events: `paylink sandbox events`, `paylink sandbox resend EVENT_ID`.
            """
        case .sandboxEventsAbstract: "List the webhook events of a running sandbox with their deliveries, newest first."
        case .sandboxResendAbstract: "Deliver a webhook event again now, with the same body and request id and a fresh signature."
        case .listenAbstract: "Receive Paysera's callbacks (webhooks) and apply them to the history."
        case .listenDiscussion:
            """
            Put this server behind your public address (or a tunnel) and give that address as the order's
            callback_url. Every callback's signature is checked with the profile's client secret. Answers:
            200 applied, a duplicate (same X-Paysera-Request-Id) or an event paylink does not act on;
            401 signature does not match (nothing stored); 400 body or headers unreadable; 413 body over
            1 MiB; 500 the history could not be written (Paysera tries again). One line per callback on
            standard output (--json: one JSON object per line).
            """
        case .serverAbstract: "The server side of paylink: what `paylink sandbox` and `paylink listen` run."
        }
    }
}
