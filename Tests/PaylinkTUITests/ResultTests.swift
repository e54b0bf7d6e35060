import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

@Suite(.ownThread) struct ResultScreen {
    func made(_ link: PaymentLink = sampleLink(), width: Int = 80, height: Int = 24, sandbox: Bool = true) -> InMemoryTerminal {
        var t = terminal(validDraft(), width: width, height: height, sandbox: sandbox)
        t.press(.ctrl("s"))
        t.send(.created(.created(link)))
        return t
    }

    @Test func showsTheWholeURLWrappedNeverCut() {
        let url = "https://sandbox.local/checkout-payment-link/payment-collection/v1/payment-links/" + String(repeating: "Ab9", count: 40)
        for (w, h) in [(80, 24), (60, 20), (40, 12)] {
            let t = made(sampleLink(url: url), width: w, height: h)
            let text = t.screen.text
            let joined = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
            #expect(joined.contains(url), "URL cut at \(w)×\(h):\n\(text)")
        }
    }

    @Test func theWrappedURLsRowsAreOneLinkToTheWholeURL() {
        let url = "https://sandbox.local/checkout-payment-link/payment-collection/v1/payment-links/" + String(repeating: "Ab9", count: 40)
        for (w, h) in [(80, 24), (60, 20), (40, 12)] {
            let screen = made(sampleLink(url: url), width: w, height: h).screen
            let links = screen.hyperlinks
            #expect(links.count >= 2 && links.allSatisfy { $0.url == url }, "at \(w)×\(h): \(links)")
            let text = links.map { link in (link.col..<(link.col + link.width)).map { screen[link.row, $0].char.map(String.init) ?? "" }.joined() }
            #expect(text.joined() == url, "the marked cells spell the URL at \(w)×\(h)")
        }
        #expect(Hyperlink.target("https://pay.example/\u{1B}]8;;x\u{7}ė") == "https://pay.example/%1B]8;;x%07%C4%97")
        #expect(Hyperlink.target("javascript:alert(1)") == nil)
        #expect(Hyperlink.enabled(environment: ["TERM": "xterm-kitty"]))
        #expect(!Hyperlink.enabled(environment: ["TERM": "xterm-kitty", "TMUX": "/tmp/t"]))
        #expect(!Hyperlink.enabled(environment: ["TERM": "xterm-256color"]))
        #expect(Hyperlink.enabled(environment: ["TERM": "xterm-256color", "PAYLINK_HYPERLINKS": "always"]))
        #expect(!Hyperlink.enabled(environment: ["TERM_PROGRAM": "WezTerm", "PAYLINK_HYPERLINKS": "never"]))
    }

    @Test func countdownGoesDownEachTick() {
        var t = made()
        #expect(t.screen.contains("expires in 3d 00:00:00"))
        t.send(.tick(t0.addingTimeInterval(2)))
        #expect(t.screen.contains("expires in 2d 23:59:58"))
    }

    @Test func countdownWarnsInTheLastMinuteAndSaysExpired() {
        var t = made(sampleLink(lifetime: 3600))
        t.send(.tick(t0.addingTimeInterval(3600 - 30)))
        let screen = t.screen
        guard let row = screen.row(of: "00:30") else {
            Issue.record("no countdown:\n\(screen)")
            return
        }
        #expect(screen.roles(row).contains(.warning))
        t.send(.tick(t0.addingTimeInterval(3601)))
        #expect(t.screen.contains("expired"))
        #expect(t.screen.contains("EXPIRED"))
    }

    @Test func neverExpiringLinkSaysSo() {
        let t = made(sampleLink(lifetime: 0))
        #expect(t.screen.contains("never expires"))
    }

    @Test func statusIsPolledEverySecondAndTheBadgeTurnsPaid() {
        var t = made()
        t.clearEffects()
        t.send(.tick(t0.addingTimeInterval(1)))
        #expect(t.apiEffects == [.refresh(linkID: sampleLink().linkID)])
        // No second poll while one is out.
        t.send(.tick(t0.addingTimeInterval(2)))
        #expect(t.apiEffects.count == 1)
        t.send(.statusChanged(sampleLink(status: .completed)))
        #expect(t.screen.contains("PAID"))
        t.send(.tick(t0.addingTimeInterval(20)))
        // The status answer also asks for the order behind the link; that is no poll.
        #expect(t.apiEffects.filter { if case .loadOrder = $0 { false } else { true } }.count == 1)
    }

    @Test func canceledAndExpiredBadges() {
        var t = made()
        t.send(.statusChanged(sampleLink(status: .canceled)))
        #expect(t.screen.contains("CANCELED"))
        t.send(.statusChanged(sampleLink(status: .expired)))
        #expect(t.screen.contains("EXPIRED"))
    }

    @Test func pSimulatesPaymentOnTheSandboxOnly() {
        var t = made()
        #expect(t.press(.char("p")) == [.simulatePayment(linkID: sampleLink().linkID)])
        t.send(.paymentSimulated(.success(sampleLink(status: .completed))))
        #expect(t.screen.contains("PAID"))
        var live = made(sandbox: false)
        #expect(live.press(.char("p")).isEmpty)
        #expect(!live.screen.contains("SANDBOX"))
        #expect(t.screen.contains("SANDBOX"))
    }

    @Test func aSandboxFoundAfterTheStartGetsTheBadgeAndThePayer() {
        var t = made(sandbox: false)
        #expect(!t.screen.contains("SANDBOX"))
        t.send(.sandboxConfirmed(profile: t.state.profileName))
        #expect(t.screen.contains("SANDBOX"))
        #expect(t.press(.char("p")) == [.simulatePayment(linkID: sampleLink().linkID)])
    }

    @Test func aSandboxAnswerForAProfileNoLongerInUseIsIgnored() {
        var t = made(sandbox: false)
        t.send(.sandboxConfirmed(profile: t.state.profileName + "-before"))
        #expect(!t.screen.contains("SANDBOX"))
        #expect(t.press(.char("p")).isEmpty)
    }

    @Test func copyOpenNewAndDuplicate() {
        var t = made()
        #expect(t.press(.char("c")) == [.copy(sampleLink().paymentURL)])
        t.send(.copied(.screen(.copiedThrough(tool: nil, failed: false))))
        #expect(t.screen.contains("Copied through the terminal (OSC 52)"))
        #expect(t.press(.char("o")) == [.open(sampleLink().paymentURL)])
        t.press(.char("d"))
        #expect(t.state.screen == .form)
        #expect(t.state.form.draft.name == "Leather wallet")
        #expect(t.state.form.draft.orderMode == .existing)
        t.press(.escape, .escape)
        #expect(t.state.screen == .result)
        t.press(.char("n"))
        #expect(t.state.screen == .form)
        #expect(t.state.form.draft.name.isEmpty)
        #expect(t.state.lastURL == sampleLink().paymentURL)
    }

    @Test func qrCodeIsDrawnBesideTheURLWhenItFits() {
        let t = made(width: 120, height: 40)
        let screen = t.screen
        let qrCells = (0..<screen.height).flatMap { r in (0..<screen.width).filter { screen[r, $0].role == .qr } }
        #expect(qrCells.count > 500)
        #expect(screen.contains("▀") || screen.contains("▄"))
    }

    @Test func qrCodeNoteWhenItDoesNotFitOrTheTerminalCannotShowIt() {
        let small = made()
        #expect(small.screen.contains("QR code: press z to show it full screen"))
        let tiny = made(width: 60, height: 20)
        #expect(tiny.screen.contains("QR code: enlarge the terminal"))
        var plain = InMemoryTerminal(draft: validDraft(), width: 120, height: 40, now: t0, capabilities: TerminalCapabilities(colours: 0, unicode: true))
        plain.press(.ctrl("s"))
        plain.send(.created(.created(sampleLink())))
        #expect(plain.screen.contains("QR code: press z to show it full screen"))
        var ascii = InMemoryTerminal(draft: validDraft(), width: 120, height: 40, now: t0, capabilities: TerminalCapabilities(colours: 256, unicode: false))
        ascii.press(.ctrl("s"))
        ascii.send(.created(.created(sampleLink())))
        #expect(ascii.screen.contains("QR code: needs a UTF-8 terminal with colour"))
    }

    @Test func qrMatrixHasQuietZoneAndHalfBlocks() throws {
        let qr = try #require(QRMatrix(encoding: "https://example.com/pay/abc"))
        let rows = qr.halfBlockRows
        #expect(rows.count == (qr.size + 8 + 1) / 2)
        #expect(rows[0].allSatisfy { $0 == " " })
        #expect(rows[1].allSatisfy { $0 == " " })
        #expect(rows.allSatisfy { $0.count == qr.size + 8 })
        // Finder pattern: the top-left module of the code is dark.
        #expect(qr.isDark(0, 0))
    }

    @Test func serverStringsAreSanitized() {
        var link = sampleLink()
        link.name = "Evil\u{1B}]52;c;AAAA\u{07}Name"
        let t = made(link)
        #expect(t.screen.contains("EvilName"))
        #expect(!t.screen.text.contains("\u{1B}"))
    }
}

@Suite(.ownThread) struct Frames {
    @Test func tooSmallScreenNamesTheRealNumbers() {
        let t = terminal(width: 30, height: 10)
        #expect(t.screen.contains("terminal too small: need 40×12"))
        #expect(t.screen.contains("now 30×10"))
        expectGolden(t.screen, "too-small-30x10")
    }

    @Test func resizeAnyTime() {
        var t = terminal()
        t.send(.resize(width: 30, height: 10))
        #expect(t.screen.contains("too small"))
        // Keys other than quit do nothing while too small.
        t.type("x")
        #expect(t.state.form.draft.reference.isEmpty)
        t.send(.resize(width: 60, height: 20))
        #expect(t.screen.width == 60)
        #expect(t.screen.contains("Reference"))
    }

    @Test func formGoldenAt80x24() {
        var t = terminal()
        t.type("ORDER-1")
        t.press(.tab, .tab)
        t.type("25.00")
        expectGolden(t.screen, "form-80x24")
    }

    @Test func formGoldenAt60x20WithErrors() {
        var t = terminal(width: 60, height: 20)
        t.press(.ctrl("s"))
        expectGolden(t.screen, "form-60x20-errors")
    }

    @Test func resultGoldenAt80x24() {
        var t = terminal(validDraft())
        t.press(.ctrl("s"))
        t.send(.created(.created(sampleLink())))
        t.send(.tick(t0.addingTimeInterval(61)))
        expectGolden(t.screen, "result-80x24")
    }

    @Test func helpGoldenAt80x24() {
        var t = terminal()
        t.press(.function(1))
        expectGolden(t.screen, "help-80x24")
        t.press(.escape)
        #expect(!t.state.showingHelp)
    }

    @Test func formTallerThanTheScreenScrollsToKeepFocusVisible() {
        var t = terminal(width: 60, height: 14)
        for _ in 0..<17 { t.press(.tab) }
        let screen = t.screen
        #expect(t.state.form.focus == .create)
        #expect(screen.contains("Create link"))
        #expect(screen.contains("↑ more"))
        // Going back to the top shows the first group again.
        for _ in 0..<17 { t.press(.backTab) }
        #expect(t.screen.contains("Order"))
    }

    @Test func focusedFieldCursorIsInsideTheVisibleBody() {
        var t = terminal(width: 60, height: 14)
        for _ in 0..<12 {
            t.press(.tab)
            if let c = t.screen.cursor { #expect(c.row >= 2 && c.row < 12) }
        }
    }

    @Test func colourlessFocusAndErrorsStillShow() {
        let theme = Theme.builtIn.colourless
        #expect(theme.style(.focus).reverse)
        #expect(theme.style(.error).bold)
        #expect(theme.style(.focus).foreground == .terminalDefault)
        var t = terminal()
        t.press(.ctrl("s"))
        #expect(t.screen.contains("✗ Reference"))
    }
}

@Suite("Result screen follows the history", .ownThread)
struct HistoryWatchTests {
    @Test("Each tick on the result screen reads the history; a PAID written there by listen turns the screen to Paid, a refund to REFUNDED")
    func paidFromHistory() {
        var t = terminal(validDraft(), width: 80, height: 24, sandbox: true)
        t.press(.ctrl("s"))
        t.send(.created(.created(sampleLink())))
        let id = sampleLink().linkID
        #expect(t.send(.tick(t0.addingTimeInterval(1))).contains(.watchHistory(linkID: id)))
        t.send(.historyStatus(linkID: "other", .completed))
        #expect(!t.screen.contains("PAID"))
        t.send(.historyStatus(linkID: id, .completed))
        #expect(t.screen.contains("PAID"))
        // A paid link is still followed: a refund made on another till or by a callback shows too.
        #expect(t.send(.tick(t0.addingTimeInterval(2))).contains(.watchHistory(linkID: id)))
        t.send(.historyRefunded(linkID: id, 500))
        #expect(t.screen.contains("PART REFUNDED 5.00 of 25.00"))
        t.send(.historyRefunded(linkID: id, 2500))
        #expect(t.screen.contains("REFUNDED") && !t.screen.contains("PART"))
    }
}
