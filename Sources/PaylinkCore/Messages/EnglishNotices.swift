import PayseraCheckout

extension English {
    static func notice(_ message: NoticeMessage) -> String {
        switch message {
        case .configUnreadable(let path, let reason): return "Could not read \(path): \(reason)"
        case .configProblem(let path, let line, let column, let subject, let problem):
            let place = switch (line, column) {
            case (let line?, let column?): " line \(line), column \(column)"
            case (let line?, nil): " line \(line)"
            default: ""
            }
            let said = switch subject {
            case .none: ""
            case .file: "the file "
            case .setting(let name): name + " "
            }
            return "\(path)\(place): \(said)" + configProblem(problem)
        case .configMissing(let profile, let setting, let path):
            let (name, hint) = switch setting {
            case .baseURL: ("base_url", "Set profiles.\(profile).base_url (e.g. https://api.paysera.com) or PAYLINK_BASE_URL.")
            case .clientID: ("client_id", "Set profiles.\(profile).client_id or PAYSERA_CLIENT_ID.")
            case .clientSecret:
                ("client secret", "Set profiles.\(profile).client_secret_command (e.g. \"pass show paysera/\(profile)\"), "
                    + "profiles.\(profile).client_secret, or PAYSERA_CLIENT_SECRET.")
            }
            return "Profile \"\(profile)\" has no \(name) (\(path)). \(hint)"
        case .configSecretCommand(let profile, let command, let reason):
            return "The client_secret_command of profile \"\(profile)\" (\(command)) \(secretProblem(reason))."
        case .configUnknownSetting(let line, let setting, let suggestion):
            return (line.map { "line \($0): " } ?? "") + "unknown setting \(setting) is ignored"
                + (suggestion.map { " (did you mean \($0)?)" } ?? "")
        case .sandboxNotStarted(let why): return "the built-in sandbox could not start: \(why)"
        case .sandboxMoved(let port, let url): return "port \(port) is taken; the sandbox serves on \(url) for this run"
        case .serverProgram(let problem):
            switch problem {
            case .notFound(let program, let folder):
                return "\(program) is neither in \(folder ?? "paylink's folder") nor on PATH; install it beside paylink"
            case .notStarted(let program, let why): return "\(program) could not be started: \(why)"
            case .silent(let program): return "\(program) ended without saying where it listens"
            case .noPipe(let why): return "no pipe: \(why)"
            }
        case .tillNameRule: return "a till's name is 1 to 40 letters, digits, dots, dashes or underscores, such as counter-2"
        case .notAvailableHere(let what):
            switch what {
            case .canceling: return "Canceling links is not available here"
            case .changing: return "Changing links is not available here"
            case .refunds: return "Refunds are not available here"
            case .syncing: return "Syncing is not available here"
            case .batches: return "Batches are not available here"
            case .switchingProfiles: return "Switching profiles is not available here"
            }
        case .unknownTerminal(let term): return "unknown terminal type \"\(term)\"; try --plain"
        case .historyCannotOpen(let path, let why): return "the history at \(path) cannot be opened: \(why)"
        case .api(let error): return error.description
        case .apiRefusedFields(let what, let lines): return "The API refused \(made(what)): \(lines)"
        case .noUsableAnswer(let what, let detail):
            return "No usable answer came back for \(made(what)): it may or may not exist, and it was not sent again. "
                + "Run `paylink reconcile` to find out. (\(detail))"
        case .linkListUnreadable(let why, let readBefore):
            return "The API's list of links could not be read: \(why) "
                + (readBefore ? "What was read before is kept." : "The history was not changed.")
        case .refundNoLink(let id): return "No link \(id) in this project."
        case .refundNoOrder(let id): return "Link \(id) has no order, so there is nothing to refund."
        case .refundOrderUnreadable(let why): return "The order could not be read, so nothing was refunded: \(why)"
        case .refundCurrencyUnknown: return "The link's currency is not known, so nothing was refunded."
        case .refundNoUsableAnswer(let detail):
            return "No usable answer came back for the refund: it may or may not have been made, and it was not sent "
                + "again. Run the same command again, or `paylink reconcile`, to find out. (\(detail))"
        case .nothingPaidToRefund: return "Nothing was paid on this link's order, so there is nothing to refund"
        case .refundNotRecorded(let why): return "The history could not record the refund, so nothing was sent: \(why)"
        case .refundNoID: return "The history gave the refund no id; nothing was sent."
        case .historyNotUpdated(let why): return "The history could not be updated: \(why)"
        case .sandboxRefusedPayment(let status): return "The sandbox refused the payment (\(status))."
        case .batchFile(let problem):
            switch problem {
            case .inputNotKept(let path): return "Could not keep standard input in \(path)"
            case .inputUnreadable(let why): return "Could not read standard input: \(why)"
            case .noSuchFile(let path): return "\(path): no such file"
            case .folder(let path): return "\(path) is a folder, not a CSV file"
            case .notPermitted(let path): return "\(path) cannot be read (permissions)"
            case .cannotOpen(let path): return "\(path) cannot be opened"
            case .wideText: return "The file is UTF-16 or UTF-32 text; save it as “CSV UTF-8”"
            case .unreadable(let why): return "The file cannot be read: \(why)"
            case .empty: return "The file is empty; its first row must name the columns"
            case .rowUnreadable(let row, let why): return "row \(row): the file cannot be read: \(why)"
            case .notUTF8(let row):
                return "row \(row): the file is not UTF-8 text (a spreadsheet's “CSV” in Windows-1257 or Latin-1, or not text at all); "
                    + "save it as “CSV UTF-8”"
            case .historyUnreadable(let why): return "The history cannot be read: \(why)"
            case .resultNoFolder(let path): return "--output: cannot write beside \(path)"
            case .resultNotWritten(let path, let why): return "--output: cannot write \(path): \(why)"
            }
        case .batchSheet(let problem):
            switch problem {
            case .noKnownColumn:
                return "The first row must name the columns (purchase.reference or order_id, purchase.amount, "
                    + "name …); none of its cells is a column paylink knows"
            case .unknownColumn(let column):
                return "Column \(column) is not a field paylink knows; name columns by the "
                    + "API's dotted paths (purchase.amount, payer_information.email …) or create's options (amount, payer-email …)"
            case .columnTwice: return "This column appears more than once"
            case .needsReference: return "The file needs a purchase.reference (reference) or an order_id (order-id) column"
            case .needsAmount: return "The file needs a purchase.amount (amount) or amount-minor column"
            case .needsName: return "The file needs a name column"
            case .needsLanguage: return "The file needs an experience.language (language) column, or a default language in the profile"
            case .orderAndReference: return "Give either order_id or purchase.reference, not both"
            case .tooManyCells(let has, let columns): return "The row has \(has) cells but the header names \(columns) columns"
            case .referenceAgain(let first): return "The reference is used again (first in row \(first))"
            case .orderAndNameAgain(let first): return "The same order and name are used again (first in row \(first))"
            case .headerOnly: return "The file has a header and no rows"
            case .historyUnreadable(let why): return "The history cannot be read, so nothing was sent: \(why)"
            case .earlierStillUnknown: return "An earlier attempt's outcome is still unknown; it was not sent again. Run the file again later."
            }
        case .batchBusy: return "another paylink batch is running on this history; wait for it to finish."
        case .batchHeaderBroken: return "The file's header has problems; nothing was sent."
        case .profilesColumn(let column):
            switch column {
            case .name: return "NAME"
            case .kind: return "KIND"
            case .client: return "CLIENT"
            case .api: return "API"
            }
        case .builtIn: return "built-in"
        case .orderStatus(let status): return status
        case .orderNotShown: return "not available from this API"
        case .someFieldsNeedAttention: return "Some fields need attention."
        case .noSuchLink(let detail): return "The API knows no payment link with this id (\(detail))"
        case .changeNoUsableAnswer(let detail):
            return "No usable answer came back for the change: it may or may not have been made. "
                + "Run `paylink show ID --refresh` to see the link. (\(detail))"
        case .attemptNotRecorded(let why): return "The history could not record the attempt, so nothing was sent: \(why)"
        case .orderIDNotRecorded(let why): return "The history could not record the new order's id, so no link was sent: \(why)"
        case .orphanOrder(let reference):
            return "An earlier attempt created order \(reference) but was stopped before it read the order's id, and the API "
                + "cannot find an order by its reference. Put the order's id from Paysera's dashboard in Order ID "
                + "(--order-id) instead of the reference, and send again."
        }
    }

    static func made(_ what: Made) -> String {
        switch what {
        case .order: "the order"
        case .paymentLink: "the payment link"
        case .change: "the change"
        }
    }

    static func secretProblem(_ problem: SecretCommandProblem) -> String {
        switch problem {
        case .notStarted(let why): "could not be started: \(why)"
        case .signal(let n): "was stopped by signal \(n)"
        case .exitStatus(let n): "failed with exit status \(n)"
        case .notUTF8: "printed something that is not UTF-8 text"
        case .printedNothing: "printed nothing"
        }
    }

    static func configProblem(_ problem: ConfigProblem) -> String {
        let kind = { (kind: ConfigValueKind) in
            switch kind {
            case .list: "a list"
            case .group: "a group of `name: value` settings"
            case .text: "text"
            }
        }
        switch problem {
        case .yaml(let words): return words
        case .notYAML: return "is not valid YAML"
        case .notSettings: return "could not be read as settings"
        case .settingTwice(let names): return "the setting \(names) appears twice"
        case .notSettingsList: return "should be a list of settings (`name: value` lines)"
        case .shouldBe(let k): return "should be \(kind(k))"
        case .shouldNotBeEmpty(let k): return "should be \(kind(k)), not empty"
        case .missing: return "is missing"
        case .unreadableValue: return "has a value that cannot be read"
        case .unreadable: return "could not be read"
        case .notWebAddress: return "should be an http:// or https:// address, like https://api.paysera.com"
        case .bothSecrets: return "has both client_secret and client_secret_command; keep only one"
        }
    }
}
