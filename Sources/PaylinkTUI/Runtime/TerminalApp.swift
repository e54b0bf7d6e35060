import CNcursesw
import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout

#if canImport(Glibc)
import Glibc
#endif

/// Messages from tasks and signals, waiting for the loop; posting wakes the loop through a pipe.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Msg] = []
    let readFD: Int32
    let writeFD: Int32

    init() {
        var fds: [Int32] = [-1, -1]
        pipe(&fds)
        readFD = fds[0]
        writeFD = fds[1]
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }

    deinit {
        close(readFD)
        close(writeFD)
    }

    func post(_ msg: Msg) {
        lock.lock()
        waiting.append(msg)
        lock.unlock()
        var byte: UInt8 = 0
        _ = write(writeFD, &byte, 1)
    }

    func drain() -> [Msg] {
        lock.lock()
        defer { lock.unlock() }
        let msgs = waiting
        waiting = []
        return msgs
    }

    /// Reads the wake bytes; non-zero bytes are signal numbers.
    func wakeSignals() -> [Int32] {
        var signals: [Int32] = []
        var bytes = [UInt8](repeating: 0, count: 64)
        while true {
            let n = read(readFD, &bytes, bytes.count)
            if n <= 0 { break }
            signals += bytes[0..<n].filter { $0 != 0 }.map(Int32.init)
        }
        return signals
    }
}

/// The terminal program: opens the screen, runs the loop, and returns the last URL made.
public enum TerminalApp {
    /// Runs until the person quits; the caller prints the returned URL after the screen is closed.
    public static func run(options: TUIOptions, service: some TerminalServices) async throws -> String? {
        let (theme, themeProblem) = ThemeCatalogue(environment: options.environment, extraDirectories: options.themeDirectories)
            .load(options.themeName)
        let (keys, keyProblems) = KeyTable.remapped(options.keyOverrides)
        StartupPhases.mark("theme and keys loaded")
        let startNotice = ([themeProblem].compactMap { $0 } + keyProblems).first
        let services = CurrentProfileServices(service)
        return try await withCheckedThrowingContinuation { continuation in
            // Curses is touched from this one thread only.
            let thread = Thread {
                do {
                    let url = try loop(options: options, service: services, theme: theme, keys: keys, startNotice: startNotice)
                    continuation.resume(returning: url)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "paylink-screen"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    static func loop(options: TUIOptions, service: CurrentProfileServices, theme: Theme, keys: KeyTable, startNotice: String?) throws -> String? {
        let inbox = Inbox()
        TerminalGuard.wakeWriteFD = inbox.writeFD
        let backend = CursesBackend()
        try backend.start(
            term: options.environment["TERM"], theme: theme, colour: !options.colourless,
            hyperlinks: Hyperlink.enabled(environment: options.environment), language: options.language)
        StartupPhases.mark("curses started")
        defer { backend.stop() }
        let size = backend.size
        var state = AppState(
            draft: options.draft, width: size.width, height: size.height, now: options.now(), timeZone: options.timeZone,
            isSandbox: service.isSandbox, profileName: service.profileName, keys: keys, capabilities: backend.capabilities)
        state.language = options.language
        if let startNotice { state.notice = Notice(startNotice, .warning) }
        state.isLive = service.isLive
        state.profileNames = service.profileNames
        state.newLinkDraft = service.newLinkDraft
        if let drafts = service.draftStore, let saved = drafts.load() {
            let savedAt = (try? FileManager.default.attributesOfItem(atPath: drafts.file.path))?[.modificationDate] as? Date
            TerminalProgram.offerDraft(&state, DraftOffer(draft: saved, savedAt: savedAt))
        }
        let historyQueue = service.historyStore.map { _ in
            HistoryLoadQueue(reader: { service.historyStore.map(HistoryReader.init) }, language: options.language) { inbox.post(.history($0)) }
        }
        let runner = EffectRunner(
            service: service, inbox: inbox, environment: options.environment, drafts: service.draftStore,
            historyQueue: historyQueue, language: options.language)
        if let path = options.batchFile {
            for effect in BatchProgram.open(&state, path: path) { runner.run(effect) }
        }
        if options.startScreen == .history {
            for effect in TerminalProgram.openHistory(&state) { runner.run(effect) }
        }
        let displayFeed = options.till.flatMap { till in service.historyStore.map { TillFeedWriter(store: $0, till: till) } }
        defer { displayFeed?.close(profile: state.profileName) }
        displayFeed?.follow(state)
        backend.draw(TerminalProgram.view(state))
        StartupPhases.mark("first frame drawn")
        // Attempts whose answer was lost are settled in the background; a notice says when something changed.
        Task { inbox.post(.startupReconciled(await service.reconcile())) }
        // A sandbox on this machine behind PAYLINK_BASE_URL is recognised by asking it, after the form is up.
        if !state.isSandbox {
            let profile = state.profileName
            Task { if await service.confirmSandbox() { inbox.post(.sandboxConfirmed(profile: profile)) } }
        }
        var lastSecond = Int(state.now.timeIntervalSince1970)
        while !state.quitting {
            let now = options.now()
            let untilNextSecond = Int((1 - now.timeIntervalSince1970.truncatingRemainder(dividingBy: 1)) * 1000) + 5
            var msgs = backend.waitForInput(wake: inbox, timeout: Int32(max(10, min(1005, untilNextSecond))))
            msgs += inbox.drain()
            let tickTime = options.now()
            let second = Int(tickTime.timeIntervalSince1970)
            if second != lastSecond {
                lastSecond = second
                msgs.append(.tick(tickTime))
            }
            for msg in msgs {
                for effect in TerminalProgram.update(&state, msg) {
                    switch effect {
                    case .suspend:
                        backend.suspend()
                        let s = backend.resizeFromKernel()
                        _ = TerminalProgram.update(&state, .resize(width: s.width, height: s.height))
                    case .copy(let url):
                        backend.copyToTerminalClipboard(url)
                        runner.run(effect)
                    case .quit:
                        break
                    default:
                        runner.run(effect)
                    }
                }
            }
            if state.quitting { break }
            displayFeed?.follow(state)
            // The backend compares the frame with the one on screen and writes only what changed, if anything.
            backend.draw(TerminalProgram.view(state))
        }
        return state.lastURL
    }
}

/// The services of the profile in use, shared by the loop thread and tasks, swapped whole when the person switches profile.
final class CurrentProfileServices: TerminalServices, @unchecked Sendable {
    private let lock = NSLock()
    private var current: any TerminalServices
    /// The service of the profile in use; swapped whole when the person switches profile.
    private var base: any TerminalServices { lock.withLock { current } }
    init(_ base: any TerminalServices) { current = base }
    var isSandbox: Bool { base.isSandbox }
    func confirmSandbox() async -> Bool { await base.confirmSandbox() }
    var profileName: String { base.profileName }
    func create(_ draft: LinkDraft) async -> CreateOutcome { await base.create(draft) }
    func methods(amount: Int?, currency: String?) async throws -> [PaymentMethod] { try await base.methods(amount: amount, currency: currency) }
    func refresh(linkID: String) async throws -> PaymentLink { try await base.refresh(linkID: linkID) }
    func simulatePayment(linkID: String) async throws -> PaymentLink { try await base.simulatePayment(linkID: linkID) }
    func cancel(linkID: String) async throws -> PaymentLink { try await base.cancel(linkID: linkID) }
    func reconcile() async -> ReconcileReport { await base.reconcile() }
    func update(linkID: String, _ change: LinkUpdate) async -> LinkUpdateOutcome { await base.update(linkID: linkID, change) }
    func order(id: String, known: OrderOverview) async -> OrderOverview { await base.order(id: id, known: known) }
    var historyStore: HistoryStore? { base.historyStore }
    var draftStore: DraftStore? { base.draftStore }
    func sync() async throws -> SyncReport { try await base.sync() }
    var isLive: Bool { base.isLive }
    var profileNames: [String] { base.profileNames }
    var newLinkDraft: LinkDraft { base.newLinkDraft }
    func switchingProfile(to name: String) async throws -> any TerminalServices { try await base.switchingProfile(to: name) }

    /// Makes the service for `name` and uses it for every request from now on; requests under way finish on the old one.
    func switchProfile(to name: String) async throws -> ProfileSwitch {
        let next = try await base.switchingProfile(to: name)
        let sandbox = await next.confirmSandbox()
        lock.withLock { current = next }
        return ProfileSwitch(name: next.profileName, isSandbox: sandbox, isLive: next.isLive, newLinkDraft: next.newLinkDraft)
    }
    func checkBatch(path: String) async -> Result<BatchPreview, MessageError> { await base.checkBatch(path: path) }
    func runBatch(path: String, report: @escaping @Sendable (BatchMsg) -> Void) async {
        await base.runBatch(path: path, report: report)
    }
    func stopBatch() { base.stopBatch() }
    func refundStanding(linkID: String) async -> Result<RefundStandingReport, MessageError> {
        await base.refundStanding(linkID: linkID)
    }
    func refund(linkID: String, draft: RefundDraft, key: String) async -> RefundOutcome {
        await base.refund(linkID: linkID, draft: draft, key: key)
    }
}

/// Carries out effects on tasks and posts their answers back as messages.
struct EffectRunner: Sendable {
    let service: CurrentProfileServices
    let inbox: Inbox
    let environment: [String: String]
    let drafts: DraftStore?
    let historyQueue: HistoryLoadQueue?
    /// The language the program started in, for the few sentences said away from the screen's state.
    var language: UILanguage = .en

    /// "No history is kept for this profile", as an error.
    var noHistory: MessageError { MessageError(language.text(.screen(.noHistoryKept))) }

    func run(_ effect: Effect) {
        let service = service
        let inbox = inbox
        let environment = environment
        switch effect {
        case .create(let draft):
            Task { inbox.post(.created(await service.create(draft))) }
        case .loadMethods(let amount, let currency, let key):
            Task {
                do {
                    inbox.post(.methodsLoaded(key: key, .success(try await service.methods(amount: amount, currency: currency))))
                } catch {
                    inbox.post(.methodsLoaded(key: key, .failure(MessageError(describe(error)))))
                }
            }
        case .refresh(let id):
            Task {
                do { inbox.post(.statusChanged(try await service.refresh(linkID: id))) } catch let error as CheckoutError where error.retryAfter != nil {
                    inbox.post(.statusLimited(retryAfter: error.retryAfter ?? 1))
                } catch {
                    inbox.post(.statusFailed(describe(error)))
                }
            }
        case .simulatePayment(let id):
            Task {
                do { inbox.post(.paymentSimulated(.success(try await service.simulatePayment(linkID: id)))) } catch {
                    inbox.post(.paymentSimulated(.failure(MessageError(describe(error)))))
                }
            }
        case .copy(let url):
            // The tools are waited for: on a thread of their own, never one of the concurrency pool's few.
            Thread { inbox.post(.copied(Clipboard.copy(url, environment: environment))) }.start()
        case .open(let url):
            Thread {
                let (answer, succeeded) = Clipboard.open(url, environment: environment)
                inbox.post(.opened(answer, succeeded: succeeded))
            }.start()
        case .draft(let write):
            // A small file written on the loop's thread, so a draft due at quit is on disk before the program ends.
            switch write {
            case .save(let draft): try? drafts?.save(draft)
            case .clear: try? drafts?.clear()
            }
        case .history(let request):
            runHistory(request)
        case .update(let id, let change):
            Task { inbox.post(.updated(await service.update(linkID: id, change))) }
        case .loadOrder(let id, let known):
            Task { inbox.post(.orderLoaded(await service.order(id: id, known: known))) }
        case .switchProfile(let name):
            Task {
                do { inbox.post(.profileSwitched(.success(try await service.switchProfile(to: name)))) } catch {
                    let message = (error as? MessageError).map { TerminalText.sanitize($0.message) } ?? describe(error)
                    inbox.post(.profileSwitched(.failure(MessageError(message))))
                }
            }
        case .sync:
            Task {
                do { inbox.post(.synced(.success(try await service.sync()))) } catch {
                    let message = (error as? MessageError).map { TerminalText.sanitize($0.message) } ?? describe(error)
                    inbox.post(.synced(.failure(MessageError(message))))
                }
            }
        case .batch(.check(let path)):
            Task { inbox.post(.batch(.checked(await service.checkBatch(path: path)))) }
        case .batch(.run(let path)):
            Task { await service.runBatch(path: path) { inbox.post(.batch($0)) } }
        case .batch(.stop):
            service.stopBatch()
        case .batch(.complete(let path)):
            Thread { inbox.post(.batch(.completed(path: PathCompletion.complete(path)))) }.start()
        case .watchHistory(let id):
            guard let store = service.historyStore else { return }
            Task.detached {
                guard let record = (try? store.record(linkID: id)) ?? nil else { return }
                if let status = record.status { inbox.post(.historyStatus(linkID: id, status)) }
                inbox.post(.historyRefunded(linkID: id, record.refunded))
            }
        case .rereadHistoryRows(let ids):
            guard let store = service.historyStore else { return }
            Task.detached {
                if let records = try? store.records(ids: ids), !records.isEmpty { inbox.post(.historyRowsReread(records)) }
            }
        case .loadTakings(let period, let span):
            guard let store = service.historyStore else {
                inbox.post(.takingsLoaded(period, .failure(noHistory)))
                return
            }
            Task.detached {
                let result = Result { () throws -> TakingsBoard in
                    TakingsBoard(
                        chart: try store.takings(period, by: span == .day ? .hour : .day),
                        byOperator: try store.takings(period, by: .operator),
                        byMethod: try store.takings(period, by: .method))
                }
                inbox.post(.takingsLoaded(period, result.mapError { MessageError(describe($0)) }))
            }
        case .refund(.loadStanding(let id)):
            Task { inbox.post(.refund(.standingLoaded(linkID: id, await service.refundStanding(linkID: id)))) }
        case .refund(.send(let id, let draft, let key)):
            Task { inbox.post(.refund(.finished(linkID: id, await service.refund(linkID: id, draft: draft, key: key)))) }
        case .suspend, .quit:
            break
        }
    }

    func runHistory(_ effect: HistoryEffect) {
        let service = service
        let inbox = inbox
        switch effect {
        case .load(let request):
            guard let historyQueue else {
                inbox.post(.history(.loadFailed(generation: request.generation, message: noHistory.message)))
                return
            }
            historyQueue.submit(request)
        case .refreshStatus(let id):
            Task {
                do { inbox.post(.history(.statusRefreshed(linkID: id, .success(try await service.refresh(linkID: id))))) } catch {
                    inbox.post(.history(.statusRefreshed(linkID: id, .failure(MessageError(describe(error))))))
                }
            }
        case .cancelLink(let id):
            Task {
                do { inbox.post(.history(.canceled(linkID: id, .success(try await service.cancel(linkID: id))))) } catch {
                    inbox.post(.history(.canceled(linkID: id, .failure(MessageError(describe(error))))))
                }
            }
        case .reconcile:
            Task { inbox.post(.history(.reconciled(.success(await service.reconcile())))) }
        case .loadBatches:
            guard let store = service.historyStore else {
                inbox.post(.history(.batchesLoaded(.failure(noHistory))))
                return
            }
            Thread { inbox.post(.history(.batchesLoaded(Result { try store.batches() }.mapError { MessageError(describe($0)) }))) }.start()
        case .showDetails, .duplicate, .copy, .openURL:
            // Screen changes, carried out by `update` before effects reach the runtime.
            break
        }
    }

    /// An error as the clerk reads it: the API's failures in the language, anything else as it describes itself.
    func describe(_ error: Error) -> String { Self.describe(error, language: language) }

    static func describe(_ error: Error, language: UILanguage) -> String {
        if let failure = error as? CheckoutError { return TerminalText.sanitize(language.text(.notice(.api(failure)))) }
        return TerminalText.sanitize(String(describing: error))
    }
}
