import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout

// Times the terminal program's own work per keystroke and per result-screen frame, in process:
// `update` + `view` + the cell-by-cell comparison that decides what reaches the terminal.
//
//   paylink-frame-bench [--keys N] [--frames N] [--json]
//
// The comparison below walks the two frames the way the curses backend's `draw` does (changed span
// per row), without curses, so the figure is the program's cost and not the terminal's.

/// Nanoseconds of a closure, from the monotonic clock.
func nanoseconds(_ body: () -> Void) -> UInt64 {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return DispatchTime.now().uptimeNanoseconds - start
}

/// The value at a percentile (nearest rank) of samples.
func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((p / 100 * Double(sorted.count - 1)).rounded(.up))
    return sorted[min(sorted.count - 1, max(0, rank))]
}

/// Cells that differ between two frames of the same size, counted per row over the changed span.
func changedCells(_ old: ScreenBuffer, _ new: ScreenBuffer) -> Int {
    guard old.width == new.width, old.height == new.height else { return new.width * new.height }
    var count = 0
    for row in 0..<new.height {
        var first = -1
        var last = -1
        for col in 0..<new.width where old[row, col] != new[row, col] {
            if first < 0 { first = col }
            last = col
        }
        if first >= 0 { count += last - first + 1 }
    }
    return count
}

/// Timings of one measured operation, in microseconds.
struct Figure {
    var name: String
    var samples: [Double]
    var cellsPerSample: Double

    var line: String {
        let s = samples.sorted()
        return String(
            format: "%@: p50 %.1f µs, p90 %.1f µs, p99 %.1f µs, max %.1f µs, %.1f changed cells each (n=%d)", name,
            percentile(s, 50), percentile(s, 90), percentile(s, 99), s.last ?? 0, cellsPerSample, s.count)
    }

    var json: String {
        let s = samples.sorted()
        return String(
            format: "\"%@\": {\"p50_us\": %.2f, \"p90_us\": %.2f, \"p99_us\": %.2f, \"max_us\": %.2f, \"cells\": %.1f, \"n\": %d}",
            name, percentile(s, 50), percentile(s, 90), percentile(s, 99), s.last ?? 0, cellsPerSample, s.count)
    }
}

var keyCount = 10_000
var frameCount = 2_000
var asJSON = false
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let arg = arguments.next() {
    switch arg {
    case "--keys": keyCount = arguments.next().flatMap(Int.init) ?? keyCount
    case "--frames": frameCount = arguments.next().flatMap(Int.init) ?? frameCount
    case "--json": asJSON = true
    default:
        FileHandle.standardError.write(Data("usage: paylink-frame-bench [--keys N] [--frames N] [--json]\n".utf8))
        exit(2)
    }
}

let start = Date(timeIntervalSince1970: 1_764_000_000)
let utc = TimeZone(identifier: "UTC") ?? .current

/// A form at 80×24 with focus on Name, as a person sees it after tabbing there.
func formOnName(width: Int = 80, height: Int = 24) -> AppState {
    var state = AppState(draft: LinkDraft(), width: width, height: height, now: start, timeZone: utc, isSandbox: true, profileName: "sandbox")
    state.form.moveFocus(to: .field(.name))
    return state
}

/// One keystroke: update, view, compare with the previous frame; the three parts are also timed alone.
func typing(_ count: Int, reset: Int) -> (total: Figure, update: Figure, view: Figure, diff: Figure) {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    var state = formOnName()
    var frame = TerminalProgram.view(state)
    var total: [Double] = []
    var updates: [Double] = []
    var views: [Double] = []
    var diffs: [Double] = []
    total.reserveCapacity(count)
    var cells = 0
    var typed = 0
    // Warm-up: the first frames fill caches and lazy tables; they are not counted.
    for i in 0..<(count + 200) {
        if typed == reset {
            state = formOnName()
            frame = TerminalProgram.view(state)
            typed = 0
        }
        let key = Key.char(letters[(i * 7) % letters.count])
        var changed = 0
        var next = frame
        let nsUpdate = nanoseconds { _ = TerminalProgram.update(&state, .key(key)) }
        let nsView = nanoseconds { next = TerminalProgram.view(state) }
        let nsDiff = nanoseconds { changed = changedCells(frame, next) }
        frame = next
        typed += 1
        if i >= 200 {
            updates.append(Double(nsUpdate) / 1000)
            views.append(Double(nsView) / 1000)
            diffs.append(Double(nsDiff) / 1000)
            total.append(Double(nsUpdate + nsView + nsDiff) / 1000)
            cells += changed
        }
    }
    let perKey = Double(cells) / Double(max(1, total.count))
    return (
        Figure(name: "keystroke", samples: total, cellsPerSample: perKey),
        Figure(name: "keystroke_update", samples: updates, cellsPerSample: perKey),
        Figure(name: "keystroke_view", samples: views, cellsPerSample: perKey),
        Figure(name: "keystroke_diff", samples: diffs, cellsPerSample: perKey)
    )
}

/// A result screen with its QR code, the way `created` leaves it; 100×40 so the code fits beside the URL.
func resultState() -> AppState {
    var state = formOnName(width: 100, height: 40)
    let link = PaymentLink(
        linkID: "c8d9e0f1-2a3b-4c5d-6e7f-8a9b0c1d2e3f", orderID: "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a",
        paymentURL: "https://api.paysera.com/checkout-payment-link/payment-collection/v1/payment-links/abc123def456GhiJkl_mNOpQrStUvWxYz0123456",
        name: "Order #12345", experience: Experience(language: "en", paymentFlow: "paysera_checkout"),
        purchase: LinkPurchase(amount: 2500), lifetime: 259_200, status: .active,
        createdAt: Int(start.timeIntervalSince1970), expiredAt: Int(start.timeIntervalSince1970) + 259_200)
    _ = TerminalProgram.update(&state, .created(.created(link)))
    return state
}

/// Countdown seconds on a screen showing a link: one tick through update + view + compare (what happens each
/// second), and the same frame drawn from nothing (as after a resize or the first draw).
func secondFrames(_ start0: AppState, _ count: Int, name: String) -> (tick: Figure, full: Figure, last: ScreenBuffer, state: AppState) {
    var state = start0
    var frame = TerminalProgram.view(state)
    var tick: [Double] = []
    var full: [Double] = []
    var tickCells = 0
    var second = 0.0
    for i in 0..<(count + 50) {
        second += 1
        // Polls would be answered by the network; the bench keeps the poll flag clear so every tick is alike.
        state.result?.polling = false
        state.result?.lastPoll = start.addingTimeInterval(second)
        var changed = 0
        let ns = nanoseconds {
            _ = TerminalProgram.update(&state, .tick(start.addingTimeInterval(second)))
            let next = TerminalProgram.view(state)
            changed = changedCells(frame, next)
            frame = next
        }
        var drawn: ScreenBuffer?
        let nsFull = nanoseconds { drawn = TerminalProgram.view(state) }
        _ = drawn
        if i >= 50 {
            tick.append(Double(ns) / 1000)
            full.append(Double(nsFull) / 1000)
            tickCells += changed
        }
    }
    return (
        Figure(name: name + "_tick", samples: tick, cellsPerSample: Double(tickCells) / Double(max(1, tick.count))),
        Figure(name: name + "_view", samples: full, cellsPerSample: Double(state.width * state.height)), frame, state
    )
}

/// The result screen at 100×40, its QR code beside the URL.
func resultFrames(_ count: Int) -> (tick: Figure, full: Figure, hasQR: Bool, screen: String) {
    let run = secondFrames(resultState(), count, name: "result")
    let text = run.last.text
    let hasQR = run.state.result?.qr != nil && (text.contains("▀") || text.contains("▄") || text.contains("█"))
    return (run.tick, run.full, hasQR, text)
}

/// The full-screen QR view at 80×24 (the seed's 122-character URL).
func qrViewFrames(_ count: Int) -> (tick: Figure, full: Figure, hasQR: Bool) {
    var state = resultState()
    _ = TerminalProgram.update(&state, .resize(width: 80, height: 24))
    _ = TerminalProgram.update(&state, .key(.char("z")))
    let run = secondFrames(state, count, name: "qr")
    let frame = run.last
    let hasQR = run.state.screen == .qr && (0..<frame.height).contains { r in (0..<frame.width).contains { frame[r, $0].role == .qr } }
    return (run.tick, run.full, hasQR)
}

/// The visible window of a long field computed by walking back from the cursor once (linear in the box width),
/// to compare with `TextInput.visible(columns:)` on the same input.
func visibleWalkingBack(_ input: TextInput, columns: Int) -> (text: String, cursorColumn: Int) {
    guard columns > 1 else { return ("", 0) }
    var start = input.cursor
    var used = 0
    while start > 0 {
        let w = TerminalText.displayWidth(of: input.chars[start - 1])
        if used + w > columns - 1 { break }
        used += w
        start -= 1
    }
    var shown = ""
    var width = 0
    var i = start
    while i < input.chars.count {
        let w = TerminalText.displayWidth(of: input.chars[i])
        if width + w > columns { break }
        shown.append(input.chars[i])
        width += w
        i += 1
    }
    return (shown, used)
}

/// Time of the field's visible window at a text length, as the program computes it and walking back.
func visibleWindow(length: Int, runs: Int) -> (current: Figure, walkingBack: Figure, same: Bool) {
    let text = String((0..<length).map { Character(Unicode.Scalar(UInt8(97 + ($0 * 7) % 26))) })
    let input = TextInput(text)
    var current: [Double] = []
    var back: [Double] = []
    var same = true
    for _ in 0..<runs {
        var a: (text: String, cursorColumn: Int) = ("", 0)
        var b: (text: String, cursorColumn: Int) = ("", 0)
        current.append(Double(nanoseconds { a = input.visible(columns: 32) }) / 1000)
        back.append(Double(nanoseconds { b = visibleWalkingBack(input, columns: 32) }) / 1000)
        same = same && a.text == b.text && a.cursorColumn == b.cursorColumn
    }
    return (
        Figure(name: "visible_\(length)_current", samples: current, cellsPerSample: 0),
        Figure(name: "visible_\(length)_walking_back", samples: back, cellsPerSample: 0), same
    )
}

let keys = typing(keyCount, reset: 1_000)
let window = visibleWindow(length: 1_000, runs: 200)
let firstFrame: Figure = {
    var samples: [Double] = []
    for i in 0..<(frameCount + 50) {
        let ns = nanoseconds { _ = TerminalProgram.view(formOnName()) }
        if i >= 50 { samples.append(Double(ns) / 1000) }
    }
    return Figure(name: "form_view", samples: samples, cellsPerSample: 80 * 24)
}()
let result = resultFrames(frameCount)
let qrView = qrViewFrames(frameCount)
// The same 1,000-character Name with the cursor at its start, where finding the visible window costs nothing:
// what a keystroke's view costs once that window no longer depends on the text's length.
let longNameHome: Figure = {
    var state = formOnName()
    _ = TerminalProgram.update(&state, .paste(String(repeating: "abcdefghij", count: 100)))
    _ = TerminalProgram.update(&state, .key(.home))
    var samples: [Double] = []
    for i in 0..<(frameCount + 50) {
        let ns = nanoseconds { _ = TerminalProgram.view(state) }
        if i >= 50 { samples.append(Double(ns) / 1000) }
    }
    return Figure(name: "form_view_long_name_cursor_home", samples: samples, cellsPerSample: 0)
}()

if asJSON {
    print("{" + [keys.total.json, keys.update.json, keys.view.json, keys.diff.json, firstFrame.json, longNameHome.json, result.tick.json, result.full.json, qrView.full.json, qrView.tick.json, window.current.json, window.walkingBack.json,
        "\"result_has_qr\": \(result.hasQR)", "\"qr_view_has_qr\": \(qrView.hasQR)", "\"visible_same\": \(window.same)"].joined(separator: ", ") + "}")
} else {
    print(keys.total.line)
    print(keys.update.line)
    print(keys.view.line)
    print(keys.diff.line)
    print(firstFrame.line)
    print(longNameHome.line)
    print(result.tick.line)
    print(result.full.line)
    print(qrView.full.line)
    print(qrView.tick.line)
    print("QR view shows the code: \(qrView.hasQR)")
    print(window.current.line)
    print(window.walkingBack.line)
    print("result screen shows a QR code: \(result.hasQR); both windows agree: \(window.same)")
}
