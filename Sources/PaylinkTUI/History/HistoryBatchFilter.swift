import Foundation
import PaylinkCore
import PaylinkStore

/// What was typed after `/`, split into the words searched for and a `batch:ID` term that filters instead.
struct HistoryQueryText: Hashable {
    /// The words, nil when none are left.
    var words: String?
    /// The id after `batch:`, if typed.
    var batch: String?

    static let batchPrefix = "batch:"

    init(_ text: String) {
        var kept: [Substring] = []
        for term in text.split(whereSeparator: \.isWhitespace) {
            if term.lowercased().hasPrefix(Self.batchPrefix), term.count > Self.batchPrefix.count {
                batch = String(term.dropFirst(Self.batchPrefix.count))
            } else {
                kept.append(term)
            }
        }
        let rest = kept.joined(separator: " ")
        words = rest.isEmpty ? nil : rest
    }

    /// Whether the store would answer the two differently (so a cursor move or a stray space reads nothing).
    func reads(differently other: HistoryQueryText) -> Bool {
        batch != other.batch || HistorySearch.words(in: words ?? "") != HistorySearch.words(in: other.words ?? "")
            // The same words may be another amount ("12,50" and "12 50") or another reference typed in full.
            || asTyped != other.asTyped
    }

    /// The words as the store compares them with an amount or a whole reference.
    private var asTyped: String { (words ?? "").trimmingCharacters(in: .whitespaces).lowercased() }

    /// The typed text without its `batch:` term.
    static func removingBatch(from text: String) -> String {
        text.split(whereSeparator: \.isWhitespace)
            .filter { !$0.lowercased().hasPrefix(batchPrefix) }
            .joined(separator: " ")
    }
}

/// The list of the history's batches that `b` opens: nil batches while they are read.
public struct HistoryBatchChoice: Sendable, Hashable {
    public var batches: [HistoryBatch]?
    public var selected = 0

    public init(batches: [HistoryBatch]? = nil) { self.batches = batches }
}

extension HistoryProgram {
    /// `b`: opens the list of batches, or, when a batch is filtered, lists every link again.
    static func toggleBatchFilter(_ h: inout HistoryState) -> [HistoryEffect] {
        guard h.shownBatch != nil else {
            h.batchChoice = HistoryBatchChoice()
            return [.loadBatches]
        }
        h.batchFilter = nil
        h.search = TextInput(HistoryQueryText.removingBatch(from: h.search.text))
        h.notice = Notice(.screen(.batchFilterCleared), in: h.language)
        return requery(&h)
    }

    static func batchesArrived(_ h: inout HistoryState, _ result: Result<[HistoryBatch], MessageError>) -> [HistoryEffect] {
        guard h.batchChoice != nil else { return [] }
        switch result {
        case .success(let batches) where batches.isEmpty:
            h.batchChoice = nil
            h.notice = Notice(.screen(.noBatchesYet), .warning, in: h.language)
        case .success(let batches):
            h.batchChoice = HistoryBatchChoice(batches: batches)
        case .failure(let error):
            h.batchChoice = nil
            h.notice = Notice(.screen(.batchesUnreadable(TerminalText.sanitize(error.message))), .error, in: h.language)
        }
        return []
    }

    /// Keys while the list of batches is open: up, down, pick (Enter), close (Esc or `b`).
    static func batchChoiceInput(_ h: inout HistoryState, _ input: HistoryInput) -> [HistoryEffect] {
        guard var choice = h.batchChoice else { return [] }
        let count = choice.batches?.count ?? 0
        switch input {
        case .up: choice.selected = max(0, choice.selected - 1)
        case .down: choice.selected = max(0, min(count - 1, choice.selected + 1))
        case .details:
            guard let batches = choice.batches, batches.indices.contains(choice.selected) else { return [] }
            let batch = batches[choice.selected]
            h.batchChoice = nil
            h.batchFilter = batch.id
            h.search = TextInput(HistoryQueryText.removingBatch(from: h.search.text))
            h.notice = Notice(.screen(.showingBatch(TerminalText.sanitize(batch.id))), in: h.language)
            return requery(&h)
        case .closeBatchChoice, .batchFilter:
            h.batchChoice = nil
            return []
        default:
            return []
        }
        h.batchChoice = choice
        return []
    }

    /// "20261201-2302-2624   1 Dec 23:02   40 rows, 38 made"
    static func batchChoiceLine(_ batch: HistoryBatch, now: Date, timeZone: TimeZone, language: UILanguage = .en) -> String {
        TerminalText.sanitize(batch.id) + "  " + createdText(batch.startedAt, now: now, timeZone: timeZone, language: language)
            + "  " + language.text(.batchChoiceRows(rows: batch.rows, made: batch.created))
    }

    /// The open list of batches, in a box over the list's top rows.
    static func drawBatchChoice(
        _ h: HistoryState, now: Date, timeZone: TimeZone, unicode: Bool, language: UILanguage, into buffer: inout ScreenBuffer,
        top: Int, bottom: Int
    ) {
        guard let choice = h.batchChoice else { return }
        let lines = choice.batches.map { $0.map { batchChoiceLine($0, now: now, timeZone: timeZone, language: language) } }
            ?? [language.text(.ui(.readingBatches))]
        Popup(title: language.text(.ui(.batchChoiceTitle)), lines: lines, selected: choice.batches == nil ? nil : choice.selected, minimumInner: 30)
            .draw(top: top + 1, bottom: bottom + 1, unicode: unicode, into: &buffer)
    }
}
