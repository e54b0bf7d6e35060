import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PayseraCheckout

/// `paylink refund`: give money back to the payer of a paid link.
struct RefundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refund",
        abstract: "Give back a paid link's payment, all that remains or a part of it.",
        discussion: """
            The refund is written to the history before its request leaves; when its answer is lost, running the
            same command again (or `paylink reconcile`) finds out from the order what happened, and never sends
            it twice. On a terminal it asks first; --yes does not.
            Exit codes: 0 refunded (also when an earlier run of the same refund went through), 2 invalid input,
            3 refused by the API, 4 outcome unknown, 130 declined, 1 other failure.
            """)

    @OptionGroup var profileOptions: ProfileOptions

    @Argument(help: "The link's id, or the order's id (its paid link is refunded).")
    var id: String

    @Option(help: "How much to give back, such as 5.00 (default: all that remains).")
    var amount: String?

    @Option(help: "Why the money goes back (up to 255 characters).")
    var reason: String?

    @Option(help: "A name of your own for this refund: a rerun with the same key never refunds twice.")
    var key: String?

    @Flag(help: "Do not ask before refunding.")
    var yes = false

    @Flag(help: "Print the refund as JSON.")
    var json = false

    func run() async throws {
        let context = try await AppContext.make(profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage)
        defer { Task { await context.shutdown() } }
        let workflow = context.refundWorkflow(history: try context.history())
        let linkID = (try? workflow.history.paidLink(orderID: id))?.linkID ?? id
        let draft = RefundDraft(amount: amount ?? "", reason: reason ?? "")
        if !yes && isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 {
            let standing: RefundStandingReport
            switch await workflow.standing(linkID: linkID) {
            case .failure(let failure): throw CommandFailure(.failure, "paylink: \(TerminalText.sanitize(failure.message))")
            case .success(let value): standing = value
            }
            switch draft.check(remaining: standing.remaining, currency: standing.currency, language: context.uiLanguage) {
            case .failure(let problems): throw Self.invalid(problems)
            case .success(let minor):
                guard Self.confirm(minor, standing, language: context.uiLanguage) else {
                    throw CommandFailure(.cancelled, "paylink: " + context.uiLanguage.text(.screen(.nothingRefunded)))
                }
            }
        }
        let outcome = await workflow.refund(linkID: linkID, draft: draft, key: key)
        await context.shutdown()
        switch outcome {
        case .made(let refund):
            if json { printJSON(RefundJSON(refund, madeBefore: false)) } else { printOut(Self.madeLine(refund, before: false, language: context.uiLanguage)) }
        case .madeBefore(let refund):
            if json { printJSON(RefundJSON(refund, madeBefore: true)) } else { printOut(Self.madeLine(refund, before: true, language: context.uiLanguage)) }
        case .invalid(let problems):
            throw Self.invalid(problems)
        case .refused(let message):
            throw CommandFailure(.refused, "paylink: \(TerminalText.sanitize(message))")
        case .outcomeUnknown(let message):
            throw CommandFailure(.outcomeUnknown, "paylink: \(TerminalText.sanitize(message))")
        case .failed(let message):
            throw CommandFailure(.failure, "paylink: \(TerminalText.sanitize(message))")
        }
    }

    /// Each refused field on its own line, exit status 2.
    static func invalid(_ problems: RefundProblems) -> CommandFailure {
        CommandFailure(.invalidInput, problems.lines.map(TerminalText.sanitize).joined(separator: "\n"))
    }

    /// "Refunded 5.00 EUR of order R-12 (processing)."
    static func madeLine(_ refund: RefundRecord, before: Bool, language: UILanguage = .en) -> String {
        let money = Money.text(minor: refund.amount, currency: refund.currency, language: language)
        let order = TerminalText.sanitize(refund.reference ?? refund.orderID)
        let status = refund.status.map { TerminalText.sanitize($0.rawValue) }
        return language.text(.screen(.refundMade(amount: money, order: order, status: status, before: before)))
    }

    /// "Refund 25.00 EUR to Jonas Jonaitis for order R-12? [y/N]" on the terminal.
    static func confirm(_ minor: Int, _ standing: RefundStandingReport, language: UILanguage = .en) -> Bool {
        let money = Money.text(minor: minor, currency: standing.currency, language: language)
        let payer = TerminalText.sanitize(standing.payerName ?? "")
        let order = TerminalText.sanitize(standing.reference.isEmpty ? (standing.link.orderID ?? "") : standing.reference)
        let left = minor < standing.remaining
            ? Money.text(minor: standing.remaining - minor, currency: standing.currency, language: language) : nil
        let question = language.text(.screen(.refundQuestion(amount: money, payer: payer.isEmpty ? nil : payer, order: order, remaining: left)))
            + " [y/N] "
        try? FileHandle.standardError.write(contentsOf: Data(question.utf8))
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// A refund as `paylink refund --json` prints it: the API's answer plus what the history knows.
struct RefundJSON: Encodable {
    var refundID: String?
    var status: String?
    var amount: Int
    var currency: String
    var orderID: String
    var reference: String?
    var linkID: String?
    var reason: String?
    var createdAt: Int
    var createdBy: String?
    /// An earlier run of the same refund went through; this run sent nothing.
    var madeBefore: Bool

    init(_ refund: RefundRecord, madeBefore: Bool) {
        refundID = refund.refundID
        status = refund.status?.rawValue
        amount = refund.amount
        currency = refund.currency
        orderID = refund.orderID
        reference = refund.reference
        linkID = refund.linkID
        reason = refund.reason
        createdAt = refund.createdAt
        createdBy = refund.createdBy
        self.madeBefore = madeBefore
    }

    enum CodingKeys: String, CodingKey {
        case refundID = "refund_id", status, amount, currency, orderID = "order_id", reference, linkID = "link_id"
        case reason, createdAt = "created_at", createdBy = "created_by", madeBefore = "made_before"
    }
}
