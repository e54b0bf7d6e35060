import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

/// The seed's `payment_URL` from Paysera's documentation (122 characters).
let seedPaymentURL = "https://api.paysera.com/checkout-payment-link/payment-collection/v1/payment-links/abc123def456GhiJkl_mNOpQrStUvWxYz0123456"
/// The longest URL a `paylink sandbox` makes: the highest port and a 40-character page token.
let longestSandboxURL = "http://127.0.0.1:65535/checkout-payment-link/payment-collection/v1/payment-links/" + String(repeating: "Zz9_", count: 10)

/// Reads the modules back out of half-block rows: what a camera sees, as dark (true) and light dots.
func modulesSeen(_ rows: [String]) -> [[Bool]] {
    rows.flatMap { row -> [[Bool]] in
        let top = row.map { $0 == "█" || $0 == "▀" }
        let bottom = row.map { $0 == "█" || $0 == "▄" }
        return [top, bottom]
    }
}

@Suite(.ownThread) struct QRView {
    func shown(_ link: PaymentLink = sampleLink(url: seedPaymentURL), width: Int = 80, height: Int = 24,
               capabilities: TerminalCapabilities = TerminalCapabilities(colours: 256, unicode: true)) -> InMemoryTerminal {
        var t = InMemoryTerminal(draft: validDraft(), width: width, height: height, now: t0, capabilities: capabilities)
        t.press(.ctrl("s"))
        t.send(.created(.created(link)))
        t.press(.char("z"))
        return t
    }

    @Test func zOpensTheViewFromTheResultAndEscOrZGoesBack() {
        var t = InMemoryTerminal(draft: validDraft(), width: 80, height: 24, now: t0)
        t.press(.ctrl("s"))
        t.send(.created(.created(sampleLink(url: seedPaymentURL))))
        #expect(t.screen.line(23).contains("z QR code"))
        t.press(.char("z"))
        #expect(t.state.screen == .qr)
        t.press(.escape)
        #expect(t.state.screen == .result)
        t.press(.char("z"), .char("z"))
        #expect(t.state.screen == .result)
    }

    @Test func theSeedsURLAndTheSandboxsURLsShowAt80x24() throws {
        for url in [seedPaymentURL, longestSandboxURL] {
            let fit = QRFit(encoding: url)
            let drawing = try #require(fit.drawing(columns: 80, rows: 23), "\(url.count)-character URL does not fit 80×24")
            #expect(drawing.rows <= 23 && drawing.columns <= 80)
            let t = shown(sampleLink(url: url))
            let qrCells = (0..<24).flatMap { r in (0..<80).filter { t.screen[r, $0].role == .qr } }
            #expect(qrCells.count == drawing.rows * drawing.columns)
        }
    }

    @Test func levelMWithFourModulesOfQuietZoneWhenItFitsElseLElseTwoModules() throws {
        let fit = QRFit(encoding: seedPaymentURL)
        let medium = try #require(fit.medium)
        let low = try #require(fit.low)
        #expect(low.size < medium.size)
        let roomy = try #require(fit.drawing(columns: 120, rows: 39))
        #expect(roomy.code.level == .medium && roomy.quietZone == 4)
        let lowFour = try #require(fit.drawing(columns: low.size + 8, rows: (low.size + 8 + 1) / 2))
        #expect(lowFour.code.level == .low && lowFour.quietZone == 4)
        let at80x24 = try #require(fit.drawing(columns: 80, rows: 23))
        #expect(at80x24.code.level == .low && at80x24.quietZone == 2 && at80x24.scale == 1)
        // A big screen takes the best code, scaled up.
        let huge = try #require(fit.drawing(columns: 250, rows: 80))
        #expect(huge.code.level == .medium && huge.quietZone == 4 && huge.scale == 3)
    }

    @Test func theDrawingHoldsEveryModuleAndALightQuietZone() throws {
        let fit = QRFit(encoding: seedPaymentURL)
        let drawing = try #require(fit.drawing(columns: 80, rows: 23))
        let seen = modulesSeen(drawing.halfBlockRows)
        let q = drawing.quietZone
        for r in 0..<drawing.modules {
            for c in 0..<drawing.modules {
                #expect(seen[r][c] == drawing.code.isDark(r - q, c - q))
            }
        }
        #expect(seen[0].allSatisfy { !$0 } && seen[1].allSatisfy { !$0 })
    }

    @Test func theStatusLineSitsUnderTheCode() {
        let t = shown()
        let line = t.screen.line(23)
        #expect(line.contains("ACTIVE"))
        #expect(line.contains("€25.00"))
        #expect(line.contains("Leather wallet"))
        #expect(line.contains("expires in 3d 00:00:00"))
        #expect(line.contains("esc back"))
    }

    @Test func tooSmallForAnyCodeSaysTheExactSizeNeeded() throws {
        let t = shown(width: 60, height: 20)
        let smallest = try #require(QRFit(encoding: seedPaymentURL).smallest)
        #expect(t.screen.contains("enlarge the terminal to \(smallest.columns)×\(smallest.rows + 1)"))
        #expect(t.screen.contains("45×24"))
    }

    @Test func paidReplacesTheCodeWithALargePaid() {
        var t = shown()
        t.send(.statusChanged(sampleLink(url: seedPaymentURL, status: .completed)))
        let screen = t.screen
        let qrCells = (0..<24).flatMap { r in (0..<80).filter { screen[r, $0].role == .qr } }
        #expect(qrCells.isEmpty)
        #expect(screen.line(23).contains("PAID"))
        let big = (0..<23).filter { screen.line($0).contains("██") }
        #expect(big.count == 5)
        #expect(big.allSatisfy { r in screen.roles(r).contains(.success) })
    }

    @Test func paidInALanguageWithoutLargeLettersShowsALargeTickOverItsWord() {
        var t = shown()
        t.state.language = .lt
        t.send(.statusChanged(sampleLink(url: seedPaymentURL, status: .completed)))
        let screen = t.screen
        #expect((0..<23).contains { screen.line($0).contains("▀██▄▄██▀") })
        #expect((0..<23).contains { screen.line($0).trimmingCharacters(in: .whitespaces) == "APMOKĖTA" })
    }

    @Test func withoutColoursLightModulesTakeTheTerminalsTextColour() throws {
        let t = shown(capabilities: TerminalCapabilities(colours: 0, unicode: true))
        let screen = t.screen
        let drawing = try #require(QRFit(encoding: seedPaymentURL).drawing(columns: 80, rows: 23))
        let left = (80 - drawing.columns) / 2
        // The quiet zone is drawn as full blocks (light), so the code reads right on a dark terminal.
        #expect(screen.line(0).dropFirst(left).prefix(drawing.columns).allSatisfy { $0 == "█" })
        #expect(!(0..<24).contains { r in screen.roles(r).contains(.qr) })
    }

    @Test func pPaysOnTheSandboxFromTheView() {
        var t = shown()
        #expect(t.press(.char("p")) == [.simulatePayment(linkID: sampleLink().linkID)])
    }

    @Test func goldenScreens() {
        expectGolden(shown().screen, "qr-80x24")
        expectGolden(shown(width: 100, height: 30).screen, "qr-100x30")
        expectGolden(shown(width: 120, height: 40).screen, "qr-120x40")
        var paid = shown()
        paid.send(.statusChanged(sampleLink(url: seedPaymentURL, status: .completed)))
        expectGolden(paid.screen, "qr-paid-80x24")
    }
}

@Suite(.ownThread) struct StatusPollingPace {
    func shown(screen: Character? = "z") -> InMemoryTerminal {
        var t = InMemoryTerminal(draft: validDraft(), width: 80, height: 24, now: t0)
        t.press(.ctrl("s"))
        t.send(.created(.created(sampleLink())))
        if let screen { t.press(.char(screen)) }
        t.clearEffects()
        return t
    }

    func polls(_ t: InMemoryTerminal) -> Int { t.effects.filter { if case .refresh = $0 { true } else { false } }.count }

    @Test func onceASecondWhileShownNeverTwiceInASecond() {
        var t = shown()
        for s in 1...10 {
            t.send(.tick(t0.addingTimeInterval(Double(s))))
            t.send(.tick(t0.addingTimeInterval(Double(s) + 0.5)))
            #expect(polls(t) == s)
            t.send(.statusChanged(sampleLink()))
        }
    }

    @Test func slowerAfterTheFirstMinutes() {
        var t = shown()
        var s = 0.0
        while s < 600 {
            s += 1
            t.send(.tick(t0.addingTimeInterval(s)))
            t.send(.statusChanged(sampleLink()))
        }
        // 180 quick polls, then one every 5 s.
        #expect(polls(t) == 180 + (600 - 180) / 5)
    }

    @Test func noneWhileTheLinkIsNotOnScreenAndAtOnceWhenItComesBack() {
        var t = shown()
        t.press(.char("z"), .char("n"))
        #expect(t.state.screen == .form)
        for s in 1...30 { t.send(.tick(t0.addingTimeInterval(Double(s)))) }
        #expect(polls(t) == 0)
        t.press(.escape)
        #expect(t.state.screen == .result)
        t.send(.tick(t0.addingTimeInterval(31)))
        #expect(polls(t) == 1)
    }

    @Test func aRetryAfterIsHonouredAndAFailedPollKeepsTheStatus() {
        var t = shown()
        t.send(.statusChanged(sampleLink(status: .active)))
        t.send(.tick(t0.addingTimeInterval(1)))
        #expect(polls(t) == 1)
        t.send(.statusLimited(retryAfter: 30))
        for s in 2...30 { t.send(.tick(t0.addingTimeInterval(Double(s)))) }
        #expect(polls(t) == 1)
        t.send(.tick(t0.addingTimeInterval(31)))
        #expect(polls(t) == 2)
        t.send(.statusFailed("connection refused"))
        #expect(t.screen.line(23).contains("ACTIVE"))
        t.send(.tick(t0.addingTimeInterval(32)))
        #expect(polls(t) == 3)
    }
}
