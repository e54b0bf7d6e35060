import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import Testing

/// F1 on each screen: that screen's keys first, then the keys that work everywhere, then the rest, scrolling.
@Suite("The help screen of each screen", .ownThread)
struct HelpScreenTests {
    /// Each screen a clerk can ask for help on, with the title its own keys come under.
    static let screens: [(name: String, title: String)] = [
        ("form", "Form"), ("result", "Result"), ("qr", "QR code view"), ("history", "History"), ("edit", "Form"),
        ("batch", "Batch"),
    ]

    static func on(_ name: String, width: Int = 80, height: Int = 24) -> InMemoryTerminal {
        var t = terminal(validDraft(), width: width, height: height)
        switch name {
        case "result", "qr", "edit":
            t.press(.ctrl("s"))
            t.send(.created(.created(sampleLink())))
            if name == "qr" { t.press(.char("z")) }
            if name == "edit" { t.press(.char("e")) }
        case "history":
            t.state.screen = .history
        case "batch":
            t.press(.function(3))
            t.type("/tmp/invoices.csv")
            t.press(.enter)
            t.send(.batch(.checked(.success(BatchScreenTests.preview()))))
        default:
            break
        }
        t.state.notice = nil
        return t
    }

    @Test("F1 starts with the keys of the screen underneath and scrolls to the rest; golden at 80×24, first page and second",
          arguments: screens.map(\.name))
    func helpOfEachScreen(name: String) throws {
        var t = Self.on(name)
        let title = try #require(Self.screens.first { $0.name == name }?.title)
        t.press(.function(1))
        #expect(t.state.showingHelp)
        #expect(t.screen.line(2).trimmingCharacters(in: .whitespaces) == title, "\(t.screen.text)")
        #expect(t.screen.contains("↓ more: pgdn"))
        expectGolden(t.screen, "help-\(name)-80x24")
        t.press(.pageDown)
        #expect(t.state.helpScroll > 0)
        #expect(t.screen.contains("↑ pgup"))
        expectGolden(t.screen, "help-\(name)-80x24-scrolled")
        // Back at the top, then out: the screen underneath is as it was.
        t.press(.home)
        #expect(t.state.helpScroll == 0)
        t.press(.escape)
        #expect(!t.state.showingHelp)
    }
}
