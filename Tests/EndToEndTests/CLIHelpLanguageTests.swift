import Foundation
import TestSupport
import Testing

/// `paylink COMMAND --help` in the language of the environment.
@Suite(.ownThread)
struct CLIHelpLanguageTests {
    /// The help with every run of spaces and line breaks made one space, since the overview is wrapped to the width.
    private func help(_ arguments: [String], lang: String) async throws -> String {
        let home = try ScratchHome()
        defer { home.remove() }
        let result = try await runPaylink(arguments, environment: home.environment.merging(["LANG": lang]) { _, new in new })
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func batchHelpSpeaksTheLanguageOfLANG() async throws {
        let lithuanian = try await help(["batch", "--help"], lang: "lt_LT.UTF-8")
        #expect(lithuanian.contains(
            "Sukurti mokėjimo nuorodą kiekvienai CSV failo eilutei (pirma viskas patikrinama; tęsti – paleisti dar kartą)."),
            "\(lithuanian)")
        #expect(lithuanian.contains("Išėjimo kodai: 0 visos sukurtos"))

        let english = try await help(["batch", "--help"], lang: "C.UTF-8")
        #expect(english.contains(
            "OVERVIEW: Make a payment link for every row of a CSV file (checked first; run it again to resume)."),
            "\(english)")
        #expect(english.contains("Exit codes: 0 all created"))
    }
}
