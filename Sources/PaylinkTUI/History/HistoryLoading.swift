import Foundation
import PaylinkStore
import PaylinkCore

/// Reads the pages the history list asks for from the real store; the runtime, the tests and the benchmark share it.
public struct HistoryReader: Sendable {
    public let store: HistoryStore

    public init(store: HistoryStore) { self.store = store }

    /// Reads one page and returns the answer as the message the list expects.
    public func read(_ request: HistoryPageRequest) -> HistoryMsg {
        do {
            let rows = try store.page(
                after: request.after, limit: request.limit, filter: request.filter, search: request.search, batch: request.batch)
            return .pageLoaded(HistoryPage(generation: request.generation, index: request.index, rows: rows))
        } catch {
            return .loadFailed(generation: request.generation, message: String(describing: error))
        }
    }
}

/// Reads history pages off the screen's thread, one at a time; a newer request replaces one still waiting,
/// so fast typing in the search field reads only the query that is current.
final class HistoryLoadQueue: @unchecked Sendable {
    /// The reader of the profile in use when a request is read (switching profile switches the project shown).
    private let reader: @Sendable () -> HistoryReader?
    private let deliver: @Sendable (HistoryMsg) -> Void
    private let lock = NSLock()
    private var waiting: HistoryPageRequest?
    private var running = false

    /// What is said when the profile in use keeps no history.
    private let noHistory: String

    init(reader: @escaping @Sendable () -> HistoryReader?, language: UILanguage = .en, deliver: @escaping @Sendable (HistoryMsg) -> Void) {
        self.reader = reader
        self.deliver = deliver
        noHistory = language.text(.screen(.noHistoryKept))
    }

    func submit(_ request: HistoryPageRequest) {
        lock.lock()
        waiting = request
        let start = !running
        running = true
        lock.unlock()
        guard start else { return }
        let thread = Thread { [self] in drain() }
        thread.name = "paylink-history"
        thread.start()
    }

    private func drain() {
        while true {
            lock.lock()
            guard let next = waiting else {
                running = false
                lock.unlock()
                return
            }
            waiting = nil
            lock.unlock()
            deliver(reader()?.read(next) ?? .loadFailed(generation: next.generation, message: noHistory))
        }
    }
}
