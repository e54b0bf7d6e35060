import Foundation

/// A refund's field, named by the API's dotted path so the API's own errors land on it.
public enum RefundField: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case amount = "refund_details.refund_amount"
    case reason = "refund_details.reason"

    /// The label a person reads beside the field.
    public var label: String {
        switch self {
        case .amount: "Refund amount"
        case .reason: "Reason"
        }
    }

    public static func < (a: RefundField, b: RefundField) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// What a person asks to give back of a paid link: an amount (empty: all that remains) and a reason.
public struct RefundDraft: Sendable, Hashable {
    /// The amount as typed, in major units; empty means everything that remains.
    public var amount: String
    public var reason: String

    public init(amount: String = "", reason: String = "") {
        self.amount = amount
        self.reason = reason
    }

    /// The longest reason the API takes.
    public static let maximumReasonLength = 255

    /// The amount in minor units, or each refused field with a sentence a shop assistant understands.
    /// `remaining` is what is left to give back of the payment, in minor units of `currency`; the amount is read
    /// and the sentences said in `language`.
    public func check(remaining: Int, currency: String, language: UILanguage = .en) -> Result<Int, RefundProblems> {
        var problems: [RefundField: String] = [:]
        let code = TextChecks.trimmed(currency).uppercased()
        var minor = remaining
        if remaining <= 0 {
            problems[.amount] = language.text(.screen(.refundNothingRemains))
        } else if !TextChecks.trimmed(amount).isEmpty {
            switch Money.parse(amount, currency: code, language: language) {
            case .success(let value):
                minor = value
                if value > remaining {
                    problems[.amount] = language.text(.screen(.refundAtMost(Money.text(minor: remaining, currency: code, language: language))))
                }
            case .failure(let error):
                problems[.amount] = error.message
            }
        }
        let reason = TextChecks.trimmed(self.reason)
        if TextChecks.hasControl(reason) {
            problems[.reason] = language.text(.screen(.reasonControl))
        } else if reason.count > Self.maximumReasonLength {
            problems[.reason] = language.text(.screen(.reasonTooLong(max: Self.maximumReasonLength, has: reason.count)))
        }
        return problems.isEmpty ? .success(minor) : .failure(RefundProblems(problems))
    }

    /// The reason to send: trimmed, nil when empty.
    public var reasonToSend: String? {
        let reason = TextChecks.trimmed(self.reason)
        return reason.isEmpty ? nil : reason
    }
}

/// Every refused field of a refund at once, in form order.
public struct RefundProblems: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [RefundField: String]
    public init(_ errors: [RefundField: String]) { self.errors = errors }
    /// "refund_details.refund_amount: At most 20.00 EUR remains to refund", one line a field.
    public var lines: [String] { errors.keys.sorted().map { "\($0.rawValue): \(errors[$0]!)" } }
    public var description: String { lines.joined(separator: "\n") }
}
