extension English {
    static func screen(_ message: ScreenMessage) -> String {
        switch message {
        case .takingsTitle(let period): return "Takings · \(period)"
        case .takingsWeek(let week, let from, let to): return "week \(week), \(from) – \(to)"
        case .monthTitle(let month, let year):
            let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]
            return "\(names[max(0, min(11, month - 1))]) \(year)"
        case .takingsNothingDay: return "Nothing was made, paid or refunded this day."
        case .takingsNothingWeek: return "Nothing was made, paid or refunded in this week."
        case .takingsNothingMonth: return "Nothing was made, paid or refunded in this month."
        case .takingsNet: return "net"
        case .takingsMoney(let currency, let net, let paidCount, let paid, let refundCount, let refunded):
            return "\(currency)  net \(net) · paid \(paidCount) (\(paid)) · refunded \(refundCount) (\(refunded))"
        case .takingsCounts(let made, let expired, let cancelled):
            return "made \(made) · expired \(expired) · cancelled \(cancelled)"
        case .takingsChart(let perHour, let currency): return "Paid \(perHour ? "per hour" : "per day"), \(currency)"
        case .takingsBusiest(let when, let amount): return "busiest \(when) (\(amount))"
        case .takingsNothingPaid: return "nothing paid"
        case .takingsByOperator: return "By operator"
        case .takingsByMethod: return "By method"
        case .takingsMore(let n): return "+\(n) more"
        case .takingsUnknown: return "(unknown)"
        case .historyUnreadableBecause(let why): return "The history could not be read: \(why)"
        case .statusNotRefreshed(let why): return "Status not refreshed: \(why)"
        case .canceledLink(let name): return "Canceled" + (name.map { " “\($0)”" } ?? "")
        case .notCanceledBecause(let why): return "Not canceled: \(why)"
        case .notCanceled: return "Not canceled"
        case .nothingToReconcile: return "Nothing to reconcile"
        case .reconcileFailed(let why): return "Reconciliation failed: \(why)"
        case .reconciling: return "reconciling unknown attempts…"
        case .canceling: return "canceling…"
        case .showingStatus(let status): return status == "all" ? "Showing all links" : "Showing \(status) links"
        case .onlyActiveCancelable(let badge): return "Only an active link can be canceled; this one is \(badge)"
        case .cancelQuestion(let name, let amount): return "Cancel the link “\(name)”\(amount.map { " (\($0))" } ?? "")? y/n"
        case .askingStatus: return "asking for the status…"
        case .askingStatuses(let n): return n == 1 ? "asking for 1 status…" : "asking for \(n) statuses…"
        case .nothingToRefresh: return "Nothing to refresh"
        case .noLinkUnknown: return "No link known for this attempt (outcome unknown): press u to reconcile"
        case .noLinkRefused: return "The API refused this attempt; no link was made"
        case .noLinkNotMade: return "This attempt made no link"
        case .noLinkURL: return "This link has no payment URL"
        case .batchFilterCleared: return "Batch filter cleared"
        case .noBatchesYet: return "The history holds no batches yet (paylink batch FILE makes them)"
        case .batchesUnreadable(let why): return "The batches could not be read: \(why)"
        case .showingBatch(let id): return "Showing batch \(id) (b or esc shows every link)"
        case .reconciled(let adopted, let notCreated, let stillUnknown, let inFlight):
            var parts: [String] = []
            if adopted > 0 { parts.append(adopted == 1 ? "found 1 link whose answer was lost" : "found \(adopted) links whose answers were lost") }
            if notCreated > 0 { parts.append(notCreated == 1 ? "1 unknown attempt was never made" : "\(notCreated) unknown attempts were never made") }
            if stillUnknown > 0 { parts.append("\(stillUnknown) still unknown (no answer from the API)") }
            if inFlight > 0 { parts.append("\(inFlight) still waiting in another paylink") }
            return "Reconciled: " + parts.joined(separator: "; ")
        case .syncFailed(let why, let last): return "sync failed: \(why)" + (last.map { " (last synced \($0))" } ?? "")
        case .syncedAt(let clock): return "synced with Paysera \(clock)"
        case .syncedCounts(let added, let changed): return "\(added) new, \(changed) changed"
        case .syncingNow: return "syncing…"
        case .noHistoryKept: return "no history is kept for this profile"
        case .refundTitle(let name): return "Refund · \(name)"
        case .refundStanding(let paid, let back, let left): return "Paid \(paid) · refunded \(back) · \(left) remains"
        case .refundPayer(let payer): return "Payer \(payer)"
        case .readingPaid: return "reading what was paid…"
        case .refunding: return "refunding…"
        case .refundKeys: return "enter refund · tab next field · esc close"
        case .refundReason: return "Reason"
        case .onlyPaidRefundable: return "Only a paid link can be refunded"
        case .refundedInFull: return "This payment was refunded in full"
        case .refundedAmount(let amount, let status): return "Refunded \(amount)" + (status.map { " (\($0))" } ?? "")
        case .notRefundedBecause(let why): return "Not refunded: \(why)"
        case .nothingRefunded: return "Nothing was refunded"
        case .nothingSent: return "nothing was sent."
        case .refundFound(let amount, let order): return "refund found: \(amount) of order \(order)"
        case .refundNotMade(let amount, let order): return "refund not made: \(amount) of order \(order)"
        case .refundStillUnknown(let amount, let order): return "refund still unknown: \(amount) of order \(order)"
        case .attemptFound(let id, let name): return "found: \(id) \(name)"
        case .attemptNotCreated(let name): return "not created: \(name)"
        case .attemptStillUnknown(let name, let why): return "still unknown: \(name): \(why)"
        case .attemptInFlight(let name): return "still waiting for its answer in another paylink: \(name)"
        case .linkCanceledID(let id): return "Canceled \(id)."
        case .refundQuestion(let amount, let payer, let order, let remaining):
            return "Refund \(amount) to \(payer ?? "the payer") for order \(order)\(remaining.map { " (\($0) will remain)" } ?? "")?"
        case .refundMade(let amount, let order, let status, let before):
            let state = status.map { " (\($0))" } ?? ""
            return before
                ? "Already refunded: \(amount) of order \(order)\(state), by an earlier run whose answer was lost; nothing was sent again."
                : "Refunded \(amount) of order \(order)\(state)."
        case .refundNothingRemains: return "Nothing remains to refund: this payment was given back in full"
        case .refundAtMost(let amount): return "At most \(amount) remains to refund"
        case .reasonControl: return "Reason must be plain text, without control characters"
        case .reasonTooLong(let max, let has): return "Reason must be at most \(max) characters (now \(has))"
        case .restoreDraft(let name, let at):
            let what = name.map { "the unfinished link “\($0)”" } ?? "the unfinished link"
            return "Restore \(what)\(at.map { " from \($0)" } ?? "")? y/n"
        case .paidNeedsNoFresh: return "This link is paid: its order needs no fresh link"
        case .stillActiveEditOrDuplicate: return "This link is still active: e changes it, d duplicates it"
        case .onlyActiveChangeable(let status): return "Only an active payment link can be changed; this one is \(status)."
        case .pressFForFresh: return "Press f for a fresh link on the same order."
        case .profileUnusable(let name, let why): return "Profile \(name) cannot be used: \(why)"
        case .copiedThrough(let tool, let failed):
            let terminal = "Copied through the terminal (OSC 52)"
            guard let tool else { return terminal }
            return failed ? "\(terminal); \(tool) failed" : "\(terminal) and \(tool)"
        case .openedInBrowser: return "Opened in the browser"
        case .xdgOpenMissing: return "xdg-open not found: press c and paste the URL into a browser"
        case .xdgOpenFailed: return "xdg-open could not open the URL"
        case .displayScanToPay: return "Scan to pay"
        case .displayToPay: return "To pay"
        case .displayValidFor: return "Valid for"
        case .displayValidUntil: return "Valid until"
        case .displayPaid: return "Paid"
        case .displayThankYou: return "Thank you!"
        case .displayExpired: return "This payment link has expired"
        case .displayCanceled: return "This payment was cancelled"
        case .displayNeedsUnicode: return "This screen cannot draw the code"
        case .displayTooSmall(let columns, let rows): return "Screen too small: need \(columns)×\(rows)"
        }
    }
}
