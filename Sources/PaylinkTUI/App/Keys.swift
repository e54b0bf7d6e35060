import Foundation
import PaylinkCore

/// A key press as the program understands it, independent of curses.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, lower-case ("s" for Ctrl-S).
    case ctrl(Character)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)

    /// Parses a key name from config.yaml: "ctrl+s", "shift+tab", "f1", "enter", "esc", "x".
    public init?(name: String) {
        let n = name.lowercased().trimmingCharacters(in: .whitespaces)
        switch n {
        case "enter", "return": self = .enter
        case "tab": self = .tab
        case "shift+tab", "backtab": self = .backTab
        case "backspace": self = .backspace
        case "delete", "del": self = .delete
        case "esc", "escape": self = .escape
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "home": self = .home
        case "end": self = .end
        case "pageup", "pgup": self = .pageUp
        case "pagedown", "pgdn": self = .pageDown
        case "space": self = .char(" ")
        default:
            if n.hasPrefix("ctrl+"), n.count == 6, let c = n.last, c.isLetter { self = .ctrl(c); return }
            if n.hasPrefix("f"), let k = Int(n.dropFirst()), (1...12).contains(k) { self = .function(k); return }
            let raw = name.trimmingCharacters(in: .whitespaces)
            if raw.count == 1, let c = raw.first { self = .char(c); return }
            return nil
        }
    }

    /// How the key is written in the key bar and the help screen.
    public var label: String {
        switch self {
        case .char(" "): "space"
        case .char(let c): String(c)
        case .ctrl(let c): "^" + String(c).uppercased()
        case .enter: "enter"
        case .tab: "tab"
        case .backTab: "shift-tab"
        case .backspace: "bksp"
        case .delete: "del"
        case .escape: "esc"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "home"
        case .end: "end"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .function(let n): "F\(n)"
        }
    }
}

/// Where a key binding applies.
public enum KeyContext: String, Sendable, CaseIterable, Hashable {
    case global, browse, form, choice, editing, picker, result, history
    case qr
    case flowChoice = "flow_choice"
    case historySearch = "history_search"
    case confirm, help
    case batch
    case refund
    case takings

    /// Where the keys apply, as the help screen and the manual title it.
    var word: KeyWord {
        switch self {
        case .global: .inGlobal
        case .browse: .inBrowse
        case .history: .inHistory
        case .historySearch: .inHistorySearch
        case .confirm: .inConfirm
        case .form: .inForm
        case .choice: .inChoice
        case .editing: .inEditing
        case .picker: .inPicker
        case .result: .inResult
        case .qr: .inQR
        case .flowChoice: .inFlowChoice
        case .help: .inHelp
        case .batch: .inBatch
        case .refund: .inRefund
        case .takings: .inTakings
        }
    }

    /// The title in a language.
    func title(in language: UILanguage) -> String { language.text(.key(word)) }

    var title: String { title(in: .en) }
}

/// Everything a key can ask for; the raw value is the id used by `keys:` in config.yaml.
public enum Action: String, Sendable, CaseIterable, Hashable {
    case quit, help, suspend
    case submit, nextField = "next_field", previousField = "previous_field", activate, toggle
    case openPicker = "open_picker"
    case back
    case cursorLeft = "cursor_left", cursorRight = "cursor_right", lineStart = "line_start", lineEnd = "line_end"
    case deleteBackward = "delete_backward", deleteForward = "delete_forward"
    case killToEnd = "kill_to_end", killToStart = "kill_to_start", deleteWord = "delete_word"
    case pick, pickerUp = "picker_up", pickerDown = "picker_down", closePicker = "close_picker"
    case copy, open, newLink = "new_link", duplicate, simulatePayment = "simulate_payment", leave
    case closeHelp = "close_help"
    case history
    case rowUp = "row_up", rowDown = "row_down", pageUp = "page_up", pageDown = "page_down", firstRow = "first_row"
    case search, endSearch = "end_search", clearSearch = "clear_search", cycleStatus = "cycle_status"
    case details, cancelLink = "cancel_link", refreshLink = "refresh_link", refreshAll = "refresh_all", reconcile
    case edit, renew
    case yes, no
    case qrView = "qr_view"
    case switchProfile = "switch_profile"
    case openBatch = "open_batch", startBatch = "start_batch"
    case batchFilter = "batch_filter"
    case refund
    case takings
    case previousPeriod = "previous_period", nextPeriod = "next_period", today
    case showDay = "show_day", showWeek = "show_week", showMonth = "show_month"
    case nextCurrency = "next_currency"
    case switchLanguage = "switch_language"
}

/// One line of the key table: an action, its keys, where it applies, and its help text.
public struct KeyBinding: Sendable, Hashable {
    public var action: Action
    public var keys: [Key]
    public var context: KeyContext
    /// What the key does, said in the person's language by `help(in:)`.
    public var word: KeyWord
    /// Whether the one-line key bar shows it (editing keys only appear on the help screen).
    public var inBar: Bool

    init(action: Action, keys: [Key], context: KeyContext, help: KeyWord, inBar: Bool) {
        self.action = action
        self.keys = keys
        self.context = context
        self.word = help
        self.inBar = inBar
    }

    /// The help text in English.
    public var help: String { help(in: .en) }

    /// The help text in a language.
    public func help(in language: UILanguage) -> String { language.text(.key(word)) }
}

/// The one key table: it dispatches keys and draws the key bar and the help screen.
public struct KeyTable: Sendable, Hashable {
    public private(set) var bindings: [KeyBinding] { didSet { index = Self.index(bindings) } }
    /// Each context's keys and their actions, the first binding of a key winning, as `action(for:in:)` reads them.
    private var index: [KeyContext: [Key: Action]]

    init(bindings: [KeyBinding]) {
        self.bindings = bindings
        index = Self.index(bindings)
    }

    private static func index(_ bindings: [KeyBinding]) -> [KeyContext: [Key: Action]] {
        var index: [KeyContext: [Key: Action]] = [:]
        for binding in bindings {
            for key in binding.keys where index[binding.context]?[key] == nil { index[binding.context, default: [:]][key] = binding.action }
        }
        return index
    }

    public static let standard = KeyTable(bindings: [
        KeyBinding(action: .quit, keys: [.ctrl("c")], context: .global, help: .quit, inBar: true),
        KeyBinding(action: .help, keys: [.function(1)], context: .global, help: .help, inBar: true),
        KeyBinding(action: .suspend, keys: [.ctrl("z")], context: .global, help: .suspend, inBar: false),
        KeyBinding(action: .submit, keys: [.ctrl("s")], context: .form, help: .createLink, inBar: true),
        KeyBinding(action: .nextField, keys: [.tab, .down], context: .form, help: .nextField, inBar: true),
        KeyBinding(action: .previousField, keys: [.backTab, .up], context: .form, help: .previousField, inBar: false),
        KeyBinding(action: .activate, keys: [.enter], context: .form, help: .activate, inBar: false),
        KeyBinding(action: .openPicker, keys: [.ctrl("o")], context: .form, help: .openList, inBar: false),
        KeyBinding(action: .toggle, keys: [.char(" "), .left, .right], context: .choice, help: .orderChoice, inBar: true),
        KeyBinding(action: .toggle, keys: [.char(" "), .left, .right], context: .flowChoice, help: .otherFlow, inBar: true),
        KeyBinding(action: .back, keys: [.escape], context: .form, help: .back, inBar: false),
        KeyBinding(action: .cursorLeft, keys: [.left, .ctrl("b")], context: .editing, help: .cursorLeft, inBar: false),
        KeyBinding(action: .cursorRight, keys: [.right, .ctrl("f")], context: .editing, help: .cursorRight, inBar: false),
        KeyBinding(action: .lineStart, keys: [.home, .ctrl("a")], context: .editing, help: .fieldStart, inBar: false),
        KeyBinding(action: .lineEnd, keys: [.end, .ctrl("e")], context: .editing, help: .fieldEnd, inBar: false),
        KeyBinding(action: .deleteBackward, keys: [.backspace], context: .editing, help: .deleteLeft, inBar: false),
        KeyBinding(action: .deleteForward, keys: [.delete, .ctrl("d")], context: .editing, help: .deleteRight, inBar: false),
        KeyBinding(action: .killToEnd, keys: [.ctrl("k")], context: .editing, help: .deleteToEnd, inBar: false),
        KeyBinding(action: .killToStart, keys: [.ctrl("u")], context: .editing, help: .deleteToStart, inBar: false),
        KeyBinding(action: .deleteWord, keys: [.ctrl("w")], context: .editing, help: .deleteWord, inBar: false),
        KeyBinding(action: .pick, keys: [.enter, .tab], context: .picker, help: .choose, inBar: true),
        KeyBinding(action: .pickerUp, keys: [.up], context: .picker, help: .previous, inBar: false),
        KeyBinding(action: .pickerDown, keys: [.down], context: .picker, help: .next, inBar: true),
        KeyBinding(action: .closePicker, keys: [.escape], context: .picker, help: .closeList, inBar: true),
        KeyBinding(action: .previousField, keys: [.backTab], context: .picker, help: .choosePrevious, inBar: false),
        KeyBinding(action: .submit, keys: [.ctrl("s")], context: .picker, help: .createLink, inBar: false),
        KeyBinding(action: .copy, keys: [.char("c")], context: .result, help: .copy, inBar: true),
        KeyBinding(action: .qrView, keys: [.char("z")], context: .result, help: .qrCode, inBar: true),
        KeyBinding(action: .open, keys: [.char("o")], context: .result, help: .open, inBar: true),
        KeyBinding(action: .newLink, keys: [.char("n")], context: .result, help: .newLink, inBar: true),
        KeyBinding(action: .duplicate, keys: [.char("d")], context: .result, help: .duplicate, inBar: false),
        KeyBinding(action: .simulatePayment, keys: [.char("p")], context: .result, help: .sandboxPay, inBar: true),
        KeyBinding(action: .edit, keys: [.char("e")], context: .result, help: .edit, inBar: true),
        KeyBinding(action: .renew, keys: [.char("f")], context: .result, help: .freshLink, inBar: true),
        KeyBinding(action: .refund, keys: [.char("r")], context: .result, help: .refund, inBar: true),
        KeyBinding(action: .help, keys: [.char("?")], context: .result, help: .help, inBar: false),
        KeyBinding(action: .leave, keys: [.char("q")], context: .result, help: .quit, inBar: true),
        KeyBinding(action: .closeHelp, keys: [.escape, .char("?"), .char("q"), .function(1)], context: .help, help: .closeHelp, inBar: true),
        KeyBinding(action: .pageDown, keys: [.pageDown, .char(" ")], context: .help, help: .scrollDown, inBar: true),
        KeyBinding(action: .pageUp, keys: [.pageUp], context: .help, help: .scrollUp, inBar: true),
        KeyBinding(action: .rowDown, keys: [.down, .char("j")], context: .help, help: .lineDown, inBar: false),
        KeyBinding(action: .rowUp, keys: [.up, .char("k")], context: .help, help: .lineUp, inBar: false),
        KeyBinding(action: .firstRow, keys: [.home, .char("g")], context: .help, help: .top, inBar: false),
        KeyBinding(action: .switchLanguage, keys: [.char("L")], context: .help, help: .language, inBar: true),
        KeyBinding(action: .history, keys: [.function(2)], context: .global, help: .history, inBar: false),
        KeyBinding(action: .history, keys: [.char("h")], context: .browse, help: .history, inBar: false),
        KeyBinding(action: .takings, keys: [.function(4)], context: .global, help: .takings, inBar: false),
        KeyBinding(action: .takings, keys: [.char("t")], context: .browse, help: .takings, inBar: false),
        KeyBinding(action: .takings, keys: [.char("t")], context: .history, help: .takings, inBar: false),
        KeyBinding(action: .switchProfile, keys: [.char("P")], context: .history, help: .switchProfile, inBar: false),
        KeyBinding(action: .switchProfile, keys: [.char("P")], context: .browse, help: .switchProfile, inBar: false),
        KeyBinding(action: .back, keys: [.escape], context: .result, help: .backToHistory, inBar: false),
        KeyBinding(action: .rowDown, keys: [.down, .char("j")], context: .history, help: .nextLink, inBar: false),
        KeyBinding(action: .rowUp, keys: [.up, .char("k")], context: .history, help: .previousLink, inBar: false),
        KeyBinding(action: .pageDown, keys: [.pageDown, .char(" ")], context: .history, help: .pageDown, inBar: false),
        KeyBinding(action: .pageUp, keys: [.pageUp], context: .history, help: .pageUp, inBar: false),
        KeyBinding(action: .firstRow, keys: [.home, .char("g")], context: .history, help: .newestLink, inBar: false),
        // Search and status are named in the list's own top line, so the key bar keeps room for the rest.
        KeyBinding(action: .search, keys: [.char("/")], context: .history, help: .search, inBar: false),
        KeyBinding(action: .cycleStatus, keys: [.char("s")], context: .history, help: .status, inBar: false),
        KeyBinding(action: .details, keys: [.enter], context: .history, help: .details, inBar: true),
        KeyBinding(action: .copy, keys: [.char("c")], context: .history, help: .copy, inBar: true),
        KeyBinding(action: .open, keys: [.char("o")], context: .history, help: .open, inBar: false),
        KeyBinding(action: .duplicate, keys: [.char("d")], context: .history, help: .duplicate, inBar: false),
        KeyBinding(action: .cancelLink, keys: [.char("x")], context: .history, help: .cancel, inBar: true),
        KeyBinding(action: .refund, keys: [.char("r")], context: .history, help: .refund, inBar: true),
        KeyBinding(action: .refreshLink, keys: [.ctrl("r")], context: .history, help: .refresh, inBar: false),
        KeyBinding(action: .refreshAll, keys: [.char("R")], context: .history, help: .refreshAll, inBar: false),
        KeyBinding(action: .reconcile, keys: [.char("u")], context: .history, help: .reconcile, inBar: false),
        KeyBinding(action: .batchFilter, keys: [.char("b")], context: .history, help: .batchFilter, inBar: false),
        KeyBinding(action: .edit, keys: [.char("e")], context: .history, help: .edit, inBar: true),
        KeyBinding(action: .renew, keys: [.char("f")], context: .history, help: .freshLink, inBar: true),
        KeyBinding(action: .newLink, keys: [.char("n")], context: .history, help: .newLink, inBar: false),
        KeyBinding(action: .help, keys: [.char("?")], context: .history, help: .help, inBar: false),
        KeyBinding(action: .back, keys: [.escape], context: .history, help: .back, inBar: true),
        KeyBinding(action: .leave, keys: [.char("q")], context: .history, help: .quit, inBar: false),
        KeyBinding(action: .endSearch, keys: [.enter, .down, .tab], context: .historySearch, help: .done, inBar: true),
        KeyBinding(action: .clearSearch, keys: [.escape], context: .historySearch, help: .clearSearch, inBar: true),
        KeyBinding(action: .back, keys: [.escape, .char("z")], context: .qr, help: .back, inBar: true),
        KeyBinding(action: .simulatePayment, keys: [.char("p")], context: .qr, help: .sandboxPay, inBar: false),
        KeyBinding(action: .yes, keys: [.char("y")], context: .confirm, help: .yes, inBar: true),
        KeyBinding(action: .no, keys: [.char("n"), .escape], context: .confirm, help: .no, inBar: true),
        KeyBinding(action: .openBatch, keys: [.function(3)], context: .form, help: .batchFromFile, inBar: false),
        KeyBinding(action: .startBatch, keys: [.ctrl("s")], context: .batch, help: .makeLinks, inBar: true),
        KeyBinding(action: .rowDown, keys: [.down, .char("j")], context: .batch, help: .nextRow, inBar: false),
        KeyBinding(action: .rowUp, keys: [.up, .char("k")], context: .batch, help: .previousRow, inBar: false),
        KeyBinding(action: .pageDown, keys: [.pageDown, .char(" ")], context: .batch, help: .pageDown, inBar: false),
        KeyBinding(action: .pageUp, keys: [.pageUp], context: .batch, help: .pageUp, inBar: false),
        KeyBinding(action: .details, keys: [.enter], context: .batch, help: .rowResult, inBar: true),
        KeyBinding(action: .back, keys: [.escape], context: .batch, help: .backStop, inBar: true),
        KeyBinding(action: .previousPeriod, keys: [.left], context: .takings, help: .earlier, inBar: true),
        KeyBinding(action: .nextPeriod, keys: [.right], context: .takings, help: .later, inBar: true),
        KeyBinding(action: .showDay, keys: [.char("d")], context: .takings, help: .day, inBar: true),
        KeyBinding(action: .showWeek, keys: [.char("w")], context: .takings, help: .week, inBar: true),
        KeyBinding(action: .showMonth, keys: [.char("m")], context: .takings, help: .month, inBar: true),
        KeyBinding(action: .today, keys: [.char(".")], context: .takings, help: .today, inBar: false),
        KeyBinding(action: .nextCurrency, keys: [.char("c")], context: .takings, help: .chartCurrency, inBar: true),
        KeyBinding(action: .back, keys: [.escape, .char("t")], context: .takings, help: .back, inBar: true),
        KeyBinding(action: .leave, keys: [.char("q")], context: .takings, help: .quit, inBar: false),
        KeyBinding(action: .submit, keys: [.enter, .ctrl("s")], context: .refund, help: .refund, inBar: true),
        KeyBinding(action: .nextField, keys: [.tab, .down], context: .refund, help: .nextField, inBar: true),
        KeyBinding(action: .previousField, keys: [.backTab, .up], context: .refund, help: .previousField, inBar: false),
        KeyBinding(action: .back, keys: [.escape], context: .refund, help: .close, inBar: true),
    ])

    /// The standard table with `keys:` overrides applied by action id; returns the problems found too.
    public static func remapped(_ overrides: [String: [String]]) -> (table: KeyTable, problems: [String]) {
        var table = KeyTable.standard
        var problems: [String] = []
        for (id, names) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let action = Action(rawValue: id) else {
                problems.append("keys: unknown action \"\(id)\"")
                continue
            }
            var keys: [Key] = []
            for name in names {
                if let key = Key(name: name) { keys.append(key) } else { problems.append("keys.\(id): unknown key \"\(name)\"") }
            }
            guard !keys.isEmpty else { continue }
            // An action may have several rows (help in two contexts); the override replaces the keys of each.
            for i in table.bindings.indices where table.bindings[i].action == action {
                table.bindings[i].keys = keys
            }
        }
        return (table, problems)
    }

    /// The action a key triggers in the first context (in order) that binds it.
    public func action(for key: Key, in contexts: [KeyContext]) -> Action? {
        for context in contexts {
            if let action = index[context]?[key] { return action }
        }
        return nil
    }

    /// The bindings the key bar shows for these contexts.
    public func bar(for contexts: [KeyContext], hiding: Set<Action> = []) -> [KeyBinding] {
        contexts.flatMap { c in bindings.filter { $0.context == c && $0.inBar && !hiding.contains($0.action) } }
    }
}
