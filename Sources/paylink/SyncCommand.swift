import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService

/// `paylink sync`: brings the history up to date with the project's links on the API.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Bring the history up to date with the project's links on Paysera (other tills, the dashboard).")

    @OptionGroup var profileOptions: ProfileOptions

    @Flag(help: "Read the whole list instead of stopping at links already known unchanged.")
    var full = false

    @Flag(help: "Print what the sync did as JSON.")
    var json = false

    func run() async throws {
        let context = try await AppContext.make(profileName: profileOptions.profile)
        let (report, refunds) = try await syncHistory(context, full: full)
        if json {
            printJSON(SyncResult(links: report, refunds: refunds))
        } else {
            printOut(Self.summary(report))
            if refunds.added + refunds.changed > 0 {
                printOut("Refunds: \(refunds.added) new, \(refunds.changed) changed (\(refunds.orders) orders read).")
            }
        }
    }

    /// What `--json` prints: the links' sync, and the refunds found on the paid links' orders.
    struct SyncResult: Encodable {
        var links: SyncReport
        var refunds: RefundSync.Report
        enum CodingKeys: String, CodingKey { case refunds, added, changed, unchanged, pages, stoppedBecause = "stopped_because" }
        func encode(to encoder: Encoder) throws {
            try links.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(refunds, forKey: .refunds)
        }
    }

    /// "Synced: 3 new, 1 changed, 200 unchanged (2 pages)."
    static func summary(_ report: SyncReport) -> String {
        "Synced: \(report.added) new, \(report.changed) changed, \(report.unchanged) unchanged "
            + "(\(report.pages) page\(report.pages == 1 ? "" : "s"))."
    }
}

/// Runs one sync of `context`'s profile (links, then the refunds of recent payments, or of all with `full`) and
/// stops what the context started; a failure becomes exit 3 (refused) or 1.
@discardableResult
func syncHistory(_ context: AppContext, full: Bool) async throws -> (SyncReport, RefundSync.Report) {
    let sync: HistorySync
    do {
        sync = try context.historySync()
    } catch {
        await context.shutdown()
        throw error
    }
    let result: Result<SyncReport, HistorySync.Failure>
    do { result = .success(try await sync.run(full: full)) } catch { result = .failure(error) }
    var refunds = RefundSync.Report()
    if case .success = result {
        refunds = await RefundSync(client: sync.client, history: sync.history, profile: sync.profile)
            .run(since: full ? nil : Date().addingTimeInterval(-RefundSync.recentWindow))
    }
    await context.shutdown()
    switch result {
    case .success(let report): return (report, refunds)
    case .failure(let failure):
        throw CommandFailure(failure.isRefused ? .refused : .failure, "paylink: \(TerminalText.sanitize(failure.message))")
    }
}
