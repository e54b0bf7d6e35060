import Foundation
import GRDB
import Synchronization

/// A stretch of time the takings are counted over: [start, end).
public struct TakingsPeriod: Sendable, Hashable {
    public var start: Date
    public var end: Date
    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }

    /// How a period is walked through on the takings screen.
    public enum Span: String, Sendable, Hashable, CaseIterable {
        case day, week, month

        /// The calendar's unit of this span.
        var component: Calendar.Component {
            switch self {
            case .day: .day
            case .week: .weekOfYear
            case .month: .month
            }
        }
    }

    /// The day, ISO week (Monday first) or month that holds `date`, in `calendar`'s time zone.
    public static func containing(_ date: Date, span: Span, calendar: Calendar) -> TakingsPeriod {
        var calendar = calendar
        calendar.firstWeekday = 2
        let interval = calendar.dateInterval(of: span.component, for: date)
            ?? DateInterval(start: calendar.startOfDay(for: date), duration: 86_400)
        return TakingsPeriod(start: interval.start, end: interval.end)
    }

    /// The period `steps` spans before (negative) or after this one.
    public func moved(by steps: Int, span: Span, calendar: Calendar) -> TakingsPeriod {
        let moved = calendar.date(byAdding: span.component, value: steps, to: start) ?? start
        return Self.containing(moved, span: span, calendar: calendar)
    }

    /// How the period reads in a title: "Fri 4 Dec 2026", "week 49, 30 Nov – 6 Dec 2026", "December 2026", or
    /// "1 Dec 2026 – 4 Dec 2026" for any other stretch of days (`span` nil).
    public func title(span: Span?, calendar: Calendar) -> String {
        func format(_ pattern: String, _ date: Date) -> String {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_GB")
            formatter.timeZone = calendar.timeZone
            formatter.dateFormat = pattern
            return formatter.string(from: date)
        }
        let last = end.addingTimeInterval(-1)
        switch span {
        case .week?:
            var iso = calendar
            iso.firstWeekday = 2
            iso.minimumDaysInFirstWeek = 4
            let week = iso.component(.weekOfYear, from: start)
            return "week \(week), \(format("d MMM", start)) – \(format("d MMM yyyy", last))"
        case .month?:
            return format("LLLL yyyy", start)
        case .day?, nil:
            if calendar.isDate(start, inSameDayAs: last) { return format("EEE d MMM yyyy", start) }
            return format("d MMM yyyy", start) + " – " + format("d MMM yyyy", last)
        }
    }
}

/// What one group of links took, in one currency (amounts in minor units).
public struct TakingsFigures: Sendable, Hashable, Encodable {
    public var currency: String
    /// Links made in the period.
    public var made = 0
    /// Links paid in the period, and what they paid.
    public var paidCount = 0
    public var paid = 0
    public var expired = 0
    public var cancelled = 0
    /// Refunds made in the period (failed ones aside), and what they gave back.
    public var refundCount = 0
    public var refunded = 0
    /// Paid minus refunded.
    public var net: Int { paid - refunded }

    public init(currency: String) { self.currency = currency }

    enum CodingKeys: String, CodingKey {
        case currency, made, expired, cancelled, paid, refunded, net
        case paidCount = "paid_count"
        case refundCount = "refund_count"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(currency, forKey: .currency)
        try c.encode(made, forKey: .made)
        try c.encode(paidCount, forKey: .paidCount)
        try c.encode(paid, forKey: .paid)
        try c.encode(expired, forKey: .expired)
        try c.encode(cancelled, forKey: .cancelled)
        try c.encode(refundCount, forKey: .refundCount)
        try c.encode(refunded, forKey: .refunded)
        try c.encode(net, forKey: .net)
    }
}

/// How the takings are broken down besides the totals.
public enum TakingsGrouping: String, Sendable, Hashable, CaseIterable, Codable {
    /// By who made the link (`created_by`).
    case `operator`
    /// By the day a link was paid or a refund made.
    case day
    /// By the hour of the day (00–23).
    case hour
    /// By the method the payer paid with (else the link's preselected one).
    case method
}

/// The takings of a period: totals per currency (never summed across currencies) and one breakdown.
public struct Takings: Sendable, Hashable, Encodable {
    public var from: Date
    public var to: Date
    public var grouping: TakingsGrouping
    /// Per currency, currencies in alphabetical order.
    public var totals: [TakingsFigures]
    /// Per group and currency, groups in their natural order (operators and methods by name, days and hours by time).
    public var groups: [Group]

    /// One row of the breakdown.
    public struct Group: Sendable, Hashable, Encodable {
        public var key: String
        public var figures: TakingsFigures
        public init(key: String, figures: TakingsFigures) {
            self.key = key
            self.figures = figures
        }
    }

    public init(from: Date, to: Date, grouping: TakingsGrouping, totals: [TakingsFigures], groups: [Group]) {
        self.from = from
        self.to = to
        self.grouping = grouping
        self.totals = totals
        self.groups = groups
    }

    enum CodingKeys: String, CodingKey {
        case from, to, totals, groups
        case grouping = "by"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let format = ISO8601DateFormatter()
        format.timeZone = .current
        try c.encode(format.string(from: from), forKey: .from)
        try c.encode(format.string(from: to), forKey: .to)
        try c.encode(grouping, forKey: .grouping)
        try c.encode(totals, forKey: .totals)
        try c.encode(groups, forKey: .groups)
    }

    /// The groups of one currency.
    public func groups(in currency: String) -> [Group] { groups.filter { $0.figures.currency == currency } }
}

/// One payment or refund, as the accountant's file lists it.
public struct TakingsEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case payment, refund }
    public var kind: Kind
    public var date: Date
    public var reference: String?
    public var linkID: String?
    public var orderID: String?
    public var payer: String?
    public var method: String?
    public var currency: String
    /// Minor units: what was paid (payments) and what went back (refunds).
    public var amount: Int
    public var refunded: Int
    public var net: Int { amount - refunded }
    public var createdBy: String?
    public var reason: String?
}

extension HistoryStore {
    /// The takings of `period`: links made, paid, expired and cancelled, refunds, per currency and per `grouping`.
    /// A link counts as paid when it was seen completed (its last change is the payment); a refund on the day it was made.
    public func takings(
        _ period: TakingsPeriod, by grouping: TakingsGrouping, currency: String? = nil, timeZone: TimeZone = .current
    ) throws(StoreError) -> Takings {
        let from = HistoryRecord.seconds(period.start), to = HistoryRecord.seconds(period.end)
        let now = HistoryRecord.seconds(self.now())
        // Each query reads one covering index by time, the project included (named, so SQLite never picks the
        // project's or the state's index instead); the four run side by side, each on a reader of its own.
        // Days and hours are whole numbers in SQL (an offset keeps them to the zone asked for), named afterwards.
        let offset = timeZone.secondsFromGMT(for: period.start)
        let groupSQL: (String, String) -> String = { time, creator in
            switch grouping {
            case .operator: "COALESCE(NULLIF(\(creator), ''), '(unknown)')"
            case .day: "((\(time) + \(offset)) / 86400)"
            case .hour: "(((\(time) + \(offset)) % 86400) / 3600)"
            case .method: "'?'"
            }
        }
        let projectKey = try read { db in try self.projectKey(db) }
        let scope = projectKey == nil ? "" : " AND project = ?"
        let method = "COALESCE(paid_method, method, '(unknown)')"
        let queries: [(sql: String, arguments: [any DatabaseValueConvertible & Sendable])] = [
            ("""
                SELECT COALESCE(currency, '') AS currency, \(grouping == .method ? method : groupSQL("created_at", "created_by")) AS key,
                    'made' AS kind, COUNT(*) AS n, 0 AS amount FROM link INDEXED BY link_takings_made
                WHERE created_at >= ? AND created_at < ? AND state = 'created'\(scope) GROUP BY 1, 2
                """, [from, to]),
            ("""
                SELECT COALESCE(currency, '') AS currency, \(grouping == .method ? method : groupSQL("updated_at", "created_by")) AS key,
                    status AS kind, COUNT(*) AS n, COALESCE(SUM(amount), 0) AS amount FROM link INDEXED BY link_takings_paid
                WHERE status IN ('completed', 'canceled') AND updated_at >= ? AND updated_at < ?\(scope) GROUP BY 1, 2, 3
                """, [from, to]),
            ("""
                SELECT COALESCE(currency, '') AS currency,
                    \(grouping == .method ? "COALESCE(method, '(unknown)')" : groupSQL("expires_at", "created_by")) AS key,
                    'expired' AS kind, COUNT(*) AS n, 0 AS amount FROM link INDEXED BY link_takings_expiry
                WHERE expires_at >= ? AND expires_at < ? AND expires_at <= ? AND status IN ('active', 'expired')\(scope)
                GROUP BY 1, 2
                """, [from, to, now]),
            ("""
                SELECT currency, \(grouping == .method
                    ? "COALESCE((SELECT COALESCE(paid_method, method) FROM link WHERE link.link_id = refund.link_id), '(unknown)')"
                    : groupSQL("created_at", "created_by")) AS key,
                    'refund' AS kind, COUNT(*) AS n, COALESCE(SUM(amount), 0) AS amount FROM refund
                WHERE created_at >= ? AND created_at < ? AND state = 'created' AND COALESCE(status, '') != 'failed'\(scope)
                GROUP BY 1, 2
                """, [from, to]),
        ]
        /// One row of an answer: the group's key as SQL gave it (a day or an hour as a number), what it counts.
        struct Tally: Sendable {
            var currency: String, text: String?, number: Int64?, kind: String, n: Int, amount: Int
        }
        let answers = Mutex<[Int: Result<[Tally], StoreError>]>([:])
        DispatchQueue.concurrentPerform(iterations: queries.count) { i in
            let query = queries[i]
            let values = query.arguments + (projectKey.map { [$0] } ?? [])
            let result = Result { () throws(StoreError) -> [Tally] in
                try read { db in
                    try Row.fetchAll(db, sql: query.sql, arguments: StatementArguments(values)).map { row in
                        let key: DatabaseValue = row["key"]
                        var number: Int64?
                        if case .int64(let value) = key.storage { number = value }
                        return Tally(
                            currency: row["currency"] ?? "", text: String.fromDatabaseValue(key), number: number,
                            kind: row["kind"] ?? "", n: row["n"], amount: row["amount"])
                    }
                }
            }
            answers.withLock { $0[i] = result }
        }
        let dayNames = DateFormatter()
        dayNames.locale = Locale(identifier: "en_US_POSIX")
        dayNames.timeZone = TimeZone(secondsFromGMT: 0)
        dayNames.dateFormat = "yyyy-MM-dd"
        func name(_ tally: Tally) -> String? {
            switch (grouping, tally.number) {
            case (.day, let day?): dayNames.string(from: Date(timeIntervalSince1970: TimeInterval(day * 86_400)))
            case (.hour, let hour?): hour < 10 ? "0\(hour)" : "\(hour)"
            default: tally.text
            }
        }
        var totals: [String: TakingsFigures] = [:]
        var groups: [String: [String: TakingsFigures]] = [:]
        for i in queries.indices {
            guard let answer = answers.withLock({ $0[i] }) else { continue }
            for tally in try answer.get() {
                let currency = tally.currency, kind = tally.kind, n = tally.n, amount = tally.amount
                func change(_ figures: inout TakingsFigures) {
                    switch kind {
                    case "made": figures.made += n
                    case "completed":
                        figures.paidCount += n
                        figures.paid += amount
                    case "canceled": figures.cancelled += n
                    case "expired": figures.expired += n
                    default:
                        figures.refundCount += n
                        figures.refunded += amount
                    }
                }
                change(&totals[currency, default: TakingsFigures(currency: currency)])
                if let key = name(tally) {
                    change(&groups[key, default: [:]][currency, default: TakingsFigures(currency: currency)])
                }
            }
        }
        let flat = groups.flatMap { key, byCurrency in byCurrency.values.map { Takings.Group(key: key, figures: $0) } }
            .sorted { ($0.key, $0.figures.currency) < ($1.key, $1.figures.currency) }
        let wanted = { (code: String) in !code.isEmpty && (currency == nil || code == currency) }
        return Takings(
            from: period.start, to: period.end, grouping: grouping,
            totals: totals.values.filter { wanted($0.currency) }.sorted { $0.currency < $1.currency },
            groups: flat.filter { wanted($0.figures.currency) })
    }

    /// Every payment and refund of `period`, oldest first, for the accountant's file.
    public func takingsEntries(_ period: TakingsPeriod, currency: String? = nil) throws(StoreError) -> [TakingsEntry] {
        let from = HistoryRecord.seconds(period.start), to = HistoryRecord.seconds(period.end)
        return try read { db in
            let project = try projectKey(db)
            // The same conditions on each table, named by its alias in the query (`link`, or `r` for refunds).
            func conditions(_ table: String) -> String {
                (currency == nil ? "" : " AND \(table).currency = ?") + (project == nil ? "" : " AND +\(table).project = ?")
            }
            let values: [any DatabaseValueConvertible] = [from, to] + (currency.map { [$0] } ?? []) + (project.map { [$0] } ?? [])
            var entries: [TakingsEntry] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT updated_at, reference, link_id, order_id, payer_name, payer_email, COALESCE(paid_method, method) AS m,
                    currency, amount, created_by FROM link
                WHERE status = 'completed' AND updated_at >= ? AND updated_at < ?\(conditions("link"))
                """, arguments: StatementArguments(values))
            {
                entries.append(TakingsEntry(
                    kind: .payment, date: Date(timeIntervalSince1970: TimeInterval(row["updated_at"] as Int)),
                    reference: row["reference"], linkID: row["link_id"], orderID: row["order_id"],
                    payer: row["payer_name"] ?? row["payer_email"], method: row["m"], currency: row["currency"] ?? "",
                    amount: row["amount"] ?? 0, refunded: 0, createdBy: row["created_by"], reason: nil))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT r.created_at, r.reference, r.link_id, r.order_id, l.payer_name, l.payer_email,
                    COALESCE(l.paid_method, l.method) AS m, r.currency, r.amount, r.created_by, r.reason FROM refund r
                LEFT JOIN link l ON l.link_id = r.link_id
                WHERE r.created_at >= ? AND r.created_at < ? AND r.state = 'created' AND COALESCE(r.status, '') != 'failed'
                \(conditions("r"))
                """, arguments: StatementArguments(values))
            {
                entries.append(TakingsEntry(
                    kind: .refund, date: Date(timeIntervalSince1970: TimeInterval(row["created_at"] as Int)),
                    reference: row["reference"], linkID: row["link_id"], orderID: row["order_id"],
                    payer: row["payer_name"] ?? row["payer_email"], method: row["m"], currency: row["currency"],
                    amount: 0, refunded: row["amount"], createdBy: row["created_by"], reason: row["reason"]))
            }
            return entries.sorted { ($0.date, $0.kind.rawValue) < ($1.date, $1.kind.rawValue) }
        }
    }
}
