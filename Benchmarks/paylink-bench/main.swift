import Foundation
import PaylinkCore
import PaylinkStore
import PaylinkTUI
import PayseraCheckout

#if canImport(Glibc)
import Glibc
#endif

// Measures the history list on a large history with the real store and the real view code.
//
//   paylink-bench [--rows N] [--file PATH] [--runs N] [--report]   (--report: the takings instead of the list)
//   paylink-bench fill PATH N        (used by the above in a child process, so the fill's memory is not counted)

/// Wall-clock milliseconds of a closure.
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

/// A kB figure from /proc/self/status (VmHWM is the peak resident set, VmRSS the current one).
func procStatus(_ key: String) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }
    return nil
}

func megabytes(_ kB: Int?) -> String { kB.map { String(format: "%.1f MB", Double($0) / 1024) } ?? "?" }

func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count - 1)).rounded(.up))
    return sorted[min(sorted.count - 1, max(0, rank))]
}

func summary(_ values: [Double]) -> String {
    String(format: "p50 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)", percentile(values, 50), percentile(values, 99),
           values.max() ?? 0, values.count)
}

let now = Date()
let adjectives = ["Leather", "Wool", "Linen", "Silk", "Cotton", "Oak", "Steel", "Copper", "Ceramic", "Glass",
                  "Bamboo", "Velvet", "Denim", "Canvas", "Marble", "Walnut", "Suede", "Tweed", "Cashmere", "Brass"]
let nouns = ["wallet", "scarf", "shirt", "lamp", "mug", "chair", "watch", "bag", "belt", "vase",
             "table", "jacket", "hat", "bowl", "frame", "clock", "boots", "gloves", "sweater", "candle"]
let firstNames = ["Jonas", "Ona", "Lukas", "Eglė", "Tomas", "Rūta", "Marius", "Inga", "Paulius", "Aistė",
                  "Mantas", "Greta", "Darius", "Simona", "Karolis", "Laura", "Andrius", "Justė", "Vytautas", "Milda"]
let lastNames = ["Kazlauskas", "Petrauskaitė", "Jankauskas", "Stankevičiūtė", "Vasiliauskas", "Žukauskaitė",
                 "Butkus", "Paulauskaitė", "Urbonas", "Kavaliauskaitė"]

/// The i-th benchmark link: names from a small vocabulary (so searches match many rows), ids unique.
func benchLink(_ i: Int, of total: Int) -> HistoryRecord {
    let created = now.addingTimeInterval(-Double(total - i) * 30)
    let lifetime = 259_200
    let expires = created.addingTimeInterval(Double(lifetime))
    let status: LinkStatus
    if expires > now {
        status = i % 7 == 0 ? .completed : .active
    } else {
        switch i % 10 {
        case 0, 1: status = .expired
        case 2: status = .canceled
        default: status = .completed
        }
    }
    let first = firstNames[i % firstNames.count]
    let last = lastNames[(i / firstNames.count) % lastNames.count]
    let hex = String(UInt64(i) &* 0x9E37_79B9_7F4A_7C15, radix: 16)
    return HistoryRecord(
        profile: "sandbox", linkID: "lnk-\(hex)-\(i)", orderID: "ord-\(hex)", reference: "ORD-\(100_000 + i)",
        name: "\(adjectives[i % adjectives.count]) \(nouns[(i / adjectives.count) % nouns.count])",
        amount: 500 + (i * 37) % 100_000, currency: "EUR", language: "lt", paymentFlow: "paysera_checkout",
        payerName: "\(first) \(last)", payerEmail: "\(first.lowercased()).\(i % 1000)@example.com",
        paymentURL: "https://sandbox.local/checkout-payment-link/payment-collection/v1/payment-links/lnk-\(hex)-\(i)",
        lifetime: lifetime, createdAt: created, expiresAt: expires, updatedAt: created, status: status, state: .created)
}

/// The project the list shows, and another one sharing the file: every tenth link belongs to the other.
let benchProject = HistoryProject(baseURL: URL(string: "http://127.0.0.1:8787"), clientID: "sandbox", profile: "sandbox")
let otherProject = HistoryProject(baseURL: URL(string: "https://api.paysera.com"), clientID: "shop", profile: "shop")

func fill(path: String, rows: Int) throws {
    let store = try HistoryStore(file: URL(fileURLWithPath: path), project: benchProject)
    let batch = 20_000
    var i = 0
    while i < rows {
        let end = min(rows, i + batch)
        try store.insert((i..<end).map { n in
            var link = benchLink(n, of: rows)
            if n % 10 == 9 { link.project = otherProject.clientKey }
            return link
        })
        i = end
    }
    // One paid link in twenty has a third of its amount refunded, on the day after it was paid.
    for n in stride(from: 3, to: rows, by: 20) {
        let link = benchLink(n, of: rows)
        guard link.status == .completed, n % 10 != 9, let order = link.orderID, let amount = link.amount else { continue }
        let made = ISO8601DateFormatter().string(from: link.createdAt.addingTimeInterval(86_400))
        try store.mergeRefunds(
            orderID: order,
            listed: [Refund(refundID: "rf-\(n)", status: .completed, amount: amount / 3, currency: "EUR", createdAt: made)],
            linkID: link.linkID, reference: link.reference, profile: "sandbox")
    }
}

/// The list as the program holds it: the state, its page reads carried out on the real store, and its frames.
struct ListUnderTest {
    var history = HistoryState()
    let reader: HistoryReader
    let timeZone = TimeZone(identifier: "UTC")!
    let width = 80
    let height = 24

    init(store: HistoryStore) {
        reader = HistoryReader(store: store)
        // Header, border, notice and key bar take four rows; the search line and column heads two more.
        history.visibleRows = height - 4 - HistoryProgram.chromeRows
    }

    /// Sends one message, carries out the page reads it asks for (synchronously, as fast as the runtime could), and
    /// draws the frame the person would see.
    mutating func step(_ msg: HistoryMsg) -> ScreenBuffer {
        var pending = [msg]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in HistoryProgram.update(&history, next, now: now) {
                if case .load(let request) = effect { pending.append(reader.read(request)) }
            }
        }
        return frame()
    }

    mutating func open() -> ScreenBuffer {
        var pending = HistoryProgram.open(&history).compactMap { effect -> HistoryMsg? in
            if case .load(let request) = effect { return reader.read(request) }
            return nil
        }
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in HistoryProgram.update(&history, next, now: now) {
                if case .load(let request) = effect { pending.append(reader.read(request)) }
            }
        }
        return frame()
    }

    func frame() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height, role: .surface)
        HistoryProgram.draw(history, now: now, timeZone: timeZone, unicode: true, into: &buffer, top: 2, bottom: height - 3)
        return buffer
    }
}

// MARK: - Main

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "fill", arguments.count == 3, let rows = Int(arguments[2]) {
    try fill(path: arguments[1], rows: rows)
    exit(0)
}

func option(_ name: String, in arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let rows = option("--rows").flatMap(Int.init) ?? 1_000_000
let runs = option("--runs").flatMap(Int.init) ?? 50
let keepFile = option("--file") != nil
let verbose = CommandLine.arguments.contains("--verbose")
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paylink-bench-\(getpid())")
let path = option("--file") ?? folder.appendingPathComponent("history.sqlite").path
try FileManager.default.createDirectory(
    at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)

print("paylink-bench: \(rows) links in \(path), one in ten of another project (the list shows the other nine)")
if !FileManager.default.fileExists(atPath: path) {
    // The fill runs in a child process so its memory does not count against the list's.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
    child.arguments = ["fill", path, String(rows)]
    let fillTime = try milliseconds {
        try child.run()
        child.waitUntilExit()
    }
    guard child.terminationStatus == 0 else {
        print("the fill failed (exit \(child.terminationStatus))")
        exit(1)
    }
    print(String(format: "fill: %.1f s (%.0f rows/s), batches of 20,000 rows in one transaction each", fillTime / 1000, Double(rows) / (fillTime / 1000)))
} else {
    print("fill: reusing the existing file")
}
let fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
print(String(format: "file: %.0f MB", Double(fileSize) / 1_048_576))
print("memory before opening: VmRSS \(megabytes(procStatus("VmRSS")))")

var store: HistoryStore!
let openStore = try milliseconds { store = try HistoryStore(file: URL(fileURLWithPath: path), project: benchProject) }
print(String(format: "open the history file (pool + migrations check): %.2f ms", openStore))

if CommandLine.arguments.contains("--report") {
    // The takings over the history: what `paylink report` and the takings screen read.
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let today = TakingsPeriod.containing(now, span: .day, calendar: calendar)
    let week = TakingsPeriod.containing(now, span: .week, calendar: calendar)
    let everything = TakingsPeriod(start: now.addingTimeInterval(-Double(rows) * 30 - 86_400), end: now.addingTimeInterval(86_400))
    let month = TakingsPeriod(start: now.addingTimeInterval(-30 * 86_400), end: now)
    let cases: [(String, () throws -> Void)] = [
        ("today by operator", { _ = try store.takings(today, by: .operator, timeZone: calendar.timeZone) }),
        ("today by hour", { _ = try store.takings(today, by: .hour, timeZone: calendar.timeZone) }),
        ("this week by day", { _ = try store.takings(week, by: .day, timeZone: calendar.timeZone) }),
        ("the whole history (\(rows) links) by operator", { _ = try store.takings(everything, by: .operator, timeZone: calendar.timeZone) }),
        ("the whole history by method", { _ = try store.takings(everything, by: .method, timeZone: calendar.timeZone) }),
        ("the whole history by day", { _ = try store.takings(everything, by: .day, timeZone: calendar.timeZone) }),
        ("30 days of payments and refunds, one entry each (--csv)", { _ = try store.takingsEntries(month) }),
    ]
    for (name, body) in cases {
        var times: [Double] = []
        for _ in 0..<max(3, runs / 10) { times.append(try milliseconds(body)) }
        print("report, \(name): \(summary(times))")
    }
    let whole = try store.takings(everything, by: .operator, timeZone: calendar.timeZone)
    print("  whole history: " + whole.totals.map { "\($0.currency) made \($0.made), paid \($0.paidCount) \($0.paid), refunded \($0.refundCount) \($0.refunded)" }.joined(separator: "; "))
    if !keepFile { try? FileManager.default.removeItem(at: folder) }
    exit(0)
}

// 1. Opening the list: first page read + first frame at 80×24.
var firstOpen = 0.0
var opens: [Double] = []
var lastFrame = ScreenBuffer(width: 0, height: 0)
for run in 0...runs {
    var list = ListUnderTest(store: store)
    let ms = milliseconds { lastFrame = list.open() }
    if run == 0 { firstOpen = ms } else { opens.append(ms) }
}
print(String(format: "open the list, first time (cold): %.2f ms", firstOpen))
print("open the list (first page read + first frame): \(summary(opens))")
print(lastFrame.text.split(separator: "\n").prefix(6).joined(separator: "\n"))

// 2. Search keystrokes: each one re-reads the first page through FTS5 and draws a frame.
let queries = ["leather", "walnut clock", "jonas", "ord-1234", "milda.42", "lnk-", "zzz"]
var keystrokes: [Double] = []
var firstLetters: [Double] = []
var worst = (ms: 0.0, query: "")
for _ in 0..<max(1, runs / 10) {
    for query in queries {
        var list = ListUnderTest(store: store)
        _ = list.open()
        _ = list.step(.input(.startSearch))
        var typed = ""
        for c in query {
            typed.append(c)
            let ms = milliseconds { lastFrame = list.step(.input(.edit(.insert(String(c))))) }
            keystrokes.append(ms)
            if typed.count == 1 { firstLetters.append(ms) }
            if ms > worst.ms { worst = (ms, typed) }
            if verbose { print(String(format: "  %-14@ %7.2f ms  %@", typed, ms, list.history.failure ?? "\(list.history.rows.count) rows")) }
        }
    }
}
print("search keystroke (FTS5 prefix query + frame), every keystroke of \(queries.map { "\"\($0)\"" }.joined(separator: ", ")): \(summary(keystrokes))")
print("  of which first letters: \(summary(firstLetters)); slowest: \"\(worst.query)\" \(String(format: "%.2f", worst.ms)) ms")

// 3. Paging down 100 times.
var pagings: [Double] = []
var pageSteps: [Double] = []
for _ in 0..<max(1, runs / 10) {
    var list = ListUnderTest(store: store)
    _ = list.open()
    let total = milliseconds {
        for _ in 0..<100 {
            let ms = milliseconds { lastFrame = list.step(.input(.pageDown)) }
            pageSteps.append(ms)
        }
    }
    pagings.append(total)
    precondition(list.history.selected == 100 * list.history.visibleRows, "paging stopped at \(list.history.selected)")
}
print("page down 100 times (total): \(summary(pagings))")
print("  one page down: \(summary(pageSteps))")

print("memory: peak resident (VmHWM) \(megabytes(procStatus("VmHWM"))), now (VmRSS) \(megabytes(procStatus("VmRSS")))")
if !keepFile { try? FileManager.default.removeItem(at: folder) }
