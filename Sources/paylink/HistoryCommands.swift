import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI
import PaylinkTerminal
import PayseraCheckout

/// `paylink list`: the history, newest first.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: UILanguage.environment.help(.listAbstract))

    @Option(
        help: "Only links with this status: active, completed (paid), expired, canceled, unknown, refused.",
        transform: { try HistoryFilter(statusWord: $0) ?? { throw ValidationError("not one of active, completed (paid), expired, canceled, unknown, refused, all") }() })
    var status: HistoryFilter?

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
        let filter = batch.map { HistoryFilter.batch($0) } ?? status ?? .all
        if sync { try await syncHistory(try await profileOptions.session(), full: false) }
        let history = try profileOptions.history(allProjects: allProjects)
        let now = Date()
        let rows = try reading { try history.page(limit: limit, filter: filter, search: search, createdBy: by) }
        let language = profileOptions.language
        if json { printJSON(rows.map { $0.withEffectiveStatus(at: now) }) } else { rows.forEach { printOut($0.listLine(now: now, language: language)) } }
    }
}

/// `paylink show`: one link from the history, optionally refreshed from the API.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: UILanguage.environment.help(.showAbstract))

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
            record = try? profileOptions.history().record(linkID: linkID)
        }
        guard let record else {
            throw CommandFailure(
                .invalidInput,
                "link_id: " + profileOptions.language.text(.command(.notInHistory(TerminalText.sanitize(linkID)))))
        }
        let now = Date()
        if json { return printJSON(RecordWithOrder(record: record.withEffectiveStatus(at: now), order: order)) }
        record.detailLines(now: now, order: order, language: profileOptions.language).forEach(printOut)
    }
}

/// `paylink cancel`: cancels an active link on the API and in the history.
struct CancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: UILanguage.environment.help(.cancelAbstract))

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
    static let configuration = CommandConfiguration(commandName: "export", abstract: UILanguage.environment.help(.exportAbstract))

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
        let history = try profileOptions.history(allProjects: allProjects)
        let rows = try reading { try HistoryExport.rows(history, batch: batch) }
        try writeOutput(format == .json ? jsonDocument(rows) : Data(HistoryExport.csv(rows).utf8), to: output)
    }
}

/// `paylink reconcile`: settles attempts whose outcome is unknown, without creating anything.
struct ReconcileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile", abstract: UILanguage.environment.help(.reconcileAbstract))

    @OptionGroup var profileOptions: ProfileOptions

    func run() async throws {
        let context = try await profileOptions.session()
        let (report, refunds) = try await context.closing {
            (await context.reconciler(history: try context.history()).run(), await context.refundWorkflow(history: try context.history()).settleAll())
        }
        for line in report.lines(refunds: refunds, language: context.uiLanguage) {
            if line.unsettled { printError(line.text) } else { printOut(line.text) }
        }
        if !report.stillUnknown.isEmpty || refunds.contains(where: \.state.isUnresolved) {
            throw CommandFailure(.outcomeUnknown)
        }
    }
}
