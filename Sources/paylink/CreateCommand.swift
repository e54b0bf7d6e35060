import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PayseraCheckout

/// `paylink create`: make one payment link from options, for scripts and shells.
struct CreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Make a payment link (and its order, with --reference and --currency).",
        discussion: """
            Prints the payment URL and when it expires; with --json, the link as the API returns it.
            Exit codes: 0 made, 2 invalid input, 3 refused by the API, 4 outcome unknown, 1 other failure.
            """)

    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var fields: DraftOptions

    @Flag(help: "Print the link object as JSON.")
    var json = false

    func run() async throws {
        let context = try await AppContext.make(profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage)
        defer { Task { await context.shutdown() } }
        let draft: LinkDraft
        do {
            draft = try fields.draft(defaults: context.draftDefaults)
        } catch {
            throw Self.invalid(error.errors)
        }
        // Judged here first so that each message is in the person's language; the workflow judges again.
        let problems = draft.validate(language: context.uiLanguage)
        if !problems.isEmpty { throw Self.invalid(problems) }
        let outcome = await (try context.workflow()).create(draft)
        await context.shutdown()
        switch outcome {
        case .created(let link, let body):
            if json {
                printJSONText(body)
            } else {
                printOut(TerminalText.sanitize(link.paymentURL))
                printOut(Self.expiryWords(link, now: Date(), language: context.uiLanguage))
            }
        case .invalid(let problems, _):
            throw Self.invalid(problems)
        case .refused(let message):
            throw CommandFailure(.refused, "paylink: \(TerminalText.sanitize(message))")
        case .outcomeUnknown(let message):
            throw CommandFailure(.outcomeUnknown, "paylink: \(TerminalText.sanitize(message))")
        case .failed(let message):
            throw CommandFailure(.failure, "paylink: \(TerminalText.sanitize(message))")
        }
    }

    /// Each bad field on its own line as `field: message`, exit status 2.
    static func invalid(_ problems: [FieldPath: String]) -> CommandFailure {
        let lines = ValidationErrors(problems).ordered.map { "\($0.field.rawValue): \(TerminalText.sanitize($0.message))" }
        return CommandFailure(.invalidInput, lines.joined(separator: "\n"))
    }

    /// "Expires in 3 days (Sat 28 Nov 2026 14:02 UTC)" or "Never expires."
    static func expiryWords(_ link: PaymentLink, now: Date, language: UILanguage = .en) -> String {
        guard let expiredAt = link.expiredAt else { return language.text(.ui(.createdNeverExpires)) }
        let when = Date(timeIntervalSince1970: TimeInterval(expiredAt))
        let date: String
        if language == .en {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "EEE d MMM yyyy HH:mm zzz"
            date = formatter.string(from: when)
        } else {
            let zone = TimeZone.current
            // The year always, as English shows it, so the line stands alone in a log.
            let farFromNow = Date(timeIntervalSince1970: 0)
            date = language.dateTime(when, now: farFromNow, timeZone: zone) + " " + (zone.abbreviation(for: when) ?? zone.identifier)
        }
        let left = expiredAt - Int(now.timeIntervalSince1970.rounded())
        if left <= 0 { return language.text(.createdExpired(date: date)) }
        // Round to the minute so "90m" reads as "1 hour 30 minutes", not "1 hour 29 minutes 59 seconds".
        let rounded = left >= 60 ? Int((Double(left) / 60).rounded()) * 60 : left
        return language.text(.createdExpiresIn(words: Lifetime.words(seconds: rounded, language: language), date: date))
    }
}
