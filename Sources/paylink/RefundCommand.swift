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
        abstract: UILanguage.environment.help(.refundAbstract),
        discussion: UILanguage.environment.help(.refundDiscussion))

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
        let context = try await profileOptions.session()
        let outcome = try await context.closing {
            let workflow = context.refundWorkflow(history: try context.history())
            let linkID = (try? workflow.history.paidLink(orderID: id))?.linkID ?? id
            let draft = RefundDraft(amount: amount ?? "", reason: reason ?? "")
            if !yes && isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 {
                let standing: RefundStandingReport
                switch await workflow.standing(linkID: linkID) {
                case .failure(let failure): throw CommandFailure(.failure, sentence: failure.message)
                case .success(let value): standing = value
                }
                switch draft.check(remaining: standing.remaining, currency: standing.currency, language: context.uiLanguage) {
                case .failure(let problems): throw Self.invalid(problems)
                case .success(let minor):
                    guard askOnTerminal(standing.question(refunding: minor, language: context.uiLanguage)) else {
                        throw CommandFailure(.cancelled, "paylink: " + context.uiLanguage.text(.screen(.nothingRefunded)))
                    }
                }
            }
            return await workflow.refund(linkID: linkID, draft: draft, key: key)
        }
        switch outcome {
        case .made(let refund):
            if json { printJSON(RefundJSON(refund, madeBefore: false)) } else { printOut(refund.madeLine(before: false, language: context.uiLanguage)) }
        case .madeBefore(let refund):
            if json { printJSON(RefundJSON(refund, madeBefore: true)) } else { printOut(refund.madeLine(before: true, language: context.uiLanguage)) }
        case .invalid(let problems):
            throw Self.invalid(problems)
        case .refused(let message): throw CommandFailure(.refused, sentence: message)
        case .outcomeUnknown(let message): throw CommandFailure(.outcomeUnknown, sentence: message)
        case .failed(let message): throw CommandFailure(.failure, sentence: message)
        }
    }

    /// Each refused field on its own line, exit status 2.
    static func invalid(_ problems: RefundProblems) -> CommandFailure {
        CommandFailure(.invalidInput, problems.lines.map(TerminalText.sanitize).joined(separator: "\n"))
    }
}
