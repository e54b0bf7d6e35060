extension English {
    static func command(_ message: CommandMessage) -> String {
        let s = { (n: Int) in n == 1 ? "" : "s" }
        switch message {
        case .showLabel(let label):
            switch label {
            case .link: return "Link"
            case .order: return "Order"
            case .name: return "Name"
            case .amount: return "Amount"
            case .status: return "Status"
            case .expires: return "Expires"
            case .url: return "URL"
            case .payer: return "Payer"
            case .email: return "E-mail"
            case .theOrder: return "The order"
            case .reference: return "Reference"
            case .paid: return "Paid"
            case .links: return "Links"
            case .note: return "Note"
            }
        case .listStatus(let status): return status
        case .batchRows(let rows, let valid, let invalid, let total):
            return "\(rows) row\(s(rows)): \(valid) valid, \(invalid) invalid" + (total.map { "; \($0) in all" } ?? "")
        case .batchNothingSent(let summary, let fixRows):
            return "nothing was sent. \(summary)." + (fixRows ? " Fix the rows, or send the valid ones with --skip-invalid." : "")
        case .batchOrphans(let n):
            return "\(n) row\(s(n)) whose order an earlier run made but never read; "
                + "the result file's error column says, for each, what to do."
        case .batchUnknown(let n):
            return "\(n) row\(s(n)) with an unknown outcome; run the file again later to settle them (nothing is sent twice)."
        case .batchNotSent(let n):
            return "\(n) row\(s(n)) not sent because of a failure here; run the file again to send \(n == 1 ? "it" : "them")."
        case .batchSettling(let n): return "settling \(n) row\(s(n)) whose answer was lost"
        case .upgradeStepName(let what): return what.rawValue
        case .upgradeStep(let number, let count, let what): return "step \(number) of \(count): \(what)…"
        case .upgradeBegins(let links, let steps):
            return "the history file (\(links) links) was made by an earlier version; bringing it up to this one in "
                + "\(steps == 1 ? "one step" : "\(steps) steps"). Ctrl-C stops it, and the next start goes on from the step it stopped in."
        case .upgradeStepBefore(let seconds): return " (the step before: \(seconds) s)"
        case .upgradeDone(let last, let all): return "the history is up to date (the last step: \(last) s; in all: \(all) s)."
        case .nothingToChange: return "nothing to change: give --name, --purpose, --payer-name, --payer-email, --lifetime or --extend."
        case .changedLink(let id): return "Changed \(id)."
        case .refusedNothingChanged(let why): return "\(why) Nothing was changed."
        case .lastDayBeforeFirst: return "the last day comes before --from."
        case .notADay(let text): return "\"\(text)\" is not a day; write it like 2026-12-01, today or yesterday."
        case .amountAndCurrencyTogether: return "give --amount and --currency together."
        case .countryNotISO(let country): return "\(country) is not an ISO 3166-1 country code."
        case .couldNotSignIn(let profile, let url, let why): return "profile \(profile) could not sign in at \(url): \(why)"
        case .sandboxLogUnreadable: return "the sandbox's event log could not be read"
        case .sandboxAnswerUnreadable: return "the sandbox's answer could not be read"
        case .noWebhookEvents: return "No webhook events."
        case .deliveredTo(let event, let url): return "Delivered \(event) to \(url): "
        case .displayNoHistory(let path, let till):
            return "there is no history at \(path) yet; start the till first: paylink --till \(till)"
        case .displayUnknownTill(let till, let path, let tills):
            let known = tills.isEmpty ? "no till has run with it yet" : "its tills: " + tills.joined(separator: ", ")
            return "no till named \"\(till)\" has run with the history at \(path) (\(known)); "
                + "start it with: paylink --till \(till), or pick one with --till"
        case .displayNeedsTerminal: return "needs a terminal that can draw a screen"
        case .uiLanguageUnknown(let option): return "--ui-language: \"\(option)\" is not one of en, lt, lv, et, pl"
        case .syncedLinks(let added, let changed, let unchanged, let pages):
            return "Synced: \(added) new, \(changed) changed, \(unchanged) unchanged (\(pages) page\(pages == 1 ? "" : "s"))."
        case .syncedRefunds(let added, let changed, let orders):
            return "Refunds: \(added) new, \(changed) changed (\(orders) orders read)."
        case .earlierRefundUnknown(let amount, let order):
            return "An earlier refund of \(amount) on order \(order) has an unknown outcome that the API cannot settle now, so no "
                + "other refund is sent on that order. Try again when the API answers, or check Paysera's dashboard."
        case .atLeastOne: return "must be at least 1."
        case .batchOrStatus: return "give either --batch or --status, not both."
        case .notInHistory(let id): return "\(id) is not in this profile's history (try --refresh, or another --profile)."
        case .jsonOrCSV: return "choose one."
        case .notCurrencyCode(let code): return "\"\(code)\" is not a currency code, such as EUR."
        case .displaySpeaks(let language, let languages): return "\"\(language)\": the display speaks \(languages)"
        case .parallelRange: return "must be between 1 and 64."
        case .outputForStandardInput: return "give a result file when the rows come from standard input."
        case .batchDone(let batch, let created, let now, let refused, let unknown, let invalid, let notSent, let stopped, let results):
            return "Batch \(batch): \(created) created (\(now) now, \(created - now) earlier), "
                + "\(refused) refused, \(unknown) unknown, \(invalid) invalid"
                + (notSent > 0 ? ", \(notSent) not sent" : "") + (stopped ? " (stopped)" : "") + ". Results: \(results)"
        case .whoamiLabel(let label): return label
        case .profileKind(let live): return live ? "live" : "sandbox"
        case .projectNotInToken: return "not named in the token"
        case .historyNeedsTerminal: return "needs a terminal; use `paylink list` in scripts."
        case .eventOrder(let order): return "order \(order)"
        case .eventNoCallback: return "(no callback_url)"
        case .deliveryNoAnswer: return "no answer"
        case .deliveryIn(let what, let milliseconds, let resend):
            return "\(what) in \(milliseconds) ms" + (resend ? " (resend)" : "")
        case .configInsecure(let path, let mode):
            return "\(path) holds a client secret but other users can read it (mode \(mode)). Make it private with: chmod 600 \(path)"
        case .configNoProfile(let name, let requestedBy, let path, let known):
            let list = known.isEmpty ? "it defines no profiles" : "it defines: \(known.joined(separator: ", "))"
            return "There is no profile named \"\(name)\" (asked for by \(requestedBy)) in \(path); \(list)."
        case .rowPlace(let n): return "row \(n)"
        case .reportColumn(let column):
            switch column {
            case .made: return "Made"
            case .paid: return "Paid"
            case .paidAmount: return "Paid amount"
            case .refunded: return "Refunded"
            case .net: return "Net"
            case .expired: return "Expired"
            case .cancelled: return "Cancelled"
            }
        case .reportBy(let group): return "By \(group.rawValue)"
        case .reportNothing: return "Nothing was made, paid or refunded."
        }
    }
}
