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
        let progress = BatchScreenProgress(done: 1, total: 3, created: 1, linksPerSecond: 2.5)
        t.send(.batch(.row(number: 2, status: "created", error: nil, link: sampleLink(), progress: progress)))
        #expect(t.screen.contains("1/3  2.5 links/s  refused 0  unknown 0"))
        #expect(!t.screen.contains("not sent"))
        t.send(.batch(.row(number: 3, status: "not_sent", error: "no connection", link: nil,
                           progress: BatchScreenProgress(done: 2, total: 3, created: 1, notSent: 1, linksPerSecond: 2.5))))
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
        t.send(.batch(.row(number: 2, status: "created", error: nil, link: sampleLink(), progress: BatchScreenProgress(done: 1, total: 3))))
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
        t.send(.batch(.row(number: 2, status: "refused", error: "no\u{1B}[31m", link: nil, progress: BatchScreenProgress(done: 1, total: 3))))
        let text = (0..<t.screen.height).map { t.screen.line($0) }.joined()
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
    }
}
