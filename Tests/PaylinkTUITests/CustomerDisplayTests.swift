import Foundation
import PaylinkCore
import PaylinkStore
import PayseraCheckout
import TestSupport
import Testing
@testable import PaylinkTUI

/// A link as the till's history row gives it to the display: 1 234,50 EUR for a Lithuanian customer, 15 minutes.
func customerLink(
    amount: Int? = 123_450, currency: String = "EUR", language: String? = "lt", url: String = longestSandboxURL,
    lifetime: TimeInterval = 900, status: LinkStatus? = .active
) -> CustomerLink {
    CustomerLink(
        amount: amount, currency: currency, language: language, paymentURL: url, createdAt: t0,
        expiresAt: lifetime == 0 ? nil : t0.addingTimeInterval(lifetime), status: status)
}

/// The display following a till: messages in, frames out.
struct DisplayDriver {
    var state: DisplayState
    var shown = 0

    init(width: Int = 80, height: Int = 24, shopLanguage: String? = "lt",
         capabilities: TerminalCapabilities = TerminalCapabilities(colours: 256, unicode: true)) {
        state = DisplayState(
            width: width, height: height, now: t0, timeZone: TimeZone(identifier: "UTC")!, capabilities: capabilities,
            shopNames: ["": "Kavinė Pupa"], shopLanguages: shopLanguage.map { ["": $0] } ?? [:])
    }

    var screen: ScreenBuffer { DisplayProgram.view(state) }

    /// The till shows `link` (a new one unless `same`), or no link.
    mutating func till(_ link: CustomerLink?, same: Bool = false) {
        if !same { shown += 1 }
        DisplayProgram.update(&state, .till(TillShowing(profile: "sandbox", shown: shown, pid: nil, link: link)))
    }

    mutating func wait(_ seconds: TimeInterval) {
        DisplayProgram.update(&state, .tick(state.now.addingTimeInterval(seconds)))
    }
}

@Suite(.ownThread) struct CustomerDisplayTests {
    @Test func idleShowsTheShopsNameAndScanToPayInTheShopsLanguage() {
        let display = DisplayDriver()
        #expect(display.screen.text.contains("Kavinė Pupa"))
        #expect(display.screen.text.contains("Nuskenuokite ir sumokėkite"))
        expectGolden(display.screen, "display-idle-80x24")
        #expect(DisplayDriver(shopLanguage: "en_GB.UTF-8").screen.text.contains("Scan to pay"))
        #expect(DisplayDriver(shopLanguage: "xx").screen.text.contains("Scan to pay"))
    }

    @Test func idleSpeaksTheLanguageOfTheTillsProfile() {
        var display = DisplayDriver()
        display.state.shopLanguages = ["sandbox": "pl", "": "en"]
        #expect(display.screen.text.contains("Scan to pay"), "before the till's row is read")
        display.till(nil)
        #expect(display.screen.text.contains("Zeskanuj, aby zapłacić"))
        #expect(CustomerWords.speaks("lv_LV.UTF-8") && !CustomerWords.speaks("C.UTF-8") && !CustomerWords.speaks("de"))
    }

    @Test func aLinkAt80x24ShowsTheCodeBesideTheAmountInFiguresAndTheTimeLeft() throws {
        var display = DisplayDriver()
        display.till(customerLink(amount: 1250))
        let screen = display.screen
        let drawing = try #require(QRFit(encoding: longestSandboxURL).drawing(columns: 80 - DisplayProgram.columnBeside - 3, rows: 24))
        let qrCells = (0..<24).flatMap { r in (0..<80).filter { screen[r, $0].role == .qr } }
        #expect(qrCells.count == drawing.rows * drawing.columns)
        #expect(try modulesSeen(qrRows(screen)) == modulesSeen(drawing.halfBlockRows))
        #expect(screen.text.contains("Mokėti"))
        #expect(screen.text.contains("Galioja dar 15:00"))
        #expect(screen.text.contains("▄▀▀▀"), "the € in figures three rows tall")
        expectGolden(screen, "display-link-80x24")
        display.wait(1)
        #expect(display.screen.text.contains("Galioja dar 14:59"))
    }

    @Test func aShopNameLongerThanTheColumnWrapsAndTheAmountStaysInFigures() {
        var display = DisplayDriver()
        display.state.shopNames = ["": "Kavinė „Žalias puodelis“ – Vilniaus g. 12, Vilnius"]
        display.till(customerLink(amount: 1250))
        let text = display.screen.text
        // In figures, the amount is never written in letters.
        #expect(!text.contains("12,50 €"), "the amount in letters, not in figures:\n\(text)")
        #expect(text.contains("Kavinė „Žalias") && text.contains("Vilnius"), "the whole name, wrapped:\n\(text)")
    }

    @Test func aLinkAt60x20ShowsAShortURLsCodeAndTheAmountOnOneLineAndSaysWhatALongOneNeeds() throws {
        let short = "https://pay.example.lt/c/8f3kQ2mZx7LpT4vW9yBn"
        var display = DisplayDriver(width: 60, height: 20)
        display.till(customerLink(url: short))
        let screen = display.screen
        let rows = try qrRows(screen)
        #expect(rows.count <= 20)
        let drawing = try #require(QRFit(encoding: short).drawing(columns: 60 - DisplayProgram.columnBeside - 3, rows: 20))
        #expect(modulesSeen(rows) == modulesSeen(drawing.halfBlockRows))
        #expect(screen.text.contains("1\u{00A0}234,50 €"))
        expectGolden(screen, "display-link-60x20")
        // The longest sandbox URL needs more rows than 20 can hold at two modules a row.
        display.till(customerLink())
        #expect(display.screen.text.contains("Ekranas per mažas: reikia 66×23"))
    }

    @Test func aScreenTooSmallForTheCodeSaysWhatItNeedsInTheCustomersLanguage() {
        var display = DisplayDriver(width: 44, height: 14)
        display.till(customerLink(language: "pl"))
        #expect(display.screen.text.contains("Ekran jest za mały: potrzeba"))
        #expect(!display.screen.text.contains("▀"))
        var tiny = DisplayDriver(width: 20, height: 6, shopLanguage: "en")
        #expect(tiny.screen.text.contains("Screen too small"))
        tiny.till(customerLink(language: "et"))
        #expect(tiny.screen.text.contains("Ekraan on liiga"))
        DisplayProgram.update(&tiny.state, .resize(width: 80, height: 24))
        #expect(tiny.screen.text.contains("Tasuda"))
    }

    @Test func paidShowsATickAndTheAmountForAFewSecondsThenIdle() {
        var display = DisplayDriver()
        display.till(customerLink(language: "en"))
        display.till(customerLink(language: "en", status: .completed), same: true)
        let paid = display.screen.text
        #expect(paid.contains("✓ Paid"))
        #expect(paid.contains("Thank you!"))
        #expect(!paid.contains("▀▀▀▀▀▀▀"), "no code once paid")
        expectGolden(display.screen, "display-paid-80x24")
        // The till goes back to its form at once: PAID stays for its seconds.
        display.till(nil)
        display.wait(DisplayState.paidHold - 1)
        #expect(display.screen.text.contains("✓ Paid"))
        display.wait(1)
        #expect(display.state.phase == .idle)
        #expect(display.screen.text.contains("Scan to pay") || display.screen.text.contains("Nuskenuokite"))
    }

    @Test func aNewLinkTakesOverFromPaidAtOnce() {
        var display = DisplayDriver()
        display.till(customerLink())
        display.till(customerLink(status: .completed), same: true)
        display.till(customerLink(amount: 500, language: "lv"))
        #expect(display.screen.text.contains("Jāmaksā"))
    }

    @Test func anExpiredOrCancelledLinkIsSaidThenTheDisplayIsIdleWhileTheTillStillShowsIt() {
        var display = DisplayDriver()
        display.till(customerLink(language: "et", lifetime: 60))
        display.wait(60)
        #expect(display.screen.text.contains("Makselingi kehtivus on lõppenud"))
        display.wait(DisplayState.endedHold)
        #expect(display.state.phase == .idle)
        display.till(customerLink(language: "et", lifetime: 60), same: true)
        #expect(display.state.phase == .idle)

        display.till(customerLink(language: "pl"))
        display.till(customerLink(language: "pl", status: .canceled), same: true)
        #expect(display.screen.text.contains("Płatność została anulowana"))
    }

    @Test func aLinkThatCameAlreadyPaidIsNotTheCustomersToSee() {
        var display = DisplayDriver()
        display.till(customerLink(status: .completed))
        #expect(display.state.phase == .idle)
    }

    @Test func theTillLeavingItsResultTakesTheLinkOff() {
        var display = DisplayDriver()
        display.till(customerLink())
        #expect(display.screen.text.contains("Mokėti"))
        display.till(nil)
        #expect(display.state.phase == .idle)
        display.till(customerLink())
        DisplayProgram.update(&display.state, .till(nil))
        #expect(display.state.phase == .idle)
    }

    @Test func qCtrlCOrASignalClose() {
        for msg: DisplayMsg in [.key(.char("q")), .key(.ctrl("c")), .key(.escape), .terminate] {
            var display = DisplayDriver()
            DisplayProgram.update(&display.state, msg)
            #expect(display.state.quitting)
        }
        var display = DisplayDriver()
        DisplayProgram.update(&display.state, .key(.char("x")))
        #expect(!display.state.quitting)
    }

    @Test func aTerminalWithoutUnicodeGetsTheAmountAndASentenceInsteadOfTheCode() {
        var display = DisplayDriver(shopLanguage: "en", capabilities: TerminalCapabilities(colours: 0, unicode: false))
        display.till(customerLink(amount: 1250, language: "en"))
        #expect(display.screen.text.contains("€12.50"))
        #expect(display.screen.text.contains("This screen cannot draw the code"))
    }

    @Test func withoutColoursTheCodeIsDrawnInTheTerminalsTextColourLightSideDark() throws {
        var display = DisplayDriver(capabilities: TerminalCapabilities(colours: 0, unicode: true))
        display.till(customerLink())
        let screen = display.screen
        #expect(!(0..<24).contains { r in (0..<80).contains { screen[r, $0].role == .qr } })
        let drawing = try #require(QRFit(encoding: longestSandboxURL).drawing(columns: 80 - DisplayProgram.columnBeside - 3, rows: 24))
        let top = (24 - drawing.rows) / 2
        for (i, row) in drawing.halfBlockRows.enumerated() {
            #expect(screen.line(top + i).dropFirst().hasPrefix(QRDrawing.lightOnTerminalText(row)))
        }
    }

    @Test func aLinkLivingMoreThanADaySaysUntilWhen() {
        var display = DisplayDriver()
        display.till(customerLink(language: "en", lifetime: 3 * 86_400))
        #expect(display.screen.text.contains("Valid until 28 Nov 12:00"))
    }

    @Test func amountsInEachLanguagesForm() {
        func shown(_ minor: Int, _ currency: String, _ language: UILanguage) -> String {
            Money.shown(minor: minor, currency: currency, language: language).text
        }
        #expect(shown(1250, "EUR", .en) == "€12.50")
        #expect(shown(123_450, "EUR", .en) == "€1,234.50")
        #expect(shown(1250, "EUR", .lt) == "12,50 €")
        #expect(shown(123_450, "EUR", .lv) == "1\u{00A0}234,50 €")
        #expect(shown(123_450, "PLN", .pl) == "1234,50 zł")
        #expect(shown(1_234_500, "EUR", .et) == "12\u{00A0}345,00 €")
        #expect(shown(1250, "JPY", .en) == "1,250 JPY")
        #expect(shown(1250, "SEK", .lt) == "12,50 SEK")
    }

    @Test func everyLanguageSaysEveryPhraseAndAnUnknownLanguageFallsBackToEnglish() {
        #expect(Set(CustomerWords.languages).isSuperset(of: ["en", "lt", "lv", "et", "pl"]))
        let phrases: [ScreenMessage] = [
            .displayScanToPay, .displayToPay, .displayValidFor, .displayValidUntil, .displayPaid, .displayThankYou,
            .displayExpired, .displayCanceled, .displayNeedsUnicode,
        ]
        for language in CustomerWords.languages {
            for phrase in phrases {
                #expect(CustomerWords(language: language)[phrase].isEmpty == false, "\(language) lacks \(phrase)")
            }
        }
        #expect(CustomerWords(language: "ru").language == .en)
        #expect(CustomerWords(language: "LT").language == .lt)
        #expect(CustomerWords(language: "lt").tooSmall(columns: 60, rows: 20) == "Ekranas per mažas: reikia 60×20")
    }

    @Test func theTillFeedsTheLinkOnlyWhileItsResultOrQRViewIsUp() {
        var t = InMemoryTerminal(draft: validDraft(), width: 80, height: 24, now: t0)
        #expect(TillFeed(t.state).linkID == nil)
        t.press(.ctrl("s"))
        t.send(.created(.created(sampleLink())))
        #expect(TillFeed(t.state).linkID == sampleLink().linkID)
        t.press(.char("z"))
        #expect(TillFeed(t.state).linkID == sampleLink().linkID)
        t.press(.escape, .char("n"))
        #expect(t.state.screen == .form)
        #expect(TillFeed(t.state).linkID == nil)
        #expect(TillFeed(t.state).profile == "sandbox")
    }

    /// The half-block rows of the code on screen: the cells drawn in the QR role, row by row.
    func qrRows(_ screen: ScreenBuffer) throws -> [String] {
        let rows = (0..<screen.height).compactMap { r -> String? in
            let cells = (0..<screen.width).filter { screen[r, $0].role == .qr }
            guard !cells.isEmpty else { return nil }
            return String(cells.compactMap { screen[r, $0].char })
        }
        return try #require(rows.isEmpty ? nil : rows, "no code on:\n\(screen.text)")
    }
}
