import Foundation
import PaylinkCore

/// One row judged by PaylinkCore's rules: its draft, what identifies its payment, and its problems.
public struct BatchRowCheck: Sendable {
    public var row: BatchRow
    public var draft: LinkDraft
    /// The order reference, or the order id and the name; nil when the row is too broken to tell.
    public var paymentKey: String?
    public var problems: [BatchProblem]
    public var isValid: Bool { problems.isEmpty }

    /// Judges one row as the form judges a draft (same rules, same messages).
    public static func judge(_ row: BatchRow, columns: BatchColumns, blank: LinkDraft) -> BatchRowCheck {
        let (draft, mapping) = columns.draft(row.cells, blank: blank)
        var problems = mapping.map { BatchProblem(row: row.number, field: $0.field, message: $0.message) }
        let reported = Set(mapping.map(\.field))
        for error in ValidationErrors(draft.validate(language: columns.language)).ordered where !reported.contains(error.field.rawValue) {
            problems.append(BatchProblem(row: row.number, field: error.field.rawValue, message: error.message))
        }
        if row.cells.count > columns.names.count, row.cells[columns.names.count...].contains(where: { !$0.isEmpty }) {
            problems.append(BatchProblem(
                row: row.number, field: nil,
                message: columns.say(.tooManyCells(has: row.cells.count, columns: columns.names.count))))
        }
        return BatchRowCheck(row: row, draft: draft, paymentKey: paymentKey(of: draft), problems: problems)
    }

    /// `reference R-1` for a new order, `order ID name` for a link on an existing order.
    public static func paymentKey(of draft: LinkDraft) -> String? {
        switch draft.orderMode {
        case .new:
            guard case .success(let reference) = FieldRules.reference(draft.reference) else { return nil }
            return "reference \(reference)"
        case .existing:
            guard case .success(let order) = FieldRules.orderID(draft.orderID),
                case .success(let name) = FieldRules.name(draft.name)
            else { return nil }
            return "order \(order.lowercased()) \(name)"
        }
    }

    /// The amount in minor units and the currency, when both are valid.
    public var money: (minor: Int, currency: String)? {
        guard case .success(let currency) = FieldRules.currency(draft.currency),
            case .success(let minor) = FieldRules.amount(draft.amount, currency: currency)
        else { return nil }
        return (minor, currency)
    }
}

/// What the check pass found: how many rows, which are valid, the totals, and every problem.
public struct BatchCheckReport: Sendable {
    public var columns: BatchColumns
    public var rows = 0
    public var valid = 0
    public var invalidRows: Set<Int> = []
    /// Minor units per currency of the valid rows.
    public var totals: [String: Int] = [:]
    public var problems: [BatchProblem] = []
    /// The payment keys of the valid rows.
    public var paymentKeys: Set<String> = []

    public var invalid: Int { rows - valid }
    /// Whether anything stops the file as a whole (a header problem) or any row.
    public var hasProblems: Bool { !problems.isEmpty }
    /// Whether the header itself is wrong (then no row can be sent, even with --skip-invalid).
    public var headerIsBroken: Bool { problems.contains { $0.row == 1 } || rows == 0 }

    /// "297 rows: 295 valid, 2 invalid; €7,431.20 in all"
    public var summaryLine: String { summaryLine(language: .en) }

    /// The summary line in `language`, its amounts written in the language's form.
    public func summaryLine(language: UILanguage) -> String {
        let money = totals.keys.sorted().map { Money.text(minor: totals[$0]!, currency: $0, language: language) }
        return language.text(.command(.batchRows(
            rows: rows, valid: valid, invalid: invalid, total: money.isEmpty ? nil : money.joined(separator: " + "))))
    }

    /// "Make 298 links, €7,431.20 in all? [y/N] " in `language`: the batch screen's question, asked on the terminal
    /// before sending, Enter meaning no.
    public func question(language: UILanguage = .en) -> String {
        let money = totals.keys.sorted().map { Money.text(minor: totals[$0]!, currency: $0, language: language) }
        let asked = language.text(
            .batchMake(links: valid, total: money.isEmpty ? nil : money.joined(separator: " + "), made: 0, skipped: 0))
        return (asked.hasSuffix(" y/n") ? String(asked.dropLast(4)) : asked) + " [y/N] "
    }

    /// The counts and totals as the `summary` object of `paylink batch --json`.
    public var summaryObject: [String: Any] {
        var totals: [String: String] = [:]
        for (currency, minor) in self.totals { totals[currency] = Money.format(minor: minor, currency: currency) }
        return ["rows": rows, "valid": valid, "invalid": invalid, "totals": totals]
    }
}

/// The check pass: every row through PaylinkCore's rules, then the file as a whole; streamed, never loaded whole.
public enum BatchCheck {
    /// Reads the whole file once; `each` sees every row's check as it is made (the screen keeps them).
    public static func run(
        _ file: BatchFile, blank: LinkDraft, language: UILanguage = .en, each: (BatchRowCheck) -> Void = { _ in }
    ) throws(BatchFileError) -> BatchCheckReport {
        let reader = try file.rows()
        var columns = BatchColumns(header: reader.header)
        columns.language = language
        var report = BatchCheckReport(columns: columns)
        report.problems = columns.problems(blank: blank)
        var firstRowOfKey: [String: Int] = [:]
        while let row = try reader.next() {
            report.rows += 1
            var check = BatchRowCheck.judge(row, columns: columns, blank: blank)
            if let key = check.paymentKey {
                if let first = firstRowOfKey[key] {
                    let field = check.draft.orderMode == .new ? FieldPath.reference : FieldPath.name
                    let what = columns.say(check.draft.orderMode == .new ? .referenceAgain(first: first) : .orderAndNameAgain(first: first))
                    check.problems.append(BatchProblem(row: row.number, field: field.rawValue, message: what))
                } else {
                    firstRowOfKey[key] = row.number
                }
            }
            if check.isValid {
                report.valid += 1
                if let key = check.paymentKey { report.paymentKeys.insert(key) }
                if let money = check.money { report.totals[money.currency, default: 0] += money.minor }
            } else {
                report.invalidRows.insert(row.number)
                report.problems += check.problems
            }
            each(check)
        }
        if report.rows == 0 && !report.problems.contains(where: { $0.row == 1 }) {
            report.problems.append(BatchProblem(row: nil, field: nil, message: columns.say(.headerOnly)))
        }
        return report
    }
}
