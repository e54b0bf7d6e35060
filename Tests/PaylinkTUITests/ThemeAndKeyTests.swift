import Foundation
import PaylinkTUI
import TestSupport
import Testing

@Suite(.ownThread) struct Themes {
    let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes").path

    @Test(arguments: ["default", "light", "high-contrast", "mono", "paysera"])
    func shippedThemesLoadWithoutProblems(name: String) {
        let catalogue = ThemeCatalogue(environment: [:], extraDirectories: [shipped])
        let (theme, problem) = catalogue.load(name)
        #expect(problem == nil)
        #expect(theme.name == name)
    }

    @Test func brokenThemeNamesFileAndLineAndFallsBackToDefault() throws {
        let folder = try TemporaryDirectory(prefix: "paylink-themes")
        let dir = folder.url
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("paylink/themes"), withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("paylink/themes/broken.yaml")
        try "roles:\n  text: default\n  focus: purple-ish on black\n".write(to: file, atomically: true, encoding: .utf8)
        let catalogue = ThemeCatalogue(environment: ["XDG_CONFIG_HOME": dir.path], extraDirectories: [shipped])
        let (theme, problem) = catalogue.load("broken")
        #expect(problem?.contains("broken.yaml, line 3") == true, "\(problem ?? "")")
        #expect(problem?.contains("purple-ish") == true)
        #expect(theme.name == "default")
        let syntax = dir.appendingPathComponent("paylink/themes/syntax.yaml")
        try "roles:\n  text: [unclosed\n".write(to: syntax, atomically: true, encoding: .utf8)
        let (_, problem2) = catalogue.load("syntax")
        #expect(problem2?.contains("syntax.yaml, line") == true, "\(problem2 ?? "")")
    }

    @Test func unknownRoleIsNamed() {
        let result = Theme.parse("roles:\n  txet: red\n", name: "x", file: "x.yaml")
        guard case .failure(let error) = result else {
            Issue.record("accepted an unknown role")
            return
        }
        #expect(error.line == 2)
        #expect(error.message.contains("txet"))
    }

    @Test func coloursQuantiseToWhatTheTerminalHas() {
        let blue = ThemeColour("#0066cc")
        #expect(blue != nil)
        #expect(blue?.quantised(to: 256) == 26)
        #expect((0..<16).contains(blue?.quantised(to: 16) ?? -2))
        #expect((0..<8).contains(blue?.quantised(to: 8) ?? -2))
        #expect(ThemeColour("#ff0000")?.quantised(to: 8) == 1)
        #expect(ThemeColour("bright-red")?.quantised(to: 8) == 1)
        #expect(ThemeColour("208")?.quantised(to: 256) == 208)
        #expect(ThemeColour("default")?.quantised(to: 256) == -1)
        #expect(ThemeColour("#12345") == nil)
        #expect(ThemeColour("300") == nil)
    }

    @Test func noColorEnvironmentMeansColourless() {
        #expect(TUIOptions(environment: ["NO_COLOR": "1"]).colourless)
        #expect(TUIOptions(environment: ["TERM": "dumb"]).colourless)
        #expect(TUIOptions(noColor: true, environment: [:]).colourless)
        #expect(!TUIOptions(environment: ["TERM": "xterm-256color"]).colourless)
    }
}

@Suite(.ownThread) struct KeyTableTests {
    @Test func remapByActionIDChangesDispatchAndTheBar() {
        let (table, problems) = KeyTable.remapped(["submit": ["f2"], "nope": ["x"], "copy": ["ctrl+y", "???"]])
        #expect(table.action(for: .function(2), in: [.form]) == .submit)
        #expect(table.action(for: .ctrl("s"), in: [.form]) == nil)
        #expect(table.action(for: .ctrl("y"), in: [.result]) == .copy)
        #expect(problems.contains { $0.contains("nope") })
        #expect(problems.contains { $0.contains("???") })
        var state = AppState(draft: validDraft(), width: 80, height: 24, now: t0, isSandbox: true, profileName: "sandbox", keys: table)
        #expect(TerminalProgram.update(&state, .key(.function(2))) == [.create(validDraft())])
        #expect(TerminalProgram.view(state).contains("F2 create the link"))
    }

    @Test func keyNamesParse() {
        #expect(Key(name: "ctrl+s") == .ctrl("s"))
        #expect(Key(name: "shift+tab") == .backTab)
        #expect(Key(name: "F1") == .function(1))
        #expect(Key(name: "?") == .char("?"))
        #expect(Key(name: "space") == .char(" "))
        #expect(Key(name: "hyper+q") == nil)
    }

    @Test(arguments: [(80, 24), (60, 20), (120, 45)])
    func helpScreenListsEveryBindingOnceScrolledThrough(size: (Int, Int)) {
        var t = terminal(width: size.0, height: size.1)
        t.press(.function(1))
        var seen = Set<String>()
        var pages = 0
        while pages < 40 {
            let body = (2..<(size.1 - 3)).map { t.screen.line($0) }
            for line in body { seen.insert(line.trimmingCharacters(in: .whitespaces)) }
            let before = t.state.helpScroll
            t.press(.pageDown)
            pages += 1
            if t.state.helpScroll == before { break }
        }
        #expect(pages > 1, "the help fits one page at \(size); nothing scrolled")
        for binding in KeyTable.standard.bindings {
            let keys = binding.keys.map(\.label).joined(separator: " ")
            #expect(seen.contains { $0.hasPrefix(keys) && $0.hasSuffix(binding.help) }, "\(keys) \(binding.help) never shown at \(size)")
        }
    }
}
