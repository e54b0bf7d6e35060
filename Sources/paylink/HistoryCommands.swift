import ArgumentParser
import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI
import PayseraCheckout

/// Opens the history of the current data directory as the profile's project sees it (every project's rows with
/// `allProjects`), without starting a sandbox or reading a profile's secret.
func openHistory(profile: String?, allProjects: Bool = false) throws -> HistoryStore {
    let environment = ProcessInfo.processInfo.environment
    let paths = AppPaths.current(environment: environment)
    var project: HistoryProject?
    if !allProjects {
        do {
            project = try ConfigLoader.load(paths: paths, environment: environment).historyProject(named: profile)
        } catch {
            throw CommandFailure(.invalidInput, "paylink: \(error)")
        }
    }
    do { return try HistoryStore.open(paths: paths, project: project) } catch { throw CommandFailure(.failure, "paylink: \(error)") }
}

/// Parses a `--status` value into a history filter.
private func statusFilter(_ text: String?) throws -> HistoryFilter {
    guard let text else { return .all }
    let lower = text.lowercased()
    switch lower {
    case "all": return .all
    case "paid": return .status(.completed)
    case "unknown", "outcome-unknown", "unresolved": return .unresolved
    case "refused": return .state(.refused)
    case "active", "completed", "expired", "canceled", "cancelled": return .status(LinkStatus(rawValue: lower))
    default:
        throw CommandFailure(
            .invalidInput,
            "--status: \(text) is not one of active, completed (paid), expired, canceled, unknown, refused, all.")
    }
}

/// One line of the plain-text history listing.
private func historyLine(_ record: HistoryRecord, now: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    let amount = record.amount.map { Money.display(minor: $0, currency: record.currency ?? "") } ?? ""
    let status: String
    if record.state == .created {
        status = record.effectiveStatus(at: now)?.rawValue ?? "active"
    } else {
        status = record.state.label
    }
    let left = record.state == .created && record.effectiveStatus(at: now) == .active
        ? Countdown.text(from: now, to: record.expiresAt) : ""
    let cells = [
        formatter.string(from: record.createdAt), record.linkID ?? "-", TerminalText.sanitize(record.name),
        amount, status, left,
    ]
    return cells.joined(separator: "  ")
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
            throw CommandFailure(.invalidInput, "paylink history: needs a terminal; use `paylink list` in scripts.")
        }
        let context = try await AppContext.make(profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage)
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
        guard limit > 0 else { throw CommandFailure(.invalidInput, "--limit: must be at least 1.") }
        if batch != nil && status != nil { throw CommandFailure(.invalidInput, "--batch: give either --batch or --status, not both.") }
        let filter = try batch.map { HistoryFilter.batch($0) } ?? statusFilter(status)
        if sync { try await syncHistory(try await AppContext.make(profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage), full: false) }
        let history = try openHistory(profile: profileOptions.profile, allProjects: allProjects)
        let now = Date()
        let rows: [HistoryRecord]
        do {
            rows = try history.page(limit: limit, filter: filter, search: search, createdBy: by)
        } catch {
            throw CommandFailure(.failure, "paylink: \(error)")
        }
        if json {
            printJSON(rows.map { $0.withEffectiveStatus(at: now) })
        } else {
            for row in rows { printOut(historyLine(row, now: now)) }
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
            let context = try await AppContext.make(profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage)
            let actions = context.linkActions(history: try context.history())
            let result: Result<(record: HistoryRecord?, order: OrderOverview?), CheckoutError>
            do { result = .success(try await actions.refreshWithOrder(linkID: linkID)) } catch { result = .failure(error) }
            await context.shutdown()
            (record, order) = try result.mapError(CommandFailure.init).get()
        } else {
            record = try? openHistory(profile: profileOptions.profile).record(linkID: linkID)
        }
        guard let record else {
            throw CommandFailure(
                .invalidInput,
                "link_id: \(TerminalText.sanitize(linkID)) is not in this profile's history (try --refresh, or another --profile).")
        }
        let now = Date()
        if json {
            if let order { printJSON(RecordWithOrder(record: record.withEffectiveStatus(at: now), order: order)) } else {
                printJSON(record.withEffectiveStatus(at: now))
            }
            return
        }
        let amount = record.amount.map { Money.display(minor: $0, currency: record.currency ?? "") } ?? "-"
        let lines: [(String, String?)] = [
            ("Link", record.linkID), ("Order", record.orderID), ("Name", record.name), ("Amount", amount),
            ("Status", record.effectiveStatus(at: now)?.rawValue ?? record.state.label),
            ("Expires", record.state == .created ? Countdown.text(from: now, to: record.expiresAt) : nil),
            ("URL", record.paymentURL), ("Payer", record.payerName), ("E-mail", record.payerEmail),
        ]
        for (label, value) in lines {
            guard let value else { continue }
            printOut("\(label.padding(toLength: 8, withPad: " ", startingAt: 0))\(TerminalText.sanitize(value))")
        }
        if let order {
            printOut("")
            printOut("The order")
            for row in order.rows(excluding: record.linkID) {
                printOut("  \(row.label.padding(toLength: 11, withPad: " ", startingAt: 0))\(row.value)")
            }
        }
    }
}

/// A history row as JSON with the order behind it under `order`.
private struct RecordWithOrder: Encodable {
    var record: HistoryRecord
    var order: OrderOverview

    func encode(to encoder: Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(order, forKey: Key(stringValue: "order")!)
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
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
        let context = try await AppContext.make(profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage)
        let actions = context.linkActions(history: try context.history())
        let result: Result<PaymentLink, CheckoutError>
        do { result = .success(try await actions.cancel(linkID: linkID)) } catch { result = .failure(error) }
        await context.shutdown()
        let link = try result.mapError(CommandFailure.init).get()
        if json, let record = try? actions.history.record(linkID: link.linkID) { printJSON(record) } else {
            printOut(context.uiLanguage.text(.screen(.linkCanceledID(TerminalText.sanitize(link.linkID)))))
        }
    }
}

extension CommandFailure {
    /// An API error as the command's exit: 3 when the API refused, else 1, with its sentence.
    init(_ error: CheckoutError) {
        self.init(error.isRefused ? .refused : .failure, "paylink: \(TerminalText.sanitize(error.description))")
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
        let history = try openHistory(profile: profileOptions.profile, allProjects: allProjects)
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
        let context = try await AppContext.make(profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage)
        let report = await (try context.reconciler()).run()
        let refunds = await context.refundWorkflow(history: try context.history()).settleAll()
        await context.shutdown()
        for refund in refunds {
            let money = Money.text(minor: refund.amount, currency: refund.currency, language: context.uiLanguage)
            let order = TerminalText.sanitize(refund.reference ?? refund.orderID)
            switch refund.state {
            case .created: printOut(context.uiLanguage.text(.screen(.refundFound(amount: money, order: order))))
            case .notCreated: printOut(context.uiLanguage.text(.screen(.refundNotMade(amount: money, order: order))))
            default: printError(context.uiLanguage.text(.screen(.refundStillUnknown(amount: money, order: order))))
            }
        }
        for record in report.adopted {
            printOut(context.uiLanguage.text(.screen(.attemptFound(id: record.linkID ?? "?", name: TerminalText.sanitize(record.name)))))
        }
        for record in report.notCreated {
            printOut(context.uiLanguage.text(.screen(.attemptNotCreated(TerminalText.sanitize(record.name)))))
        }
        for unsettled in report.stillUnknown {
            printError(context.uiLanguage.text(.screen(.attemptStillUnknown(TerminalText.sanitize(unsettled.attempt.name), why: TerminalText.sanitize(unsettled.reason)))))
        }
        for record in report.inFlight {
            printOut(context.uiLanguage.text(.screen(.attemptInFlight(TerminalText.sanitize(record.name)))))
        }
        if report.isEmpty && refunds.isEmpty {
            printOut(context.uiLanguage.text(.screen(.nothingToReconcile)) + ".")
        }
        if !report.stillUnknown.isEmpty || refunds.contains(where: \.state.isUnresolved) {
            throw CommandFailure(.outcomeUnknown)
        }
    }
}
