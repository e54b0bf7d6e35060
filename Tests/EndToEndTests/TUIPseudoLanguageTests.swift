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
        // The sentences open at this point, innermost last (a sentence may hold another: "⟦Order … ⟦paid …⟧ …⟧"), each
        // with whether it showed a "…": then it may end there, shortened in view, and the next ⟦ or the row's end closes it.
        var open: [(text: String, elided: Bool)] = []
        for (number, line) in screen.components(separatedBy: "\n").enumerated() {
            for character in line {
                if character == "⟦" {
                    if open.last?.elided == true { open.removeLast() }
                    open.append(("", false))
                } else if character == "⟧" {
                    if open.popLast() == nil { problems.append("row \(number): a ⟧ without its start: \(line)") }
                } else if !open.isEmpty {
                    open[open.count - 1].text.append(character)
                    if character == "…" { open[open.count - 1].elided = true }
                }
            }
            if open.last?.elided == true { open.removeLast() }
        }
        for sentence in open { problems.append("“\(sentence.text)” is never closed") }
        return problems
    }

    /// The inside of the box a pop-up draws (┌ … ┘): what the screen behind it shows is not the pop-up's to keep whole.
    static func insideBox(_ screen: String) -> String {
        let lines = screen.components(separatedBy: "\n").map(Array.init)
        guard let top = lines.firstIndex(where: { $0.contains("┌") }), let left = lines[top].firstIndex(of: "┌"),
              let right = lines[top].lastIndex(of: "┐"),
              let bottom = lines[(top + 1)...].firstIndex(where: { $0.contains("└") })
        else { return screen }
        return lines[(top + 1)..<bottom].map { String($0[min(left + 1, $0.count)..<min(right, $0.count)]) }.joined(separator: "\n")
    }

    @Test("The pseudo-language's longer sentences are neither cut nor overlapped on any screen at 80×24 and 60×20")
    func longerSentencesFitEveryScreen() async throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let sandbox = try #require(world.sandbox)
        let csv = world.home.root.appendingPathComponent("rows.csv")
        try "purchase.reference,purchase.currency,purchase.amount,name,experience.language,payer_information.email\nPS-1,EUR,3.00,Mug,en,ona@example.com\nPS-2,EUR,,Cup,en,nope\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        for (width, height) in [(80, 24), (60, 20)] {
            var seen: [String: String] = [:]
            let tui = try TUITmux(
                arguments: ["--ui-language", "pseudo", "--reference", "PS-\(width)", "--name", "Mug", "--language", "en",
                            "--payer-name", "Ona Onaitė"],
                environment: world.env, width: width, height: height, scratch: world.home.root)
            seen["form"] = tui.waitFor(text: "⟦ñéw", timeout: 20)
            // The customer display beside the till, in the pseudo-language for every link too.
            let display = try TUITmux(
                arguments: ["display", "--language", "pseudo"], environment: world.env, width: width, height: height,
                scratch: world.home.root)
            seen["display idle"] = display.waitFor(text: "⟦Šçåñ", timeout: 20)
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
            seen["display link"] = display.waitFor("the link on the display", timeout: 10) {
                $0.contains("⟦Tö påý") || $0.contains("⟦Šçŕééñ")
            }
            try tui.press("z")
            seen["QR view"] = tui.waitFor(text: "⟦båçķ")
            try tui.press("Escape")
            // Paid on the sandbox: the display says so, and the till's refund pop-up opens on the paid link.
            let listed = try await runPaylink(["list", "--json"], environment: world.env)
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
            let linkID = try #require(rows.first { ($0["reference"] as? String) == "PS-\(width)" }?["link_id"] as? String)
            #expect(try await httpRequest("POST", sandbox.baseURL + "/sandbox/payment-links/\(linkID)/pay").status == 200)
            seen["display paid"] = display.waitFor(text: "⟦Påîð", timeout: 10)
            tui.waitFor(text: "⟦PÅÎD", timeout: 10)
            try tui.press("r")
            seen["refund pop-up"] = Self.insideBox(tui.waitFor(text: "ŕémåîñš", timeout: 10))
            try tui.press("Escape", "F4")
            seen["takings"] = tui.waitFor("the takings' figures", timeout: 10) { $0.contains("⟦Tåķîñĝš") && $0.contains("ñéţ") }
            try tui.press("Escape", "F2")
            seen["history"] = tui.waitFor("the history's row", timeout: 15) { $0.contains("PS-\(width)") || $0.contains("Mug") }
            try tui.press("C-c")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
            try display.press("C-c")
            #expect(display.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
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
