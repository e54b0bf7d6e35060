import Foundation
import TestSupport
import Testing

/// Every sentence about 40 % longer, accented, between ⟦ and ⟧ (`--ui-language pseudo`): a screen that cuts a
/// sentence or draws one over another loses a ⟧, which this test finds on every screen at 80×24 and 60×20.
@Suite(.serialized, .ownThread)
struct TUIPseudoLanguageTests {
    /// The sentences on a screen that were cut or overlapped: each ⟦ must be closed by a ⟧ before the next ⟦
    /// opens, reading the screen in order (a sentence may wrap onto the next rows). A table cell shortened with a
    /// visible "…" (its row shows it in full on Enter) is not a cut: the reader sees that there is more.
    static func broken(_ screen: String) -> [String] {
        var problems: [String] = []
        var open: String?
        // Whether the open sentence showed a "…" since it began: then it may end there, shortened in view.
        var elided = false
        for (number, line) in screen.components(separatedBy: "\n").enumerated() {
            for character in line {
                if character == "⟦" {
                    if let open, !elided { problems.append("row \(number): “\(open)” is never closed") }
                    open = ""
                    elided = false
                } else if character == "⟧" {
                    if open == nil { problems.append("row \(number): a ⟧ without its start: \(line)") }
                    open = nil
                } else if open != nil {
                    open!.append(character)
                    if character == "…" { elided = true }
                }
            }
            if elided { open = nil }
        }
        if let open { problems.append("the last sentence “\(open)” is never closed") }
        return problems
    }

    @Test("The pseudo-language's longer sentences are neither cut nor overlapped on any screen at 80×24 and 60×20")
    func longerSentencesFitEveryScreen() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let csv = world.home.root.appendingPathComponent("rows.csv")
        try "purchase.reference,purchase.currency,purchase.amount,name,experience.language,payer_information.email\nPS-1,EUR,3.00,Mug,en,ona@example.com\nPS-2,EUR,,Cup,en,nope\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        for (width, height) in [(80, 24), (60, 20)] {
            var seen: [String: String] = [:]
            let tui = try TUITmux(
                arguments: ["--ui-language", "pseudo", "--reference", "PS-\(width)", "--name", "Mug", "--language", "en"],
                environment: world.env, width: width, height: height, scratch: world.home.root)
            seen["form"] = tui.waitFor(text: "⟦ñéw", timeout: 20)
            try tui.press("C-s")
            seen["form with an error"] = tui.waitFor(text: "✗")
            try tui.press("F1")
            seen["help"] = tui.waitFor(text: "⟦çļöšé")
            try tui.press("Escape", "F3")
            seen["batch file prompt"] = tui.waitFor(text: "⟦ÇŠV")
            try tui.press("Escape")
            tui.waitFor(text: "⟦ñéw")
            try tui.type("3.00")
            try tui.press("C-s")
            seen["result"] = tui.waitFor(text: "http", timeout: 15)
            try tui.press("z")
            seen["QR view"] = tui.waitFor(text: "⟦båçķ")
            try tui.press("Escape", "F2")
            seen["history"] = tui.waitFor("the history's row", timeout: 15) { $0.contains("PS-\(width)") || $0.contains("Mug") }
            try tui.press("C-c")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
            let batch = try TUITmux(
                arguments: ["batch", csv.path, "--ui-language", "pseudo"], environment: world.env, width: width, height: height,
                scratch: world.home.root, stdoutIsTerminal: true)
            seen["batch review"] = batch.waitFor(text: "PS-2", timeout: 20)
            try batch.press("C-s")
            seen["batch question"] = batch.waitFor(text: "ý/ñ")
            try batch.press("n", "Escape")
            #expect(batch.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
            for (name, screen) in seen.sorted(by: { $0.key < $1.key }) {
                let problems = Self.broken(screen)
                #expect(problems.isEmpty, "\(width)×\(height) \(name):\n\(problems.joined(separator: "\n"))\n\(screen)")
            }
        }
    }
}
