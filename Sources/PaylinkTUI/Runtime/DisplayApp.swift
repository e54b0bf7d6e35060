import Foundation
import PaylinkStore

#if canImport(Glibc)
import Glibc
#endif

/// What `paylink display` starts with: the till to follow, where its history is, the shop's names and languages.
public struct DisplayOptions: Sendable {
    public var till: TillName
    /// The history file the till writes (`history.sqlite` in the data directory).
    public var historyFile: URL
    /// Profile → the shop's name on screen; the "" key holds the name for any profile.
    public var shopNames: [String: String]
    /// Profile → the language of the idle screen, before a customer's link gives one; the "" key for any profile.
    public var shopLanguages: [String: String]
    public var themeName: String?
    public var noColor: Bool
    public var environment: [String: String]
    public var themeDirectories: [String]
    public var now: @Sendable () -> Date
    public var timeZone: TimeZone

    public init(
        till: TillName, historyFile: URL, shopNames: [String: String] = [:], shopLanguages: [String: String] = [:],
        themeName: String? = nil, noColor: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment, themeDirectories: [String] = [],
        now: @escaping @Sendable () -> Date = { Date() }, timeZone: TimeZone = .current
    ) {
        self.till = till
        self.historyFile = historyFile
        self.shopNames = shopNames
        self.shopLanguages = shopLanguages
        self.themeName = themeName
        self.noColor = noColor
        self.environment = environment
        self.themeDirectories = themeDirectories
        self.now = now
        self.timeZone = timeZone
    }

    /// Whether colour is off: `--no-color`, `NO_COLOR` set, or `TERM=dumb`.
    var colourless: Bool {
        TUIOptions(noColor: noColor, environment: environment).colourless
    }
}

/// The customer display's loop: the till's row in the history polled every 50 ms (one `PRAGMA data_version`),
/// the clock every second, keys and resizes from the terminal.
public enum DisplayApp {
    /// How often the history is asked whether anything changed.
    static let watchInterval: Int32 = 50

    /// Runs until `q`, Ctrl-C or a signal; the terminal is put back however it ends.
    public static func run(options: DisplayOptions) async throws {
        let (theme, _) = ThemeCatalogue(environment: options.environment, extraDirectories: options.themeDirectories)
            .load(options.themeName)
        let watch = try TillWatch(file: options.historyFile, till: options.till)
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            // Curses is touched from this one thread only.
            let thread = Thread {
                do {
                    try loop(options: options, watch: watch, theme: theme)
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "paylink-display"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    static func loop(options: DisplayOptions, watch: TillWatch, theme: Theme) throws {
        let wake = Inbox()
        TerminalGuard.wakeWriteFD = wake.writeFD
        let backend = CursesBackend()
        try backend.start(term: options.environment["TERM"], theme: theme, colour: !options.colourless)
        defer { backend.stop() }
        let size = backend.size
        var state = DisplayState(
            width: size.width, height: size.height, now: options.now(), timeZone: options.timeZone,
            capabilities: backend.capabilities, shopNames: options.shopNames, shopLanguages: options.shopLanguages)
        var lastFrame = ScreenBuffer(width: 0, height: 0)
        var drawnState: DisplayState?
        var lastSecond = 0
        while !state.quitting {
            var msgs: [DisplayMsg] = []
            let now = options.now()
            let second = Int(now.timeIntervalSince1970)
            // Every second the row is read again too: a till that ended without a word is noticed by its process id.
            if watch.changed() || second != lastSecond { msgs.append(.till(reading(watch))) }
            if second != lastSecond {
                lastSecond = second
                msgs.append(.tick(now))
            }
            for msg in msgs { DisplayProgram.update(&state, msg) }
            // Most wake-ups change nothing: the frame is made again only for a state that changed.
            if state != drawnState {
                drawnState = state
                let frame = DisplayProgram.view(state)
                if frame != lastFrame {
                    backend.draw(frame)
                    lastFrame = frame
                }
            }
            for msg in backend.waitForInput(wake: wake, timeout: watchInterval) {
                switch msg {
                case .key(let key): DisplayProgram.update(&state, .key(key))
                case .resize(let width, let height): DisplayProgram.update(&state, .resize(width: width, height: height))
                case .terminate: DisplayProgram.update(&state, .terminate)
                default: break
                }
            }
        }
    }

    /// The till's row now; a till whose process is gone shows nothing.
    static func reading(_ watch: TillWatch) -> TillShowing? {
        guard var showing = try? watch.read() else { return nil }
        if let pid = showing.pid, kill(pid, 0) != 0, errno == ESRCH { showing.link = nil }
        return showing
    }
}
