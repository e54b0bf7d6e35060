import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore

/// `paylink report`: the takings of a day (or any stretch of days), from the history.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: UILanguage.environment.help(.reportAbstract),
        discussion: UILanguage.environment.help(.reportDiscussion))

    @OptionGroup var profileOptions: ProfileOptions

    @Option(help: "The first day, as 2026-12-01, today or yesterday (default: today).")
    var from: String?

    @Option(help: "The last day, included (default: the first day).")
    var to: String?

    @Option(help: "The breakdown: operator, day, hour or method.")
    var by: TakingsGrouping = .operator

    @Option(help: "Only this currency, such as EUR.")
    var currency: String?

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @Flag(help: "Write one row per payment and per refund as CSV (for a spreadsheet or the accountant).")
    var csv = false

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Bring the history up to date with the API first (see `paylink sync`).")
    var sync = false

    func validate() throws {
        if json && csv { throw ValidationError("--json and --csv: " + profileOptions.language.text(.command(.jsonOrCSV))) }
        if let currency, Money.exponent(of: currency) == nil {
            throw ValidationError("--currency: " + profileOptions.language.text(.command(.notCurrencyCode(currency))))
        }
    }

    func run() async throws {
        let calendar = Calendar.current
        let language = profileOptions.language
        let period: TakingsPeriod
        do { period = try .days(from: from ?? "today", to: to, calendar: calendar, language: language) } catch {
            throw CommandFailure(.invalidInput, error.description)
        }
        // The report reads the history alone; only --sync talks to the API first.
        if sync { try await syncHistory(try await profileOptions.session(), full: false) }
        let history = try profileOptions.history()
        let code = currency?.uppercased()
        let data = try reading {
            if csv { return TakingsFile.csv(try history.takingsEntries(period, currency: code), timeZone: calendar.timeZone) }
            let takings = try history.takings(period, by: by, currency: code, timeZone: calendar.timeZone)
            return json ? jsonDocument(takings) : Data(TakingsText.render(takings, calendar: calendar, language: language).utf8)
        }
        try writeOutput(data, to: output)
    }
}

extension TakingsGrouping: ExpressibleByArgument {}
