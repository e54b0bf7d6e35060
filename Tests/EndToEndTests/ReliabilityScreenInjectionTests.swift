import Foundation
import TestSupport
import Testing

/// The full-screen program against an API whose method titles, link names and error messages carry terminal
/// escapes (ESC, CSI, OSC, C1), run in a real terminal whose every output byte is recorded: the recording
/// holds none of those sequences (its only OSC is its own link to the URL), and neither it nor any screen shows the client secret or the access token.
@Suite("Reliability: the full-screen program against a hostile API", .serialized, .ownThread)
struct ReliabilityScreenInjectionTests {
    @Test("no escape from the API reaches the terminal, no secret reaches the screen")
    func hostileAnswersOnScreen() throws {
        let token = "tok-T0KEN-\(UUID().uuidString)"
        let secret = "s3cr3t-SCREEN-\(UUID().uuidString)"
        let hostile = try ReliabilityTerminalInjectionTests.HostileAPI(token: token)
        defer { hostile.api.stop() }
        var world = try TUIWorld(baseURL: hostile.api.baseURL, secret: secret)
        defer { world.stop() }
        // The URL is sent as an OSC 8 link too, the one escape the program writes of its own: its target must
        // be as clean as the text.
        world.env["PAYLINK_HYPERLINKS"] = "always"
        let order = ["--order-id", hostile.orderID, "--currency", "EUR", "--amount", "25.00", "--language", "en"]
        // What the hostile name looks like once its escapes are taken out.
        let shown = "Payme done"
        var screens: [(String, String)] = []
        var recordings: [(String, Data)] = []

        let tui = try world.start(order + ["--name", "Hostile"], record: true)
        screens.append(("form", tui.screen()))
        // Up from Create to the method field, then its list, whose titles come from the API.
        try tui.press("BTab", "BTab", "BTab", "BTab")
        try tui.press("C-o")
        screens.append(("methods list", tui.waitFor(text: shown)))
        try tui.press("Escape")
        try tui.press("C-s")
        screens.append(("result", tui.waitFor(text: "Payment URL", timeout: 15)))
        #expect(screens.last?.1.contains(shown) == true, "the result shows the link's name:\n\(screens.last?.1 ?? "")")
        try tui.press("F2")
        screens.append(("history", tui.waitFor("the history with the link") { $0.contains("· history") && $0.contains("Payme do") }))
        try tui.press("?")
        screens.append(("help", tui.waitFor(text: "· keys")))
        try tui.press("C-c")
        screens.append(("after quitting", tui.waitFor(text: "MODES.")))
        recordings.append(("first run", tui.recorded()))

        // A refusal whose description and field message are hostile too.
        let refused = try world.start(order + ["--name", "Refuse me"], record: true)
        try refused.press("C-s")
        screens.append(("refusal", refused.waitFor(text: "Refused")))
        #expect(screens.last?.1.contains("invalid_requestPayme done") == true, "the refusal shows the API's words without their escapes")
        try refused.press("C-c")
        screens.append(("after the refusal", refused.waitFor(text: "MODES.")))
        recordings.append(("second run", refused.recorded()))
        recordings.append(("stdout", Data(tui.printed().utf8)))

        let targets = Self.hyperlinkTargets(in: recordings[0].1)
        let url = try #require(shownURL(screens[2].1))
        // The screen's text may run on into the QR code beside it, so the URL read off it is compared by its start.
        #expect(targets.contains { !$0.isEmpty && url.hasPrefix($0) } && targets.last == "", "the URL on the result screen is one OSC 8 link, closed: \(targets) vs \(url)")
        #expect(hostile.api.count("GET", FakeCheckout.methodsPath) >= 1, "the methods list was asked for")
        #expect(!screens.contains { $0.1.contains("SANDBOX") }, "an API that is not a paylink sandbox gets no SANDBOX badge")
        #expect(hostile.api.count("POST", FakeCheckout.linksPath) >= 2, "both creates reached the API")
        for (label, bytes) in recordings {
            #expect(bytes.count > 1000 || label == "stdout", "\(label): the recording holds the session (\(bytes.count) bytes)")
            let found = Self.injected(in: bytes)
            #expect(found.isEmpty, "\(label): \(found)")
        }
        if ProcessInfo.processInfo.environment["PAYLINK_SHOW_SCREENS"] == "1" {
            for (label, screen) in screens { print("== \(label)\n\(screen)") }
        }
        for (what, needle) in [("client secret", secret), ("access token", token)] {
            for (label, screen) in screens where screen.contains(needle) { Issue.record("\(what) on the \(label) screen") }
            for (label, bytes) in recordings where bytes.contains(text: needle) { Issue.record("\(what) written to the terminal (\(label))") }
        }
    }

    /// Sequences the API sent that a terminal would act on. The program's own output is full of CSI sequences
    /// (cursor moves, colours, modes), so this looks for what it never writes itself: OSC, BEL, DEL, C1
    /// controls, malformed UTF-8, and the API's own CSI sequences (clear the screen, hidden text).
    static func injected(in data: Data) -> [String] {
        var findings: [String] = []
        let bytes = [UInt8](data)
        let links = ownHyperlinks(in: bytes)
        for (i, b) in bytes.enumerated() {
            if links.contains(where: { $0.contains(i) }) { continue }
            if b == 0x1B, i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "]") { findings.append("OSC at \(i)") }
            if b == 0x07 { findings.append("BEL at \(i)") }
            if b == 0x7F { findings.append("DEL at \(i)") }
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { findings.append("C1 at \(i)") }
            if findings.count >= 5 { break }
        }
        for sequence in ["\u{1B}[2J", "\u{1B}[8m", "\u{1B}[31m", "owned", "evil.example"] where data.contains(text: sequence) {
            findings.append("the API's \(sequence.debugDescription)")
        }
        if String(data: data, encoding: .utf8) == nil { findings.append("malformed UTF-8") }
        return findings
    }

    /// The program's own OSC 8 sequences: `ESC ] 8 ; ; target ESC \` with a target of printable ASCII
    /// only (or empty, which ends a link). Anything else that starts with `ESC ]` is not ours.
    static func ownHyperlinks(in bytes: [UInt8]) -> [ClosedRange<Int>] {
        let opening: [UInt8] = [0x1B, UInt8(ascii: "]"), UInt8(ascii: "8"), UInt8(ascii: ";"), UInt8(ascii: ";")]
        var ranges: [ClosedRange<Int>] = []
        var i = 0
        while i + opening.count < bytes.count {
            guard Array(bytes[i..<(i + opening.count)]) == opening else { i += 1; continue }
            var j = i + opening.count
            while j < bytes.count, (0x21...0x7E).contains(bytes[j]) { j += 1 }
            if j + 1 < bytes.count, bytes[j] == 0x1B, bytes[j + 1] == UInt8(ascii: "\\") {
                ranges.append(i...(j + 1))
                i = j + 2
            } else {
                i += 1
            }
        }
        return ranges
    }

    /// The targets of the OSC 8 links in a recording, in order (an empty one ends a link).
    static func hyperlinkTargets(in data: Data) -> [String] {
        let bytes = [UInt8](data)
        return ownHyperlinks(in: bytes).map { String(decoding: bytes[($0.lowerBound + 5)..<($0.upperBound - 1)], as: UTF8.self) }
    }
}
