import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService

/// `paylink sync`: brings the history up to date with the project's links on the API.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: UILanguage.environment.help(.syncAbstract))

    @OptionGroup var profileOptions: ProfileOptions

    @Flag(help: "Read the whole list instead of stopping at links already known unchanged.")
    var full = false

    @Flag(help: "Print what the sync did as JSON.")
    var json = false

    func run() async throws {
        let context = try await profileOptions.session()
        let (report, refunds) = try await syncHistory(context, full: full)
        let result = SyncResult(links: report, refunds: refunds)
        if json { printJSON(result) } else { result.lines(language: context.uiLanguage).forEach(printOut) }
    }
}

/// Runs one sync of `context`'s profile (links, then the refunds of recent payments, or of all with `full`) and
/// stops what the context started; a failure becomes exit 3 (refused) or 1.
@discardableResult
func syncHistory(_ context: AppContext, full: Bool) async throws -> (SyncReport, RefundSync.Report) {
    try await context.closing {
        do { return try await context.historySync(history: try context.history()).runWithRefunds(full: full) } catch let failure as HistorySync.Failure {
            throw CommandFailure(failure.isRefused ? .refused : .failure, sentence: failure.message)
        }
    }
}
