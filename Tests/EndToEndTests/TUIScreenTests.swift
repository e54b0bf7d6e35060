import Foundation
import TestSupport
import Testing

/// What a clerk meets on the screens at 80×24 and 60×20: real `paylink` in tmux against a real `paylink sandbox`.
@Suite(.serialized, .ownThread)
struct TUIScreenTests {
    @Test("After a sandbox payment the result never shows PAID beside a pending order; the order line turns paid")
    func paidNeverBesidePendingOrder() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let tui = try world.start(["--reference", "PAY-\(UUID().uuidString.prefix(6))", "--amount", "25.00",
                                   "--name", "Žalias puodelis", "--language", "lt"])
        tui.waitFor(text: "SANDBOX")
        try tui.press("C-s")
        tui.waitFor(text: "Payment URL", timeout: 15)
        tui.waitFor(text: "pending_payment", timeout: 15)
        try tui.press("p")
        let deadline = Date().addingTimeInterval(8)
        var last = ""
        while Date() < deadline {
            last = tui.screen()
            #expect(!(last.contains("PAID") && last.contains("pending_payment")), "PAID beside a pending order:\n\(last)")
            if last.contains("PAID"), last.contains("paid €25.00 of €25.00") { break }
            usleep(50_000)
        }
        #expect(last.contains("PAID") && last.contains("paid €25.00 of €25.00"), "\(last)")
        try tui.press("C-c")
        #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
    }

    @Test("F1 on the history starts with the history's keys and scrolls to every other screen's; the bar names e, x, f")
    func helpScrollsAndTheHistoryBarNamesItsKeys() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        for (width, height) in [(80, 24), (60, 20)] {
            let tui = try world.start(width: width, height: height)
            try tui.press("F2")
            // The key bar is the frame's last row: waiting for it means the whole frame is drawn.
            let history = tui.waitFor("the history's key bar") { $0.contains("enter details") && $0.contains("F1 help") }
            let bar = history.components(separatedBy: "\n").filter { !$0.isEmpty }.last ?? ""
            for key in ["e edit", "x cancel", "F1 help"] { #expect(bar.contains(key), "\(key) not in the bar: \(bar)") }
            if width >= 80 { #expect(bar.contains("f fresh link"), "\(bar)") }
            try tui.press("F1")
            let first = tui.waitFor(text: "more: pgdn")
            #expect(first.components(separatedBy: "\n")[2].trimmingCharacters(in: .whitespaces) == "History", "\(first)")
            // Each page is read once it is on screen: a capture taken before the redraw would skip a page.
            var seen = first
            var page = first
            for _ in 0..<24 where !seen.contains("make the links") {
                let before = page
                try tui.press("PageDown")
                page = tui.waitFor("the next page of help") { $0 != before && $0.contains("↑ pgup") }
                seen += page
            }
            #expect(seen.contains("make the links"), "the batch keys never showed:\n\(seen)")
            try tui.press("Escape")
            tui.waitFor(text: "enter details")
            try tui.press("C-c")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
        }
    }

    @Test("The profile list is a box with a border that hides what is under it")
    func popUpHasABorder() throws {
        let world = try TUIProfileTests.TwoProfiles()
        defer { world.stop() }
        for (width, height) in [(80, 24), (60, 20)] {
            let tui = try TUITmux(environment: world.environment, width: width, height: height, scratch: world.home.root)
            tui.waitFor(text: "new payment link", timeout: 20)
            try tui.press("BTab")
            try tui.press("P")
            let open = tui.waitFor(text: "switch profile")
            let lines = open.components(separatedBy: "\n")
            let top = try #require(lines.firstIndex { $0.contains("┌") && $0.contains("switch profile") }, "\(open)")
            let bottom = try #require(lines.firstIndex { $0.contains("└") && $0.contains("┘") }, "\(open)")
            #expect(bottom > top + 1)
            for line in lines[(top + 1)..<bottom] {
                let parts = line.split(separator: "│", omittingEmptySubsequences: false)
                #expect(parts.count == 3, "no border on: \(line)")
                let inside = parts.count == 3 ? parts[1].trimmingCharacters(in: .whitespaces) : line
                #expect(["north", "sandbox", "• shop"].contains(inside), "the form shows through: \(line)")
            }
            try tui.press("Escape")
            tui.waitFor("the list closed") { !$0.contains("switch profile") }
            try tui.press("C-c")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
        }
    }

    @Test("At 80×24 and 60×20: a batch's file name and a bad row's field stay; the QR view keeps its countdown; same names read apart")
    func longTextsKeepTheirEssentialPart() async throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let folder = world.home.root.appendingPathComponent("Dokumentai/Sąskaitos/2026/lapkritis/neapmokėtos")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("kasos-sąskaitos-faktūros.csv")
        try Data(invoiceCSV(count: 3, prefix: "Long", bad: [2: "Long-2,EUR,2.25,Long invoice 2,en,not-an-address"]).utf8).write(to: file)
        let name = "Sąskaita faktūra už ąčęėįšųūž paslaugas lapkritį"
        for reference in ["SAME-1", "SAME-2"] {
            let made = try await runPaylink(
                ["create", "--reference", reference, "--amount", "3.00", "--name", name, "--language", "lt", "--json"],
                environment: world.env)
            #expect(made.status == 0, "\(made.stderr)")
        }
        for (width, height) in [(80, 24), (60, 20)] {
            let tui = try world.start(["--reference", "QR-\(width)", "--amount", "4.00", "--name", name, "--language", "lt"],
                                      width: width, height: height)
            try tui.press("F3")
            tui.waitFor(text: "CSV file:")
            try tui.type(file.path)
            try tui.press("Enter")
            let review = tui.waitFor(text: "invalid", timeout: 20)
            let lines = review.components(separatedBy: "\n")
            #expect(lines.contains { $0.contains("kasos-sąskaitos-faktūros.csv") }, "\(review)")
            #expect(lines.contains { $0.contains("Long-2") && $0.contains("Payer e-mail") }, "\(review)")
            try tui.press("Escape")
            tui.waitFor(text: "new payment link")
            try tui.press("C-s")
            tui.waitFor(text: "Payment URL", timeout: 15)
            try tui.press("z")
            let qr = tui.waitFor(text: "esc back")
            let status = qr.components(separatedBy: "\n").last { $0.contains("esc back") } ?? ""
            #expect(status.contains("€4.00") && status.contains("expires in") && status.contains("…"), "\(status)")
            try tui.press("Escape", "F2")
            if width >= 80 {
                let history = tui.waitFor("both links", timeout: 15) { $0.contains("SAME-1") && $0.contains("SAME-2") }
                let rows = history.components(separatedBy: "\n").filter { $0.contains("SAME-") }
                #expect(Set(rows.map { $0.dropFirst() }).count == rows.count, "\(history)")
            }
            try tui.press("C-c")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
        }
    }

    @Test("The history finds 12,50 and puts a whole reference first; a lifetime of 1m says it is a minute")
    func findingThingsAsAClerkTypes() async throws {
        let world = try TUIWorld()
        defer { world.stop() }
        for (reference, amount, name) in [("KASA-7", "12.50", "Kava su pienu"), ("X-2", "3.00", "KASA-7 priedas"), ("X-3", "4.00", "Arbata")] {
            let made = try await runPaylink(
                ["create", "--reference", reference, "--amount", amount, "--name", name, "--language", "lt", "--json"],
                environment: world.env)
            #expect(made.status == 0, "\(made.stderr)")
        }
        for (width, height) in [(80, 24), (60, 20)] {
            let tui = try world.start(width: width, height: height)
            // The lifetime typed in the first round was kept as an unfinished link.
            if tui.screen().contains("Restore the unfinished link") { try tui.press("n") }
            try tui.press("F2")
            tui.waitFor(text: "Arbata", timeout: 15)
            try tui.press("/")
            try tui.type("12,50")
            let amount = tui.waitFor("only the 12.50 link") { $0.contains("Kava su") && !$0.contains("Arbata") && !$0.contains("priedas") }
            #expect(amount.contains("12.50"), "\(amount)")
            try tui.press("Escape", "/")
            try tui.type("kasa-7")
            let found = tui.waitFor("both KASA-7 links") { $0.contains("€12.50") && $0.contains("€3.00") && !$0.contains("€4.00") }
            let rows = found.components(separatedBy: "\n").filter { $0.contains("€12.50") || $0.contains("€3.00") }
            #expect(rows.first?.contains("Kava su") == true, "the whole reference is not first:\n\(found)")
            try tui.press("Escape", "Escape", "n")
            tui.waitFor(text: "new payment link")
            // Reference, currency, amount, name, language, lifetime.
            try tui.press("Tab", "Tab", "Tab", "Tab", "Tab", "C-u")
            try tui.type("1m")
            tui.waitFor(text: "1 minute, expires")
            try tui.press("C-u", "C-o")
            tui.waitFor(text: "30 days")
            try tui.press("Escape", "C-c")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
        }
    }

    @Test("Batch: a rerun with every link made says nothing will be sent; a mistyped path is fixed in place with Tab; Esc goes back to the shell")
    func batchRoughEdges() async throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let folder = world.home.root.appendingPathComponent("sąskaitos")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("lapkritis.csv")
        try Data(invoiceCSV(count: 3, prefix: "Rerun").utf8).write(to: file)
        let first = await Child.runAsync(["batch", file.path, "--yes"], environment: world.env, timeout: 120)
        #expect(first.status == 0, "\(first.summary)")
        for (width, height) in [(80, 24), (60, 20)] {
            let tui = try TUITmux(arguments: ["batch", file.path], environment: world.env, width: width, height: height,
                                  scratch: world.home.root, stdoutIsTerminal: true)
            tui.waitFor(text: "Rerun-3", timeout: 20)
            try tui.press("C-s")
            let asked = tui.waitFor(text: "y/n")
            let squeezed = asked.filter { !$0.isWhitespace }
            #expect(squeezed.contains("All3validrowsalreadyhavelinks;nothingtosend.Writetheresultfile?y/n"), "\(asked)")
            #expect(!asked.contains("Make 3 links"), "\(asked)")
            try tui.press("n", "Escape")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"), "Esc did not leave for the shell")

            let form = try world.start(width: width, height: height)
            try form.press("F3")
            form.waitFor(text: "CSV file:")
            try form.type(folder.path + "/lapkrits.csv")
            try form.press("Enter")
            let refused = form.waitFor(text: "✗", timeout: 15)
            #expect(refused.contains("CSV file:") && refused.contains("lapkrits.csv"), "the path is not kept:\n\(refused)")
            for _ in 0..<"rits.csv".count { try form.press("BSpace") }
            // The folder also holds the first run's lapkritis.results.csv: Tab goes as far as both names agree.
            try form.press("Tab")
            form.waitFor(text: "/lapkritis.")
            try form.type("c")
            try form.press("Tab")
            form.waitFor(text: "lapkritis.csv")
            try form.press("Enter")
            form.waitFor(text: "Rerun-3", timeout: 20)
            try form.press("Escape")
            form.waitFor(text: "new payment link")
            try form.press("C-c")
            #expect(form.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
        }
    }
}
