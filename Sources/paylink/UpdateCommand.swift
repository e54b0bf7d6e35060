import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PayseraCheckout

/// `paylink update`: changes the name, purpose, payer or expiry of an active link.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: UILanguage.environment.help(.updateAbstract),
        discussion: UILanguage.environment.help(.updateDiscussion))

    @OptionGroup var profileOptions: ProfileOptions

    @Argument(help: "The link id.")
    var linkID: String

    @Option(help: "A new name, shown to the payer (1-255 characters).")
    var name: String?

    @Option(help: "A new purpose of the payment (up to 255 characters).")
    var purpose: String?

    @Option(name: .customLong("payer-name"), help: "A new payer's name (up to 150 characters).")
    var payerName: String?

    @Option(name: .customLong("payer-email"), help: "A new payer's e-mail address.")
    var payerEmail: String?

    @Option(help: "A new lifetime counted from now: seconds, 90m, 3d, 1d12h or never.")
    var lifetime: String?

    @Option(help: "Time added to the link's current expiry: 2d, 12h, 1d12h.")
    var extend: String?

    @Flag(help: "Print the changed link as JSON.")
    var json = false

    func run() async throws {
        let change = LinkUpdate(
            name: name, purpose: purpose, payerName: payerName, payerEmail: payerEmail, lifetime: lifetime, extend: extend)
        guard !change.isEmpty else {
            throw CommandFailure(.invalidInput, "paylink: " + profileOptions.language.text(.command(.nothingToChange)))
        }
        let context = try await profileOptions.session()
        let history = try context.history()
        let outcome = await context.linkUpdates(history: history).update(linkID: linkID, change)
        await context.shutdown()
        switch outcome {
        case .updated(let link):
            if json, let record = try? history.record(linkID: link.linkID) {
                printJSON(record.withEffectiveStatus(at: Date()))
            } else {
                printOut(context.uiLanguage.text(.command(.changedLink(TerminalText.sanitize(link.linkID)))))
                printOut(link.expiryWords(now: Date(), language: context.uiLanguage))
            }
        case .invalid(let problems, _):
            throw CreateCommand.invalid(problems)
        case .notActive(let message, _):
            throw CommandFailure(.refused, "paylink: " + context.uiLanguage.text(.command(.refusedNothingChanged(TerminalText.sanitize(message)))))
        case .refused(let message): throw CommandFailure(.refused, sentence: message)
        case .outcomeUnknown(let message): throw CommandFailure(.outcomeUnknown, sentence: message)
        case .failed(let message): throw CommandFailure(.failure, sentence: message)
        }
    }
}
