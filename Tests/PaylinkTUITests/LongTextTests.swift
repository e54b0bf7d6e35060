import Foundation
import PaylinkCore
import PaylinkTUI
import PayseraCheckout
import Testing

/// Long texts at 80 and 60 columns: wrapped in their own area, or cut with "…" where the essential part stays.
@Suite("Long texts on narrow screens", .ownThread)
struct LongTextTests {
    static let longName = "Sąskaita faktūra už ąčęėįšųūž paslaugas ir prekes lapkričio mėnesį"

    @Test("The QR view keeps the amount and the countdown beside a long name, which is cut with …",
          arguments: [(80, 24), (60, 20)])
    func qrStatusLineKeepsTheCountdown(size: (Int, Int)) {
        var t = terminal(validDraft(), width: size.0, height: size.1)
        t.press(.ctrl("s"))
        var link = sampleLink()
        link.name = Self.longName
        t.send(.created(.created(link)))
        t.press(.char("z"))
        let status = t.screen.line(size.1 - 1)
        #expect(status.contains("€25.00") && status.contains("expires in 3d 00:00:00"), "\(status)")
        #expect(status.contains("Sąs") && status.contains("…"), "\(status)")
    }

    static func batchOn(width: Int, height: Int, path: String) -> InMemoryTerminal {
        var t = terminal(width: width, height: height)
        t.press(.function(3))
        t.type(path)
        t.press(.enter)
        var preview = BatchScreenTests.preview()
        preview.rows[1].fields.append(BatchScreenField(
            column: "payer_information.email", value: "labai.ilgas.vardas.pavardė@labai-ilgas-imonės-domenas.example.com"))
        t.send(.batch(.checked(.success(preview))))
        return t
    }

    @Test("Batch: the file's name, a bad row's field, a row's detail and the result file's path are never the part cut",
          arguments: [(80, 24), (60, 20)])
    func batchTextsKeepTheirEssentialPart(size: (Int, Int)) {
        let path = "/home/kasininkė/Dokumentai/Sąskaitos/2026/lapkritis/neapmokėtos-sąskaitos-faktūros.csv"
        var t = Self.batchOn(width: size.0, height: size.1, path: path)
        let screen = t.screen
        #expect(screen.line(2).contains("neapmokėtos-sąskaitos-faktūros.csv"), "\(screen.text)")
        let bad = screen.line(screen.row(of: "INV-2") ?? 0)
        #expect(bad.contains("Payer e-mail"), "the field is cut: \(bad)")
        t.press(.down, .enter)
        let details = t.screen.text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
        #expect(details.contains("labai.ilgas.vardas.pavardė@labai-ilgas-imonės-domenas.example.com"), "\(t.screen.text)")
        #expect(details.contains("Payere-mailmustbeanaddresssuchasname@example.com"), "\(t.screen.text)")
        t.press(.enter)
        let written = "/home/kasininkė/Dokumentai/Sąskaitos/2026/lapkritis/neapmokėtos-sąskaitos-faktūros.results.csv"
        t.send(.batch(.finished("2 links made, 0 refused, 0 unknown; results written to \(written)")))
        let done = t.screen.text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
        #expect(done.contains(written.replacingOccurrences(of: " ", with: "")), "\(t.screen.text)")
    }
}
