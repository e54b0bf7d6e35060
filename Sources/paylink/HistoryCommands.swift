import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI
import PaylinkTerminal
import PayseraCheckout

/// Opens the history of the current data directory as the profile's project sees it (every project's rows with
/// `allProjects`), without starting a sandbox or reading a profile's secret.
func openHistory(profile: String?, allProjects: Bool = false, uiLanguage: String? = nil) throws -> HistoryStore {
    do { return try HistoryStore.open(profile: profile, allProjects: allProjects) } catch {
        throw CommandFailure(error.isProfile ? .invalidInput : .failure, "paylink: " + error.text(language: commandLanguage(option: uiLanguage)))
    }
}

/// Parses a `--status` value into a history filter.
private func statusFilter(_ text: String?) throws -> HistoryFilter {
    guard let text else { return .all }
    guard let filter = HistoryFilter(statusWord: text) else {
        throw CommandFailure(
            .invalidInput,
            "--status: \(text) is not one of active, completed (paid), expired, canceled, unknown, refused, all.")
    }
    return filter
}

/// `paylink history`: the terminal program opened on the history list.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Open the terminal program on the history: every link made, searchable, statuses kept current.")

    @OptionGroup var profileOptions: ProfileOptions

    @Option(help: "Theme: default, light, high-contrast, mono, paysera, or a file name from ~/.config/paylink/themes.")
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "Draw without colour (also NO_COLOR or TERM=dumb).")
    var noColor = false

    func run() async throws {
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure(.invalidInput, "paylink history: " + profileOptions.language.text(.command(.historyNeedsTerminal)))
        }
        let context = try await profileOptions.session()
        let service: TerminalService
        do { service = try context.terminalServices() } catch {
            await context.shutdown()
            throw error
        }
        var options = context.terminalOptions(theme: theme, noColor: noColor)
        options.startScreen = .history
        if let lastURL = try await context.runTerminal(service, options) { printOut(lastURL) }
    }
}

/// `paylink list`: the history, newest first.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the links made, newest first.")

    @Option(help: "Only links with this status: active, completed (paid), expired, canceled, unknown, refused.")
    var status: String?

    @Option(help: "Only links whose name, reference, order id, link id, payer or e-mail starts with these words.")
    var search: String?

    @Option(help: "At most this many rows.")
    var limit = 50

    @Option(help: "Only the rows one batch made (its id, as `paylink batch` prints it).")
    var batch: String?
    @Option(help: "Only links made by this person (their created_by, as config.yaml's operator: names them).")
    var by: String?

    @Flag(help: "Bring the history up to date with the API's list first (see `paylink sync`).")
    var sync = false

    @OptionGroup var profileOptions: ProfileOptions

    @Flag(help: "List the links of every profile's project, not only the current profile's.")
    var allProjects = false

    @Flag(help: "Print the rows as JSON (the API's field names plus status, currency and state).")
    var json = false

    func run() async throws {
        guard limit > 0 else { throw CommandFailure(.invalidInput, "--limit: " + profileOptions.language.text(.command(.atLeastOne))) }
        if batch != nil && status != nil { throw CommandFailure(.invalidInput, "--batch: " + profileOptions.language.text(.command(.batchOrStatus))) }
        let filter = try batch.map { HistoryFilter.batch($0) } ?? statusFilter(status)
        if sync { try await syncHistory(try await profileOptions.session(), full: false) }
        let history = try openHistory(profile: profileOptions.profile, allProjects: allProjects, uiLanguage: profileOptions.uiLanguage)
        let now = Date()
        let rows: [HistoryRecord]
        do {
            rows = try history.page(limit: limit, filter: filter, search: search, createdBy: by)
        } catch {
            throw CommandFailure(.failure, "paylink: \(error)")
        }
        let language = profileOptions.language
        if json {
            printJSON(rows.map { $0.withEffectiveStatus(at: now) })
        } else {
            for row in rows { printOut(row.listLine(now: now, language: language)) }
        }
    }
}

/// `paylink show`: one link from the history, optionally refreshed from the API.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one link of the history.")

    @OptionGroup var profileOptions: ProfileOptions

    @Argument(help: "The link id.")
    var linkID: String

    @Flag(help: "Ask the API for the link's current status, and for its order, first.")
    var refresh = false

    @Flag(help: "Print the link as JSON.")
    var json = false

    func run() async throws {
        var record: HistoryRecord?
        var order: OrderOverview?
        if refresh {
            let context = try await profileOptions.session()
            let actions = context.linkActions(history: try context.history())
            (record, order) = try await context.closing { try await actions.refreshWithOrder(linkID: linkID) }
        } else {
            record = try? openHistory(profile: profileOptions.profile, uiLanguage: profileOptions.uiLanguage).record(linkID: linkID)
        }
        guard let record else {
            throw CommandFailure(
                .invalidInput,
                "link_id: " + profileOptions.language.text(.command(.notInHistory(TerminalText.sanitize(linkID)))))
        }
        let now = Date()
        if json {
            if let order { printJSON(RecordWithOrder(record: record.withEffectiveStatus(at: now), order: order)) } else {
                printJSON(record.withEffectiveStatus(at: now))
            }
            return
        }
        let language = profileOptions.language
        for line in record.detailLines(now: now, order: order, language: language) { printOut(line) }
    }
}

/// `paylink cancel`: cancels an active link on the API and in the history.
struct CancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Cancel an active link.")

    @OptionGroup var profileOptions: ProfileOptions

    @Argument(help: "The link id.")
    var linkID: String

    @Flag(help: "Print the canceled link as JSON.")
    var json = false

    func run() async throws {
        let context = try await profileOptions.session()
        let actions = context.linkActions(history: try context.history())
        let link = try await context.closing { try await actions.cancel(linkID: linkID) }
        if json, let record = try? actions.history.record(linkID: link.linkID) { printJSON(record) } else {
            printOut(context.uiLanguage.text(.screen(.linkCanceledID(TerminalText.sanitize(link.linkID)))))
        }
    }
}

/// `paylink export`: the whole history as CSV or JSON.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write the whole history as CSV or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Option(help: "csv or json.")
    var format: Format = .csv

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Only the rows one batch made (its id, as `paylink batch` prints it).")
    var batch: String?

    @OptionGroup var profileOptions: ProfileOptions

    @Flag(help: "Write the links of every profile's project, not only the current profile's.")
    var allProjects = false

    func run() async throws {
        let history = try openHistory(profile: profileOptions.profile, allProjects: allProjects, uiLanguage: profileOptions.uiLanguage)
        let rows: [HistoryRecord]
        do { rows = try HistoryExport.rows(history, batch: batch) } catch { throw CommandFailure(.failure, "paylink: \(error)") }
        let data: Data
        switch format {
        case .json: data = terminalSafeJSON((try? jsonEncoder.encode(rows)) ?? Data("[]".utf8)) + Data("\n".utf8)
        case .csv: data = Data(HistoryExport.csv(rows).utf8)
        }
        try writeOutput(data, to: output)
    }
}

/// `paylink reconcile`: settles attempts whose outcome is unknown, without creating anything.
struct ReconcileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile", abstract: "Find out what became of links whose outcome is unknown.")

    @OptionGroup var profileOptions: ProfileOptions

    func run() async throws {
        let context = try await profileOptions.session()
        let (report, refunds) = try await context.closing {
            (await (try context.reconciler()).run(), await context.refundWorkflow(history: try context.history()).settleAll())
        }
        for line in report.lines(refunds: refunds, language: context.uiLanguage) {
            if line.unsettled { printError(line.text) } else { printOut(line.text) }
        }
        if !report.stillUnknown.isEmpty || refunds.contains(where: \.state.isUnresolved) {
            throw CommandFailure(.outcomeUnknown)
        }
    }
}
