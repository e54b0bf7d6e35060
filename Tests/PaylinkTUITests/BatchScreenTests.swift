import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import TestSupport
import Testing

/// The batch screen through update and view: file asked for, rows checked, a question, a live run, results.
@Suite(.ownThread) struct BatchScreenTests {
    static func preview() -> BatchPreview {
        func row(_ n: Int, problems: [String] = []) -> BatchScreenRow {
            BatchScreenRow(
                number: n + 1, reference: "INV-\(n)", name: "Invoice \(n)", amount: "\(n).00 EUR",
                payer: "p\(n)@example.com",
                fields: [BatchScreenField(column: "reference", value: "INV-\(n)"), BatchScreenField(column: "name", value: "Invoice \(n)")],
                problems: problems, currency: "EUR")
        }
        return BatchPreview(
            rows: [row(1), row(2, problems: ["payer_information.email: Payer e-mail must be an address such as name@example.com"]), row(3)],
            fileProblems: [], summary: "3 rows: 2 valid, 1 invalid; 4.00 EUR in all", valid: 2, total: "4.00 EUR")
    }

    @Test func f3OnTheFormAsksForAFileAndEnterChecksIt() {
        var t = terminal()
        t.press(.function(3))
        #expect(t.state.screen == .batch)
        #expect(t.screen.contains("CSV file:"))
        t.type("/tmp/in\u{1B}voices.csv")
        let effects = t.press(.enter)
        #expect(effects == [.batch(.check(path: "/tmp/invoices.csv"))])
        #expect(t.screen.contains("Checking every row"))
    }

    @Test func theFilePromptPlacesTheTerminalsCursorAfterThePathAndDrawsNoCursorGlyph() throws {
        var t = terminal(width: 40, height: 12)
        t.press(.function(3))
        let empty = try #require(t.screen.cursor)
        #expect(empty.row == 2 && empty.col == 11, "cursor at \(empty)")
        t.type("/tmp/a.csv")
        let typed = try #require(t.screen.cursor)
        #expect(typed.row == 2 && typed.col == 11 + 10)
        #expect(t.screen.line(2).contains("CSV file: /tmp/a.csv"))
        #expect(!t.screen.contains("▏"))
        // A path longer than the box shows its end, the cursor still inside the box.
        t.type(String(repeating: "x", count: 60))
        let long = try #require(t.screen.cursor)
        // The box spans columns 11 to 38; its last column is left for the cursor.
        #expect(long.row == 2 && long.col == 38)
        #expect(t.screen.line(2).hasSuffix("xxx  "), "\(t.screen.line(2))")
        t.press(.backspace)
        #expect(t.screen.cursor?.col == long.col)
        // Once the file is being checked, nothing is typed: no cursor.
        t.press(.enter)
        #expect(t.screen.cursor == nil)
    }

    @Test func badRowsShowACrossAndTheirMessageAndEnterShowsTheRow() {
        var t = terminal()
        _ = BatchProgram.open(&t.state, path: "/tmp/invoices.csv")
        t.send(.batch(.checked(.success(Self.preview()))))
        #expect(t.screen.contains("3 rows: 2 valid, 1 invalid; 4.00 EUR in all"))
        #expect(t.screen.contains("✗ invalid"))
        t.press(.down, .enter)
        #expect(t.screen.contains("Row 3 (Enter or Esc closes)"))
        #expect(t.screen.contains("✗ payer_information.email: Payer e-mail must be"))
        t.press(.escape)
        #expect(t.screen.contains("Row    Reference"))
    }

    @Test func theRunStartsOnlyAfterYesAndFillsInTheStatuses() {
        var t = terminal()
        _ = BatchProgram.open(&t.state, path: "/tmp/invoices.csv")
        t.send(.batch(.checked(.success(Self.preview()))))
        #expect(t.press(.ctrl("s")).isEmpty)
        #expect(t.screen.contains("Make 2 links, 4.00 EUR in all (1 invalid row skipped)? y/n"))
        #expect(t.press(.char("n")).isEmpty)
        t.press(.ctrl("s"))
        #expect(t.press(.char("y")) == [.batch(.run(path: "/tmp/invoices.csv"))])
        let progress = BatchProgress(total: 3, done: 1, created: 1, linksPerSecond: 2.5)
        t.send(.batch(.row(number: 2, status: "created", error: nil, link: sampleLink(), progress: progress)))
        #expect(t.screen.contains("1/3  2.5 links/s  refused 0  unknown 0"))
        #expect(!t.screen.contains("not sent"))
        t.send(.batch(.row(number: 3, status: "not_sent", error: "no connection", link: nil,
                           progress: BatchProgress(total: 3, done: 2, created: 1, notSent: 1, linksPerSecond: 2.5))))
        #expect(t.screen.contains("2/3  2.5 links/s  refused 0  unknown 0  not sent 1"))
        #expect(t.screen.contains("created"))
        // Esc during the run asks first; yes stops sending (a later run resumes).
        t.press(.escape)
        #expect(t.screen.contains("Stop sending?"))
        #expect(t.press(.char("y")) == [.batch(.stop)])
        t.send(.batch(.finished("Batch B1: 1 created, 0 refused, 0 unknown, 1 invalid (stopped). Results: /tmp/r.csv")))
        #expect(t.screen.contains("Batch B1: 1 created"))
    }

    @Test func enterOnAMadeRowOpensItsResultAndEscComesBack() {
        var t = terminal(width: 100, height: 40)
        _ = BatchProgram.open(&t.state, path: "/tmp/invoices.csv")
        t.send(.batch(.checked(.success(Self.preview()))))
        t.press(.ctrl("s"))
        t.press(.char("y"))
        t.send(.batch(.row(number: 2, status: "created", error: nil, link: sampleLink(), progress: BatchProgress(total: 3, done: 1))))
        t.send(.batch(.finished("Batch B1: 2 created")))
        t.press(.enter)
        #expect(t.state.screen == .result)
        #expect(t.state.result?.link.linkID == sampleLink().linkID)
        t.press(.escape)
        #expect(t.state.screen == .batch)
    }

    @Test func serverTextInRowsNeverReachesTheScreenRaw() {
        var t = terminal()
        _ = BatchProgram.open(&t.state, path: "/tmp/x.csv")
        var preview = Self.preview()
        preview.rows[0].name = "Evil\u{1B}]0;pwned\u{07}\u{9B}2J"
        t.send(.batch(.checked(.success(preview))))
        t.send(.batch(.row(number: 2, status: "refused", error: "no\u{1B}[31m", link: nil, progress: BatchProgress(total: 3, done: 1))))
        let text = (0..<t.screen.height).map { t.screen.line($0) }.joined()
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
    }
}

/// A clerk's rerun, a mistyped path and a batch opened from the command line.
@Suite(.ownThread) struct BatchScreenRoughEdges {
    @Test("A rerun whose rows all have links says so instead of asking to make them; a partial rerun counts both")
    func aRerunSaysWhatWillHappen() {
        var t = terminal()
        _ = BatchProgram.open(&t.state, path: "/tmp/invoices.csv")
        var preview = BatchScreenTests.preview()
        preview.alreadyMade = 2
        t.send(.batch(.checked(.success(preview))))
        t.press(.ctrl("s"))
        let squeezed = t.screen.text.filter { !$0.isWhitespace }
        #expect(squeezed.contains("All 2 valid rows already have links; nothing to send (1 invalid row skipped). Write the result file? y/n"
            .filter { !$0.isWhitespace }), "\(t.screen.text)")
        #expect(!t.screen.contains("Make 2 links"))
        preview.alreadyMade = 1
        #expect(BatchProgram.question(preview) == "Make 1 link; 1 row already has its link (1 invalid row skipped)? y/n")
    }

    @Test("A path that cannot be read stays, with the reason under it, to be fixed in place; Tab completes it")
    func aMistypedPathIsFixedInPlace() {
        var t = terminal(width: 60, height: 20)
        t.press(.function(3))
        t.type("/tmp/sąskaitos/invoces.csv")
        t.press(.enter)
        t.send(.batch(.checked(.failure(MessageError("/tmp/sąskaitos/invoces.csv: no such file")))))
        #expect(t.state.batch.phase == .choosingFile)
        #expect(t.screen.contains("✗ /tmp/sąskaitos/invoces.csv: no such file"), "\(t.screen.text)")
        #expect(t.screen.contains("/tmp/sąskaitos/invoces.csv"))
        for _ in 0..<"oces.csv".count { t.press(.backspace) }
        let effects = t.press(.tab)
        #expect(effects == [.batch(.complete(path: "/tmp/sąskaitos/inv"))])
        t.send(.batch(.completed(path: "/tmp/sąskaitos/invoices.csv")))
        #expect(t.press(.enter) == [.batch(.check(path: "/tmp/sąskaitos/invoices.csv"))])
        #expect(PathCompletion.complete("/tmp/s/inv", entries: [("invoices.csv", false), ("inventory", true), (".inv", false)])
            == "/tmp/s/inv")
        #expect(PathCompletion.complete("/tmp/s/invo", entries: [("invoices.csv", false), ("inventory", true)]) == "/tmp/s/invoices.csv")
        #expect(PathCompletion.complete("/tmp/s/inve", entries: [("invoices.csv", false), ("inventory", true)]) == "/tmp/s/inventory/")
        #expect(PathCompletion.complete("sąsk", entries: [("sąskaitos-1.csv", false), ("sąskaitos-2.csv", false)]) == "sąskaitos-")
    }

    @Test("Esc on a batch opened by paylink batch FILE goes back to the shell; opened by F3 it goes back to the form")
    func escapeGoesBackWhereTheBatchCameFrom() {
        var shell = terminal()
        _ = BatchProgram.open(&shell.state, path: "/tmp/invoices.csv")
        shell.send(.batch(.checked(.success(BatchScreenTests.preview()))))
        #expect(shell.press(.escape) == [.quit])
        var form = terminal()
        form.press(.function(3))
        form.type("/tmp/invoices.csv")
        form.press(.enter)
        form.send(.batch(.checked(.success(BatchScreenTests.preview()))))
        #expect(form.press(.escape).isEmpty)
        #expect(form.state.screen == .form)
    }
}
