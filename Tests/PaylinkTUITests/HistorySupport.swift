import Foundation
import TestSupport
import PaylinkCore
import PaylinkStore
import PaylinkTUI
import PayseraCheckout
import Testing

/// A history file in a fresh temporary folder, removed when the value goes.
final class TemporaryHistory {
    let folder: URL
    let store: HistoryStore

    init(now: Date = t0) throws {
        folder = TemporaryDirectory.uniqueURL(prefix: "paylink-history")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try HistoryStore(file: folder.appendingPathComponent("history.sqlite"), now: { now })
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Stores `count` links made one minute apart, the newest at `t0 - 1 min`; `shape` adjusts each one.
    @discardableResult
    func fill(_ count: Int, shape: (Int, inout HistoryRecord) -> Void = { _, _ in }) throws -> [HistoryRecord] {
        var records: [HistoryRecord] = []
        for i in 0..<count {
            // i = 0 is the oldest, so "Link <count-1>" is on top.
            var r = historyLink(i, createdAt: t0.addingTimeInterval(TimeInterval(-60 * (count - i))))
            shape(i, &r)
            records.append(r)
        }
        return try store.insert(records)
    }
}

/// A created, active link row as the history keeps it.
func historyLink(_ n: Int, createdAt: Date, lifetime: Int = 259_200) -> HistoryRecord {
    HistoryRecord(
        profile: "sandbox", linkID: "link-\(n)", orderID: "order-\(n)", reference: "REF-\(n)", name: "Link \(n)",
        amount: 2500 + n, currency: "EUR", language: "en", payerName: "Payer \(n)", payerEmail: "payer\(n)@example.com",
        paymentURL: "https://sandbox.local/pay/link-\(n)", lifetime: lifetime, createdAt: createdAt,
        expiresAt: createdAt.addingTimeInterval(TimeInterval(lifetime)), status: .active, state: .created)
}

/// The history list driven by messages, with its page reads carried out on a real store.
struct HistoryDriver {
    var state: HistoryState
    let reader: HistoryReader
    var now: Date
    /// Effects other than page reads, in order.
    var effects: [HistoryEffect] = []
    /// Page reads held back instead of answered (to test late answers).
    var holdReads = false
    var heldReads: [HistoryPageRequest] = []

    init(_ history: TemporaryHistory, pageSize: Int = 50, visibleRows: Int = 18, now: Date = t0) {
        state = HistoryState(pageSize: pageSize)
        state.visibleRows = visibleRows
        reader = HistoryReader(store: history.store)
        self.now = now
        run(HistoryProgram.open(&state))
    }

    mutating func send(_ msg: HistoryMsg) {
        run(HistoryProgram.update(&state, msg, now: now))
    }

    mutating func press(_ inputs: HistoryInput...) {
        for input in inputs { send(.input(input)) }
    }

    mutating func type(_ text: String) {
        for c in text { send(.input(.edit(.insert(String(c))))) }
    }

    mutating func run(_ new: [HistoryEffect]) {
        for effect in new {
            if case .load(let request) = effect {
                if holdReads { heldReads.append(request) } else { send(reader.read(request)) }
            } else {
                effects.append(effect)
            }
        }
    }

    /// Names of the rows held, in order.
    var names: [String] { state.rows.map(\.name) }

    func screen(width: Int = 80, height: Int = 20) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height, role: .surface)
        HistoryProgram.draw(
            state, now: now, timeZone: TimeZone(identifier: "UTC")!, unicode: true, into: &buffer, top: 0, bottom: height - 1)
        return buffer
    }
}

/// A reconciliation report with this many attempts of each kind, for the notices that count them.
func reconcileReport(adopted: Int = 0, notCreated: Int = 0, stillUnknown: Int = 0, inFlight: Int = 0) -> ReconcileReport {
    let attempts = { (count: Int) in (0..<count).map { historyLink($0, createdAt: Date(timeIntervalSince1970: 1_800_000_000)) } }
    return ReconcileReport(
        adopted: attempts(adopted), notCreated: attempts(notCreated),
        stillUnknown: attempts(stillUnknown).map { ReconcileReport.Unsettled(attempt: $0, reason: "no answer") },
        inFlight: attempts(inFlight))
}
