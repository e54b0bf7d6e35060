import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PayseraCheckout

/// `paylink create`: make one payment link from options, for scripts and shells.
struct CreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: UILanguage.environment.help(.createAbstract),
        discussion: UILanguage.environment.help(.createDiscussion))

    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var fields: DraftOptions

    @Flag(help: "Print the link object as JSON.")
    var json = false

    func run() async throws {
        let context = try await profileOptions.session()
        let outcome = try await context.closing {
            let draft: LinkDraft
            do { draft = try fields.draft(defaults: context.draftDefaults) } catch let error as ValidationErrors { throw Self.invalid(error.errors) }
            // Judged here first so that each message is in the person's language; the workflow judges again.
            let problems = draft.validate(language: context.uiLanguage)
            if !problems.isEmpty { throw Self.invalid(problems) }
            return await context.workflow(history: try context.history()).create(draft)
        }
        switch outcome {
        case .created(let link, let body):
            if json {
                printJSONText(body)
            } else {
                printOut(TerminalText.sanitize(link.paymentURL))
                printOut(link.expiryWords(now: Date(), language: context.uiLanguage))
            }
        case .invalid(let problems, _):
            throw Self.invalid(problems)
        case .refused(let message): throw CommandFailure(.refused, sentence: message)
        case .outcomeUnknown(let message): throw CommandFailure(.outcomeUnknown, sentence: message)
        case .failed(let message): throw CommandFailure(.failure, sentence: message)
        }
    }

    /// Each bad field on its own line as `field: message`, exit status 2.
    static func invalid(_ problems: [FieldPath: String]) -> CommandFailure {
        let lines = ValidationErrors(problems).ordered.map { "\($0.field.rawValue): \(TerminalText.sanitize($0.message))" }
        return CommandFailure(.invalidInput, lines.joined(separator: "\n"))
    }
}
