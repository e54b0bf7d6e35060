import PaylinkCore
import PaylinkService
import PaylinkStore
import TestSupport
import Testing

@Suite(.ownThread) struct UpgradeLinesTests {
    @Test func theLinesSayTheSizeTheStepsAndHowLongTheStepBeforeTook() {
        nonisolated(unsafe) var lines: [String] = []
        let printer = UpgradeLines { lines.append($0) }
        printer.step(.init(number: 1, count: 2, what: .refunds, links: 1_000_000))
        let filling = HistoryUpgrade.Step(number: 2, count: 2, what: .fillingSearchIndex, links: 1_000_000)
        printer.step(filling)
        for done in [0.02, 0.08, 0.11, 0.19, 0.35, 1.0] { printer.step(filling.done(done)) }
        printer.finish()
        #expect(lines.count == 6, "\(lines)")
        #expect(lines[0].contains("(1000000 links)") && lines[0].contains("2 steps") && lines[0].contains("Ctrl-C"))
        #expect(lines[1] == "paylink: step 1 of 2: the refunds…")
        #expect(lines[2].hasPrefix("paylink: step 2 of 2: filling the search index… (the step before: "))
        // Every tenth once, and no 100 %: the closing line says it is done.
        #expect(lines[3] == "paylink: step 2 of 2: filling the search index… 10 %")
        #expect(lines[4] == "paylink: step 2 of 2: filling the search index… 30 %")
        #expect(lines[5].hasPrefix("paylink: the history is up to date (the last step: "))
    }

    @Test func theLinesSpeakTheLanguageTheEnvironmentAsksFor() {
        nonisolated(unsafe) var lines: [String] = []
        let printer = UpgradeLines(language: .lt) { lines.append($0) }
        printer.step(.init(number: 1, count: 2, what: .refunds, links: 5))
        printer.step(.init(number: 2, count: 2, what: .fillingSearchIndex, links: 5))
        printer.finish()
        #expect(lines[0].contains("5 nuorodos") && lines[0].contains("2 žingsnius"), "\(lines)")
        #expect(lines[1] == "paylink: 1 žingsnis iš 2: grąžinimai…")
        #expect(lines[2].hasPrefix("paylink: 2 žingsnis iš 2: pildoma paieškos rodyklė… (ankstesnis žingsnis: 0,"), "\(lines)")
    }
}
