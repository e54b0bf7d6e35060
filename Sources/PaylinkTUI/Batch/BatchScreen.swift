import Foundation
import PaylinkCore
import PayseraCheckout

/// One row of a batch file as the batch screen shows it.
public struct BatchScreenRow: Sendable, Hashable {
    public var number: Int
    public var reference: String
    public var name: String
    public var amount: String
    public var payer: String
    /// Every cell under its column name, for the row's details.
    public var fields: [BatchScreenField]
    /// `field: message` lines; empty for a valid row.
    public var problems: [String]
    /// created / refused / invalid / unknown / not_sent once the run has reached the row.
    public var status: String?
    public var error: String?
    public var link: PaymentLink?
    public var currency: String

    public init(
        number: Int, reference: String, name: String, amount: String, payer: String, fields: [BatchScreenField],
        problems: [String], currency: String
    ) {
        self.number = number
        self.reference = reference
        self.name = name
        self.amount = amount
        self.payer = payer
        self.fields = fields
        self.problems = problems
        self.currency = currency
    }
}

/// A column name and the row's cell under it.
public struct BatchScreenField: Sendable, Hashable {
    public var column: String
    public var value: String
    public init(column: String, value: String) {
        self.column = column
        self.value = value
    }
}

/// A checked batch file: its rows, the problems of the file as a whole, and the summary line.
public struct BatchPreview: Sendable, Hashable {
    public var rows: [BatchScreenRow]
    public var fileProblems: [String]
    /// "297 valid, 3 invalid of 300 rows; 7,431.20 EUR in all"
    public var summary: String
    public var valid: Int
    /// "7,431.20 EUR" (several currencies joined with " + ").
    public var total: String
    /// Valid rows whose link an earlier run already made: a run reuses them and sends nothing for them.
    public var alreadyMade: Int
    public init(rows: [BatchScreenRow], fileProblems: [String], summary: String, valid: Int, total: String, alreadyMade: Int = 0) {
        self.rows = rows
        self.fileProblems = fileProblems
        self.summary = summary
        self.valid = valid
        self.total = total
        self.alreadyMade = alreadyMade
    }
}

/// Answers for the batch screen.
public enum BatchMsg: Sendable, Hashable {
    case checked(Result<BatchPreview, MessageError>)
    /// A row's outcome is final.
    case row(number: Int, status: String, error: String?, link: PaymentLink?, progress: BatchProgress)
    /// The run ended; the sentence says how, and where the result file is.
    case finished(String)
    case failed(String)
    /// The path typed, completed as far as the file names under it agree.
    case completed(path: String)
}

/// Batch I/O the runtime carries out.
public enum BatchEffect: Sendable, Hashable {
    /// Read and check the file (nothing is sent).
    case check(path: String)
    /// Make the links of the file's valid rows.
    case run(path: String)
    /// Send no more rows (rows in flight finish; a later run sends the rest).
    case stop
    /// Complete the typed path from the file names in its folder (Tab).
    case complete(path: String)
}

/// The batch screen: a file path asked for, its rows checked, a confirmation, a live run, each row's result.
public struct BatchScreenState: Sendable, Hashable {
    /// Where the screen is.
    public enum Phase: Sendable, Hashable {
        case choosingFile, checking, review, running, done, failed(String)
    }

    public var phase: Phase = .choosingFile
    public var path = ""
    public var preview: BatchPreview?
    public var selected = 0
    /// Enter on a row shows all its fields and problems.
    public var showingDetails = false
    /// "Make 298 links …?" waits for y/n.
    public var confirmingStart = false
    /// Esc during a run asks before stopping.
    public var confirmingStop = false
    public var progress = BatchProgress()
    public var outcome: String?
    /// Why the path typed could not be read; shown under it while it is fixed in place.
    public var pathProblem: String?
    /// Opened by `paylink batch FILE`: Esc leaves the program, back to the shell it came from.
    public var openedFromCommandLine = false

    public init() {}
}

/// The batch screen's pure update.
public enum BatchProgram {
    /// Opens the screen on a file path (from `paylink batch FILE`), checking it at once.
    public static func open(_ state: inout AppState, path: String) -> [Effect] {
        state.batch = BatchScreenState()
        state.batch.path = path
        state.batch.phase = .checking
        state.batch.openedFromCommandLine = true
        state.screen = .batch
        return [.batch(.check(path: path))]
    }

    /// F3 on the form: asks for a file.
    public static func ask(_ state: inout AppState) -> [Effect] {
        if state.batch.phase == .running || state.batch.phase == .checking {
            state.screen = .batch
            return []
        }
        state.batch = BatchScreenState()
        state.screen = .batch
        return []
    }

    public static func received(_ state: inout AppState, _ msg: BatchMsg) -> [Effect] {
        switch msg {
        case .checked(.success(let preview)):
            state.batch.preview = preview
            state.batch.phase = .review
            state.batch.selected = 0
        case .checked(.failure(let error)):
            // The path stays, ready to be fixed in place; the reason shows under it.
            state.batch.phase = .choosingFile
            state.batch.pathProblem = TerminalText.sanitize(error.message)
        case .completed(let path):
            if state.batch.phase == .choosingFile { state.batch.path = TerminalText.sanitize(path) }
        case .row(let number, let status, let error, let link, let progress):
            state.batch.progress = progress
            if let index = state.batch.preview?.rows.firstIndex(where: { $0.number == number }) {
                state.batch.preview?.rows[index].status = status
                state.batch.preview?.rows[index].error = error.map(TerminalText.sanitize)
                state.batch.preview?.rows[index].link = link
            }
        case .finished(let text):
            state.batch.phase = .done
            state.batch.confirmingStop = false
            state.batch.outcome = TerminalText.sanitize(text)
        case .failed(let text):
            state.batch.phase = .failed(TerminalText.sanitize(text))
        }
        return []
    }

    /// The question asked before anything is sent.
    public static func question(_ preview: BatchPreview, language: UILanguage = .en) -> String {
        let skipped = preview.rows.count - preview.valid
        let made = min(preview.alreadyMade, preview.valid)
        if made == preview.valid { return language.text(.batchAllMade(made, skipped: skipped)) }
        let total = preview.total.isEmpty || made > 0 ? nil : preview.total
        return language.text(.batchMake(links: preview.valid - made, total: total, made: made, skipped: skipped))
    }

    /// Leaves the batch screen: to the form, or to the shell when `paylink batch FILE` opened it.
    static func leave(_ state: inout AppState) -> [Effect] {
        guard state.batch.openedFromCommandLine else {
            state.screen = .form
            return []
        }
        state.quitting = true
        return [.quit]
    }

    public static func pasted(_ state: inout AppState, _ text: String) -> [Effect] {
        guard state.batch.phase == .choosingFile else { return [] }
        // A pasted path loses its line breaks and escapes, as typed keys would.
        state.batch.path += TerminalText.sanitize(text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\r", with: ""))
        return []
    }

    public static func key(_ state: inout AppState, _ key: Key, _ action: Action?) -> [Effect] {
        var b = state.batch
        defer { state.batch = b }
        if b.phase == .choosingFile {
            switch key {
            case .char(let c):
                b.path += TerminalText.sanitize(String(c))
            case .backspace:
                if !b.path.isEmpty { b.path.removeLast() }
            case .ctrl("u"):
                b.path = ""
            case .tab:
                return b.path.isEmpty ? [] : [.batch(.complete(path: b.path))]
            case .enter:
                let path = b.path.trimmingCharacters(in: .whitespaces)
                guard !path.isEmpty else { return [] }
                b.phase = .checking
                b.pathProblem = nil
                return [.batch(.check(path: path))]
            case .escape:
                state.batch = b
                return leave(&state)
            default:
                break
            }
            return []
        }
        if b.confirmingStart {
            switch action {
            case .yes:
                b.confirmingStart = false
                b.phase = .running
                b.progress = BatchProgress(total: b.preview?.rows.count ?? 0)
                return [.batch(.run(path: b.path))]
            case .no, .back:
                b.confirmingStart = false
            default:
                break
            }
            return []
        }
        if b.confirmingStop {
            switch action {
            case .yes:
                b.confirmingStop = false
                state.notice = Notice(.ui(.batchStopping), in: state.language)
                return [.batch(.stop)]
            case .no, .back:
                b.confirmingStop = false
            default:
                break
            }
            return []
        }
        if b.showingDetails {
            if action == .back || action == .details { b.showingDetails = false }
            return []
        }
        let count = b.preview?.rows.count ?? 0
        switch action {
        case .rowUp: b.selected = max(0, b.selected - 1)
        case .rowDown: b.selected = min(max(count - 1, 0), b.selected + 1)
        case .pageUp: b.selected = max(0, b.selected - 10)
        case .pageDown: b.selected = min(max(count - 1, 0), b.selected + 10)
        case .details:
            guard let rows = b.preview?.rows, rows.indices.contains(b.selected) else { return [] }
            let row = rows[b.selected]
            if b.phase == .done, let link = row.link {
                state.batch = b
                return openResult(&state, link: link, currency: row.currency)
            }
            b.showingDetails = true
        case .startBatch:
            guard b.phase == .review, let preview = b.preview else { return [] }
            if preview.valid == 0 {
                state.notice = Notice(.ui(.batchNoValidRow), .warning, in: state.language)
            } else {
                b.confirmingStart = true
            }
        case .back:
            switch b.phase {
            case .running: b.confirmingStop = true
            case .checking: break
            default:
                state.batch = b
                return leave(&state)
            }
        default:
            break
        }
        return []
    }

    /// Enter on a made row after the run: its result screen (URL, QR view, copy); Esc comes back here.
    static func openResult(_ state: inout AppState, link: PaymentLink, currency: String) -> [Effect] {
        state.result = ResultState(link: link, draft: LinkDraft(duplicating: link, currency: currency), lastPoll: state.now)
        state.resultFromBatch = true
        state.screen = .result
        return []
    }
}
