import Foundation
import PaylinkCore
import PaylinkStore

/// One batch file on one history, as `paylink batch` and the batch screen both run it: checked, the batch lock
/// taken, the rows sent (lost answers reconciled first, made rows reused), the result file written.
public struct BatchSession: Sendable {
    public let workflow: LinkWorkflow

    public init(workflow: LinkWorkflow) {
        self.workflow = workflow
    }

    /// Why a run did not get to its end.
    public enum Failure: Error, CustomStringConvertible {
        /// Another run holds the batch lock of this history.
        case busy
        /// The file or the history could not be read; nothing more was sent.
        case unreadable(String)
        /// The rows ran but the result file could not be written.
        case resultNotWritten(String)

        /// Whether the file (or the history) could not be read, rather than a failure of this machine.
        public var isUnreadable: Bool {
            if case .unreadable = self { true } else { false }
        }

        /// The description as a sentence on its own, capitalised.
        public var sentence: String { sentence(language: .en) }

        /// The sentence in `language`; a busy history is said in it, the other reasons already are.
        public func sentence(language: UILanguage) -> String {
            let said = text(language: language)
            return said.prefix(1).uppercased() + said.dropFirst()
        }

        /// The reason in `language`.
        public func text(language: UILanguage) -> String {
            switch self {
            case .busy: language.text(.notice(.batchBusy))
            case .unreadable(let reason), .resultNotWritten(let reason): reason
            }
        }

        public var description: String { text(language: .en) }
    }

    /// What a run ended with, and where its result file is.
    public struct Outcome: Sendable {
        public var run: BatchRun.Outcome
        public var resultFile: URL

        /// The sentence that closes a run: what was made now and earlier, refused, unknown, invalid, not sent.
        public var summary: String { summary(language: .en) }

        /// The closing line in `language`; it starts with the batch's id in every language.
        public func summary(language: UILanguage) -> String {
            let p = run.progress
            return language.text(.command(.batchDone(
                batch: run.batchID, created: p.created, now: p.sent, refused: p.refused, unknown: p.unknown,
                invalid: p.invalid, notSent: p.notSent, stopped: run.stopped, results: resultFile.path)))
        }

        /// The `summary` object that closes `paylink batch --json`: `check`'s counts, then what the run made.
        public func summaryObject(_ check: BatchCheckReport) -> [String: Any] {
            let p = run.progress
            var summary = check.summaryObject
            summary["batch_id"] = run.batchID
            summary["created"] = p.created
            summary["made_now"] = p.sent
            summary["refused"] = p.refused
            summary["unknown"] = p.unknown
            summary["orphan_orders"] = p.orphanOrders
            summary["not_sent"] = p.notSent
            summary["results"] = resultFile.path
            return summary
        }
    }

    /// Checks every row (nothing is sent); `alreadyMade` counts valid rows whose link an earlier run made.
    public func check(
        _ file: BatchFile, blank: LinkDraft, language: UILanguage = .en, each: (BatchRowCheck) -> Void = { _ in }
    ) throws(BatchFileError) -> (report: BatchCheckReport, alreadyMade: Int) {
        var alreadyMade = 0
        let report = try BatchCheck.run(file, blank: blank, language: language) { row in
            each(row)
            if row.problems.isEmpty, let key = row.paymentKey,
               (try? workflow.history.records(paymentKey: key, profile: workflow.profile))?.contains(where: { $0.state == .created }) == true {
                alreadyMade += 1
            }
        }
        return (report, report.headerIsBroken ? 0 : alreadyMade)
    }

    /// Sends the valid rows of a checked file, `parallel` at a time, and writes the result file to `resultFile`.
    public func run(
        _ file: BatchFile, check: BatchCheckReport, blank: LinkDraft, parallel: Int, resultFile: URL,
        stop: BatchStop = BatchStop(), events: @escaping @Sendable (BatchEvent) -> Void = { _ in }
    ) async throws(Failure) -> Outcome {
        guard let lock = BatchLock.take(workflow.paths) else { throw .busy }
        defer { lock.release() }
        let reconciler = Reconciler(client: workflow.client, history: workflow.history, profile: workflow.profile, paths: workflow.paths)
        let outcome: BatchRun.Outcome
        do {
            outcome = try await BatchRun(workflow: workflow, reconciler: reconciler).run(
                file, check: check, blank: blank, parallel: parallel, newBatchID: BatchRun.newID(), stop: stop, events: events)
        } catch {
            throw .unreadable(error.text(language: workflow.language))
        }
        do { try BatchResultFile.write(file, results: outcome.results, to: resultFile) } catch {
            throw .resultNotWritten(error.text(language: workflow.language))
        }
        return Outcome(run: outcome, resultFile: resultFile)
    }
}
