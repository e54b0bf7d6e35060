import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI
import Synchronization

/// The stop switch of the batch the terminal program is running, if any.
private let runningBatch = Mutex<BatchStop?>(nil)

extension TerminalService {
    private var session: BatchSession { BatchSession(workflow: workflow) }

    public func checkBatch(path: String) async -> Result<BatchPreview, MessageError> {
        do {
            let file = try BatchFile.open(path: Self.expandingHome(path))
            defer { file.discard() }
            var rows: [BatchScreenRow] = []
            let language = context.uiLanguage
            let (check, alreadyMade) = try session.check(file, blank: context.draftDefaults.blankDraft, language: language) { rowCheck in
                rows.append(Self.screenRow(rowCheck, names: [], language: language))
            }
            let names = check.columns.names
            rows = rows.map { row in
                var row = row
                row.fields = zip(names, row.fields.map(\.value)).map { BatchScreenField(column: $0, value: $1) }
                return row
            }
            let money = check.totals.keys.sorted().map { Money.text(minor: check.totals[$0]!, currency: $0, language: language) }
            let total = money.joined(separator: " + ")
            return .success(BatchPreview(
                rows: rows, fileProblems: check.problems.filter { $0.row == nil || $0.row == 1 }.map(\.description),
                summary: language.text(.batchSummary(rows: check.rows, valid: check.valid, invalid: check.invalid, total: total)),
                valid: check.headerIsBroken ? 0 : check.valid, total: total, alreadyMade: alreadyMade))
        } catch {
            return .failure(MessageError(error.text(language: context.uiLanguage)))
        }
    }

    public func runBatch(path: String, report: @escaping @Sendable (BatchMsg) -> Void) async {
        let file: BatchFile
        do { file = try BatchFile.open(path: Self.expandingHome(path)) } catch {
            return report(.failed(error.text(language: context.uiLanguage)))
        }
        defer { file.discard() }
        let stop = BatchStop()
        runningBatch.withLock { $0 = stop }
        defer { runningBatch.withLock { $0 = nil } }
        let blank = context.draftDefaults.blankDraft
        let check: BatchCheckReport
        do { check = try BatchCheck.run(file, blank: blank, language: context.uiLanguage) } catch {
            return report(.failed(error.text(language: context.uiLanguage)))
        }
        guard !check.headerIsBroken else { return report(.failed(context.uiLanguage.text(.notice(.batchHeaderBroken)))) }
        do {
            let outcome = try await session.run(
                file, check: check, blank: blank, parallel: 4, resultFile: BatchResultFile.defaultURL(for: file.url), stop: stop
            ) { event in
                guard case .row(let result, let progress) = event else { return }
                let link = result.linkID.flatMap { id in try? history.record(linkID: id)?.paymentLink }
                report(.row(number: result.row, status: result.status.rawValue, error: result.error, link: link, progress: progress))
            }
            report(.finished(outcome.summary(language: context.uiLanguage)))
        } catch {
            report(.failed(error.sentence(language: context.uiLanguage)))
        }
    }

    public func stopBatch() {
        runningBatch.withLock { $0?.request() }
    }

    /// One checked row as the screen's table shows it.
    private static func screenRow(_ check: BatchRowCheck, names: [String], language: UILanguage) -> BatchScreenRow {
        let draft = check.draft
        let amount = check.money.map { Money.text(minor: $0.minor, currency: $0.currency, language: language) } ?? draft.amount
        return BatchScreenRow(
            number: check.row.number,
            reference: draft.orderMode == .new ? draft.reference : draft.orderID, name: draft.name, amount: amount,
            payer: draft.payerEmail.isEmpty ? draft.payerName : draft.payerEmail,
            fields: check.row.cells.map { BatchScreenField(column: "", value: $0) },
            problems: check.problems.map { [$0.field, $0.message].compactMap { $0 }.joined(separator: ": ") },
            currency: check.money?.currency ?? draft.currency)
    }

    /// `~/invoices.csv` as a shell would read it.
    static func expandingHome(_ path: String) -> String {
        let trimmed = path.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("~/") else { return trimmed }
        return FileManager.default.homeDirectoryForCurrentUser.path + String(trimmed.dropFirst())
    }
}
