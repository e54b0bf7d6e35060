import ArgumentParser
import Foundation
import PaylinkCommandLine
import PaylinkCore
import PaylinkService
import PaylinkStore
import PaylinkTUI
import PaylinkTerminal

/// `paylink batch`: a CSV of invoices in, a payment link for every row out; checked first, resumable, never twice.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: UILanguage.environment.help(.batchAbstract),
        discussion: UILanguage.environment.help(.batchDiscussion))

    @OptionGroup var profileOptions: ProfileOptions

    @Argument(help: "The CSV file, or - for standard input.")
    var file: String

    @Option(help: "Where to write the result file (default: FILE.results.csv beside the input).")
    var output: String?

    @Option(help: "How many rows are in flight at once.")
    var parallel = 4

    @Flag(name: .customLong("dry-run"), help: "Only check the file and print the summary; send nothing.")
    var dryRun = false

    @Flag(name: .customLong("skip-invalid"), help: "Send the valid rows even when some rows are invalid.")
    var skipInvalid = false

    @Flag(help: "Send without asking (and without the batch screen on a terminal).")
    var yes = false

    @Flag(help: "Print one JSON object per row as it finishes, and a summary at the end.")
    var json = false

    func validate() throws {
        guard (1...64).contains(parallel) else { throw ValidationError("--parallel " + profileOptions.language.text(.command(.parallelRange))) }
    }

    func run() async throws {
        let input: BatchFile
        do { input = try BatchFile.open(path: file) } catch {
            throw CommandFailure(.invalidInput, "paylink: \(TerminalText.sanitize(error.text(language: profileOptions.language)))")
        }
        defer { input.discard() }
        let resultURL = try resultFile(input)
        if dryRun {
            let defaults: DraftDefaults
            do {
                defaults = try ProfileSession.draftDefaults(profileName: profileOptions.profile, uiLanguage: profileOptions.uiLanguage)
            } catch { throw CommandFailure(.invalidInput, "paylink: " + error.text(language: profileOptions.language)) }
            let check = try checkFile(input, blank: defaults.blankDraft, language: defaults.uiLanguage)
            reportProblems(check, language: defaults.uiLanguage)
            if json {
                printJSONLine(["summary": check.summaryObject])
            } else {
                printOut(check.summaryLine(language: defaults.uiLanguage))
            }
            if check.hasProblems { throw CommandFailure(.invalidInput) }
            return
        }
        let context = try await profileOptions.session()
        let blank = context.draftDefaults.blankDraft
        let language = context.uiLanguage
        let check: BatchCheckReport
        do { check = try checkFile(input, blank: blank, language: context.uiLanguage) } catch {
            await context.shutdown()
            throw error
        }
        if !yes && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 && !json && file != "-" {
            // A person at a terminal gets the batch screen: the rows, the question, the progress, the results.
            var options = context.terminalOptions()
            options.batchFile = file
            _ = try await context.runTerminal(options)
            return
        }
        reportProblems(check, language: language)
        if check.headerIsBroken || (check.hasProblems && !skipInvalid) {
            await context.shutdown()
            throw CommandFailure(
                .invalidInput, "paylink: " + language.text(.command(.batchNothingSent(
                    summary: check.summaryLine(language: language), fixRows: !check.headerIsBroken))))
        }
        if !yes && isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 {
            guard askOnTerminal(check.question(language: context.uiLanguage)) else {
                await context.shutdown()
                throw CommandFailure(.cancelled, "paylink: " + context.uiLanguage.text(.screen(.nothingSent)))
            }
        }
        let session = BatchSession(workflow: context.workflow(history: try context.history()))
        let display = ProgressLine<BatchProgress>(enabled: isatty(STDERR_FILENO) == 1) { $0.line(note: $1, now: Date()) }
        let json = self.json
        let result: Result<BatchSession.Outcome, BatchSession.Failure>
        do {
            result = .success(try await session.run(
                input, check: check, blank: blank, parallel: parallel, resultFile: resultURL
            ) { event in
                switch event {
                case .started(_, let progress): display.draw(progress, final: progress.done >= progress.total)
                case .reconciling(let rows): display.note(language.text(.command(.batchSettling(rows))))
                case .row(let result, let progress):
                    if json { display.above { printJSONLine(result.jsonObject) } }
                    display.draw(progress, final: progress.done >= progress.total)
                }
            })
        } catch {
            result = .failure(error)
        }
        display.finish()
        await context.shutdown()
        let outcome = try result.mapError { failure in
            CommandFailure(failure.isUnreadable ? .invalidInput : .failure, "paylink: \(TerminalText.sanitize(failure.text(language: context.uiLanguage)))")
        }.get()
        let p = outcome.run.progress
        if json {
            printJSONLine(["summary": outcome.summaryObject(check)])
        } else {
            printOut(outcome.summary(language: language))
        }
        if outcome.run.stopped { throw CommandFailure(.cancelled) }
        if p.orphanOrders > 0 {
            printError("paylink: " + language.text(.command(.batchOrphans(p.orphanOrders))))
        }
        if p.unknown > 0 {
            throw CommandFailure(.outcomeUnknown, "paylink: " + language.text(.command(.batchUnknown(p.unknown))))
        }
        // Not sent is a failure on this side, before anything Paysera refused: running the file again sends those rows.
        if p.notSent > 0 {
            throw CommandFailure(.failure, "paylink: " + language.text(.command(.batchNotSent(p.notSent))))
        }
        if p.refused > 0 { throw CommandFailure(.refused) }
        if p.invalid > 0 { throw CommandFailure(.invalidInput) }
    }

    private func resultFile(_ input: BatchFile) throws -> URL {
        if let output { return URL(fileURLWithPath: output) }
        guard !input.isCopy else {
            if dryRun { return URL(fileURLWithPath: "/dev/null") }
            throw CommandFailure(.invalidInput, "--output: " + profileOptions.language.text(.command(.outputForStandardInput)))
        }
        return BatchResultFile.defaultURL(for: input.url)
    }

    private func checkFile(_ input: BatchFile, blank: LinkDraft, language: UILanguage) throws -> BatchCheckReport {
        do { return try BatchCheck.run(input, blank: blank, language: language) } catch {
            throw CommandFailure(.invalidInput, "paylink: \(TerminalText.sanitize(error.text(language: language)))")
        }
    }

    private func reportProblems(_ check: BatchCheckReport, language: UILanguage) {
        guard !check.problems.isEmpty else { return }
        let text = check.problems.map { TerminalText.sanitize($0.text(language: language)) }.joined(separator: "\n")
        printError(text)
    }
}
