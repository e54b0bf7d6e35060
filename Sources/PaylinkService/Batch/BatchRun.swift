import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

/// Sends a checked batch file: every row's attempt written ahead with the batch's id and the row's number,
/// rows an earlier run made reused, lost answers reconciled before anything is sent again; N rows in flight.
public struct BatchRun: Sendable {
    public let workflow: LinkWorkflow
    public let reconciler: Reconciler

    /// How many times a row refused with 429 is sent again (after the API's Retry-After each time).
    public static let rateLimitRetries = 8
    /// How many times rows whose answer was lost are reconciled and, when nothing was made, sent again.
    public static let reconcileRounds = 3

    public init(workflow: LinkWorkflow, reconciler: Reconciler) {
        self.workflow = workflow
        self.reconciler = reconciler
    }

    /// What a run ended with.
    public struct Outcome: Sendable {
        public var batchID: String
        public var progress: BatchProgress
        public var results: [Int: BatchRowResult]
        public var stopped: Bool
    }

    /// Runs the file whose check pass gave `check`; invalid rows are skipped (the caller decides whether to run).
    public func run(
        _ file: BatchFile, check: BatchCheckReport, blank: LinkDraft, parallel: Int, newBatchID: String,
        stop: BatchStop = BatchStop(), events: @escaping @Sendable (BatchEvent) -> Void = { _ in }
    ) async throws(BatchFileError) -> Outcome {
        let history = workflow.history
        let profile = workflow.profile
        let batchID: String
        do {
            batchID = try history.latestBatchID(paymentKeys: check.paymentKeys, profile: profile) ?? newBatchID
        } catch {
            throw BatchFileError(.historyUnreadable(why: "\(error)"))
        }
        // Attempts an earlier run lost (killed, no answer) are settled before any row is looked at.
        _ = await reconciler.run()
        var progress = BatchProgress(total: check.rows)
        events(.started(batchID: batchID, progress: progress))
        var results: [Int: BatchRowResult] = [:]
        var pending: [Int: BatchRowCheck] = [:]
        let gate = RateGate()
        let reader = try file.rows()
        var stopped = false

        func finish(_ result: BatchRowResult, _ check: BatchRowCheck) {
            results[result.row] = result
            progress.count(result)
            // An orphaned order is not pending: sending it again would only meet the same 409.
            if result.status == .unknown && !result.orphanOrder {
                pending[result.row] = check
            } else {
                events(.row(result, progress))
            }
        }

        // At most `parallel` rows in flight: a new one starts when one finishes.
        func send(
            _ rowCheck: BatchRowCheck, in group: inout TaskGroup<(BatchRowResult, BatchRowCheck)>, running: inout Int
        ) async {
            if running >= max(parallel, 1), let done = await group.next() {
                running -= 1
                finish(done.0, done.1)
            }
            running += 1
            group.addTask { (await settle(rowCheck, batchID: batchID, gate: gate), rowCheck) }
        }

        var readError: BatchFileError?
        await withTaskGroup(of: (BatchRowResult, BatchRowCheck).self) { group in
            var running = 0
            while true {
                if stop.isRequested {
                    stopped = true
                    break
                }
                let row: BatchRow?
                do throws(BatchFileError) { row = try reader.next() } catch {
                    readError = error
                    break
                }
                guard let row else { break }
                let rowCheck = BatchRowCheck.judge(row, columns: check.columns, blank: blank)
                if check.invalidRows.contains(row.number) || !rowCheck.isValid {
                    let problems = rowCheck.problems.isEmpty
                        ? "The reference (or order and name) is used by another row of the file"
                        : rowCheck.problems.map { [$0.field, $0.message].compactMap { $0 }.joined(separator: ": ") }
                            .joined(separator: "; ")
                    finish(BatchRowResult(row: row.number, status: .invalid, error: problems), rowCheck)
                    continue
                }
                await send(rowCheck, in: &group, running: &running)
            }
            for await done in group { finish(done.0, done.1) }
        }
        if let readError { throw readError }

        // Lost answers: ask the API what each made; rows it shows nothing for are sent again, never blindly.
        var round = 0
        while !pending.isEmpty && round < Self.reconcileRounds && !stop.isRequested {
            round += 1
            events(.reconciling(rows: pending.count))
            _ = await reconciler.run()
            let rows = pending.values.sorted { $0.row.number < $1.row.number }
            pending.removeAll()
            progress.unknown -= rows.count
            progress.done -= rows.count
            await withTaskGroup(of: (BatchRowResult, BatchRowCheck).self) { group in
                var running = 0
                for rowCheck in rows { await send(rowCheck, in: &group, running: &running) }
                for await done in group { finish(done.0, done.1) }
            }
        }
        for rowCheck in pending.values.sorted(by: { $0.row.number < $1.row.number }) {
            if let result = results[rowCheck.row.number] { events(.row(result, progress)) }
        }
        return Outcome(batchID: batchID, progress: progress, results: results, stopped: stopped)
    }

    /// One row: reused when an earlier run made its link, left unknown while an earlier attempt is unsettled,
    /// otherwise sent (again after a 429's wait, which means nothing was made).
    func settle(_ check: BatchRowCheck, batchID: String, gate: RateGate) async -> BatchRowResult {
        let number = check.row.number
        guard let key = check.paymentKey else { return BatchRowResult(row: number, status: .invalid) }
        let tag = BatchTag(batchID: batchID, row: number, paymentKey: key)
        let earlier: [HistoryRecord]
        do {
            earlier = try workflow.history.records(paymentKey: key, profile: workflow.profile)
        } catch {
            return BatchRowResult(row: number, status: .unknown, error: workflow.language.text(.notice(.batchSheet(.historyUnreadable(why: "\(error)")))))
        }
        if let made = earlier.first(where: { $0.state == .created }) {
            return BatchRowResult(row: number, record: made, reused: true)
        }
        if earlier.contains(where: { $0.state.isUnresolved }) {
            return BatchRowResult(
                row: number, status: .unknown,
                error: workflow.language.text(.notice(.batchSheet(.earlierStillUnknown))))
        }
        // An order an earlier attempt made keeps its reference, so the link goes on it instead of a second order.
        var draft = check.draft
        if draft.orderMode == .new, let order = earlier.last(where: { $0.orderID != nil })?.orderID {
            draft.orderMode = .existing
            draft.orderID = order
        }
        await gate.wait()
        // A 429 pauses every worker for its Retry-After; then this row's request goes again on the same attempt.
        let answer = await workflow.make(draft, batch: tag, retries429: Self.rateLimitRetries) { seconds in
            await gate.pause(seconds: seconds)
            await gate.wait()
            return true
        }
        if answer.orderConflict, let orphan = orphanOrder(check) { return orphan }
        switch answer.outcome {
        case .created(let link, _):
            return BatchRowResult(row: number, link: link)
        case .invalid(let fields, let message):
            let detail = ValidationErrors(fields).ordered.map(\.description).joined(separator: "; ")
            return BatchRowResult(row: number, status: .refused, error: detail.isEmpty ? message : detail)
        case .refused(let message):
            return BatchRowResult(row: number, status: .refused, error: message)
        case .outcomeUnknown(let message):
            return BatchRowResult(row: number, status: .unknown, error: message)
        case .failed(let message):
            return BatchRowResult(row: number, status: .notSent, error: "Not sent: \(message)")
        }
    }

    /// A 409 for the row's new order after an earlier run wrote that order's create ahead and never read its id:
    /// the order exists without a link, and only the person can say which order it is.
    func orphanOrder(_ check: BatchRowCheck) -> BatchRowResult? {
        let reference = check.draft.reference.trimmingCharacters(in: .whitespaces)
        guard check.draft.orderMode == .new,
              let earlier = try? workflow.history.ordersMaybeMade(reference: reference, profile: workflow.profile),
              !earlier.isEmpty
        else { return nil }
        return BatchRowResult(
            row: check.row.number, status: .unknown,
            error: "row \(check.row.number): an earlier run created order \(reference) but was stopped before it read the "
                + "order's id, and the API cannot find an order by its reference; put the order's id from Paysera's "
                + "dashboard in this row's order-id column (and empty its reference) and run again",
            orphanOrder: true)
    }

    /// A new batch id: the local time it started and four random hex digits, e.g. `20261201-2255-3f9a`.
    public static func newID(now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmm"
        return formatter.string(from: now) + "-" + String(format: "%04x", UInt16.random(in: .min ... .max))
    }
}
