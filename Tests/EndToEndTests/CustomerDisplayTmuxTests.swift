import Foundation
import TestSupport
import Testing

/// The till and its customer display in two terminals on one machine, sharing the history file.
@Suite(.serialized, .ownThread)
struct CustomerDisplayTmuxTests {
    static let email = "ona.payer@example.lt"
    static let tillArguments = [
        "--till", "counter-1", "--reference", "R1", "--currency", "EUR", "--amount", "1234.50", "--name", "Coffee",
        "--language", "lt", "--payer-email", email,
    ]

    /// A sandbox of its own, a config naming the shop, and the till running at 80×24.
    func counter() throws -> (TUIWorld, TUITmux) {
        let world = try TUIWorld()
        let config = world.home.root.appendingPathComponent("config/paylink")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("shop_name: Kavinė Pupa\n".utf8).write(to: config.appendingPathComponent("config.yaml"))
        let till = try world.start(Self.tillArguments)
        return (world, till)
    }

    func startDisplay(_ world: TUIWorld, record: Bool = false) throws -> TUITmux {
        let display = try TUITmux(
            arguments: ["display", "--till", "counter-1"], environment: world.env, scratch: world.home.root, record: record)
        display.waitFor(text: "Kavinė Pupa", timeout: 20)
        return display
    }

    /// Reads both panes in turn, as fast as tmux answers, until each has shown what it should; every display frame
    /// read is kept in `frames`.
    func firstSeen(
        _ till: TUITmux, _ onTill: (String) -> Bool, _ display: TUITmux, _ onDisplay: (String) -> Bool,
        frames: inout [String], timeout: TimeInterval = 20
    ) -> (till: Date?, display: Date?) {
        var tillAt: Date?
        var displayAt: Date?
        let deadline = Date().addingTimeInterval(timeout)
        while (tillAt == nil || displayAt == nil) && Date() < deadline {
            if tillAt == nil, onTill(till.screen()) { tillAt = Date() }
            let frame = display.screen()
            frames.append(frame)
            if displayAt == nil, onDisplay(frame) { displayAt = Date() }
        }
        return (tillAt, displayAt)
    }

    @Test func aLinkOnTheTillIsOnTheDisplayWithin300msDecodesTurnsPaidOnBothAndTheDisplayGoesIdle() throws {
        let (world, till) = try counter()
        defer { world.stop() }
        let display = try startDisplay(world, record: true)
        var frames: [String] = [display.screen()]
        #expect(frames[0].contains("Scan to pay"))

        // The link: both panes read in turn until each shows it.
        try till.press("C-s")
        let (tillAt, displayAt) = firstSeen(
            till, { $0.contains("Payment URL") }, display, { $0.contains("Mokėti") && $0.contains("▀") }, frames: &frames)
        let onTill = try #require(tillAt, "the till never showed the link")
        let onDisplay = try #require(displayAt, "the display never showed the link:\n\(frames.last ?? "")")
        let latency = onDisplay.timeIntervalSince(onTill)
        print("customer display: the link showed \(Int((latency * 1000).rounded())) ms after the till's result screen")
        #expect(latency < 0.3, "the display followed the till after \(latency) s")

        let result = till.screen()
        let url = try #require(shownURL(result), "no URL on:\n\(result)")
        let idLine = try #require(result.components(separatedBy: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("link ") })
        let id = try #require(idLine.components(separatedBy: "link ").last?.trimmingCharacters(in: .whitespaces))
        let shown = display.waitFor(text: "Galioja")
        frames.append(shown)
        #expect(shown.contains("1\u{00A0}234,50 €"))
        #expect(try QRPane.decode(shown, rows: 24, scratch: world.home.root) == url, "display:\n\(shown)")

        // A screen too small for the code says so, and the code comes back when it grows again.
        try display.tmux(["resize-window", "-x", "40", "-y", "12"])
        frames.append(display.waitFor(text: "Ekranas per mažas"))
        // A large screen gets a larger code, which still decodes.
        try display.tmux(["resize-window", "-x", "150", "-y", "56"])
        let large = display.waitFor("the larger code") { $0.contains("██████████████") && $0.contains("Mokėti") }
        frames.append(large)
        #expect(try QRPane.decode(large, rows: 56, scratch: world.home.root) == url, "display:\n\(large)")
        try display.tmux(["resize-window", "-x", "80", "-y", "24"])
        frames.append(display.waitFor("the code again") { $0.contains("Mokėti") && $0.contains("▀") && !$0.contains("██████████████") })

        // The customer pays: PAID on both within the same second.
        let sandbox = try #require(world.sandbox)
        let answer = try QRPane.run("/usr/bin/curl", ["-sS", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST",
                                                      "\(sandbox.baseURL)/sandbox/payment-links/\(id)/pay"])
        #expect(answer == "200")
        let (tillPaid, displayPaid) = firstSeen(till, { $0.contains("PAID") }, display, { $0.contains("✓ Apmokėta") }, frames: &frames)
        let paidOnTill = try #require(tillPaid, "the till never showed PAID")
        let paidOnDisplay = try #require(displayPaid, "the display never showed PAID:\n\(frames.last ?? "")")
        print("customer display: PAID \(Int((paidOnDisplay.timeIntervalSince(paidOnTill) * 1000).rounded())) ms after the till")
        #expect(abs(paidOnDisplay.timeIntervalSince(paidOnTill)) < 1)

        // A few seconds later the display is idle again, while the till still shows the paid link.
        let idle = display.waitFor("idle", timeout: 12) { $0.contains("Scan to pay") && !$0.contains("Apmokėta") }
        frames.append(idle)
        #expect(till.screen().contains("PAID"))

        try display.press("q")
        let after = display.waitFor(text: "MODES.")
        #expect(after.contains("EXIT=0"), "display:\n\(after)")
        #expect(after.contains(" icanon ") && after.contains(" echo "), "the terminal is back in its modes:\n\(after)")
        #expect(!display.alternateScreenOn())

        // Nothing the clerk keeps to themselves was ever drawn: every frame read, every byte written.
        let written = String(decoding: display.recorded(), as: UTF8.self)
        #expect(written.contains("Apmokėta"), "the recording holds the frames")
        for secret in [id, Self.email] {
            #expect(!written.contains(secret), "\"\(secret)\" reached the display's terminal")
            #expect(!frames.contains { $0.contains(secret) }, "\"\(secret)\" was on the display")
        }
        try till.press("C-c")
        till.waitFor(text: "EXIT=0")
    }

    @Test func aTillThatLeavesItsResultOrDiesTakesTheLinkOffTheDisplay() throws {
        let (world, till) = try counter()
        defer { world.stop() }
        let display = try startDisplay(world)
        // A till killed while it shows a link cannot say so: the display notices its process is gone.
        try till.press("C-s")
        display.waitFor("the link", timeout: 20) { $0.contains("Mokėti") }
        kill(try till.paylinkPID(), SIGKILL)
        display.waitFor("idle after the till died", timeout: 3) { $0.contains("Scan to pay") && !$0.contains("Mokėti") }

        // The till again, on a new order: its form after the link takes the link off at once.
        var arguments = Self.tillArguments
        arguments[arguments.firstIndex(of: "R1")! ] = "R2"
        let next = try world.start(arguments)
        try next.press("C-s")
        display.waitFor("the next link", timeout: 20) { $0.contains("Mokėti") }
        try next.press("n")
        display.waitFor("idle") { $0.contains("Scan to pay") && !$0.contains("Mokėti") }
        // The till ends: the display stays, idle.
        try next.press("C-c")
        next.waitFor(text: "EXIT=0")
        #expect(display.screen().contains("Scan to pay"))
        try display.press("C-c")
        #expect(display.waitFor(text: "MODES.").contains("EXIT=0"))
    }

    @Test func anUnknownTillOrNoHistoryIsToldPlainly() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let none = try await runPaylink(["display"], environment: home.environment)
        #expect(none.status == 1)
        #expect(none.stderr.contains("there is no history at"), "\(none.stderr)")
        #expect(none.stderr.contains("paylink --till default"))

        let (world, till) = try counter()
        defer { world.stop() }
        let unknown = try await runPaylink(["display", "--till", "counter-9"], environment: world.env)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no till named \"counter-9\""), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("counter-1"), "the tills there are named:\n\(unknown.stderr)")
        let bad = try await runPaylink(["display", "--till", "a b"], environment: world.env)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("a till's name is"))
        // The shell completes --till with the tills the history knows.
        let completed = try await runPaylink(["---completion", "display", "--", "--till", "2", "0"], environment: world.env)
        #expect(completed.stdout.split(separator: "\n") == ["counter-1"], "\(completed.stdout)")
        let badTill = try await runPaylink(["--till", "../x"], environment: world.env)
        #expect(badTill.status == 2)
        #expect(badTill.stderr.contains("a till's name is"), "\(badTill.stderr)")
        try till.press("C-c")
        till.waitFor(text: "EXIT=0")
    }
}
