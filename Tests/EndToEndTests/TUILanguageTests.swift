import Foundation
import TestSupport
import Testing

/// The program in the shop's language: real `paylink` in tmux, and `paylink create`, with the locale variables set.
@Suite(.serialized, .ownThread)
struct TUILanguageTests {
    /// As on a machine where lt_LT is named but not installed, and LC_ALL says C.UTF-8 (the CI's setting).
    static let lithuanian = ["LANG": "lt_LT.UTF-8", "LC_ALL": "C.UTF-8"]

    @Test("With LANG=lt_LT.UTF-8 the form, a field error, the result, the QR view and the history speak Lithuanian")
    func lithuanianFlow() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        // LANG alone, naming a locale this machine has not installed: the words and the letters still come out.
        let env = world.env.merging(["LANG": "lt_LT.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]) { _, new in new }
        let tui = try TUITmux(
            arguments: ["--reference", "LT-\(UUID().uuidString.prefix(6))", "--name", "Žalias puodelis"], environment: env,
            scratch: world.home.root)
        let form = tui.waitFor(text: "nauja mokėjimo nuoroda", timeout: 20)
        for word in ["Užsakymas", "Suma", "Pavadinimas", "Mokėtojas", "Žalias puodelis", "F1 pagalba"] {
            #expect(form.contains(word), "\(word) not on the form:\n\(form)")
        }
        // No amount: the field's error, and the notice, in Lithuanian.
        try tui.press("C-s")
        let refused = tui.waitFor(text: "Suma: privalomas laukas")
        #expect(refused.contains("Patikrinkite laukus: 1"), "\(refused)")
        // An amount that could be a thousand or a decimal is asked about, in Lithuanian.
        try tui.type("1,234")
        try tui.press("Tab")
        let ambiguous = tui.waitFor(text: "galima suprasti")
        #expect(ambiguous.contains("1234") && ambiguous.contains("1,23"), "\(ambiguous)")
        try tui.press("BTab", "C-u")
        try tui.type("12,50")
        try tui.press("C-s")
        let result = tui.waitFor(text: "Mokėjimo URL", timeout: 15)
        for word in ["mokėjimo nuoroda", "GALIOJA", "12,50 €", "liko", "kopijuoti"] {
            #expect(result.contains(word), "\(word) not on the result:\n\(result)")
        }
        try tui.press("z")
        let qr = tui.waitFor(text: "esc atgal")
        let status = qr.components(separatedBy: "\n").last { $0.contains("esc atgal") } ?? ""
        #expect(status.contains("12,50 €") && status.contains("liko") && status.contains("GALIOJA"), "\(status)")
        try tui.press("Escape", "F2")
        let history = tui.waitFor("the history's first row", timeout: 15) { $0.contains("Sukurta") && $0.contains("12,50 €") }
        for word in ["istorija", "Suma", "Būsena", "Liko", "GALIOJA", "Žalias puodelis"] {
            #expect(history.contains(word), "\(word) not on the history:\n\(history)")
        }
        try tui.press("C-c")
        #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
    }

    @Test("The batch screen counts 1, 2 and 10 links in Lithuanian's three forms, amounts typed 12,50")
    func lithuanianBatchPlurals() throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let env = world.env.merging(Self.lithuanian) { _, new in new }
        let expected = [1: ("1 eilutė:", "Sukurti 1 nuorodą"), 2: ("2 eilutės:", "Sukurti 2 nuorodas"), 10: ("10 eilučių:", "Sukurti 10 nuorodų")]
        for count in [1, 2, 10] {
            let id = UUID().uuidString.prefix(6)
            let rows = (1...count).map { "PL-\(id)-\($0);EUR;12,50;Puodelis \($0);lt" }
            let file = world.home.root.appendingPathComponent("saskaitos-\(count).csv")
            try (["purchase.reference;purchase.currency;purchase.amount;name;experience.language"] + rows)
                .joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
            let tui = try TUITmux(arguments: ["batch", file.path], environment: env, scratch: world.home.root, stdoutIsTerminal: true)
            let review = tui.waitFor(text: "Puodelis 1", timeout: 20)
            let (summary, question) = expected[count]!
            #expect(review.contains(summary) && review.contains("tinkamų \(count), netinkamų 0"), "\(review)")
            #expect(review.contains("12,50 €") && review.contains("paketas"), "\(review)")
            try tui.press("C-s")
            let asked = tui.waitFor(text: "y/n")
            #expect(asked.contains(question), "\(question) not asked:\n\(asked)")
            try tui.press("n", "Escape")
            #expect(tui.waitFor(text: "EXIT=", timeout: 15).contains("EXIT=0"))
        }
    }

    @Test("paylink create --amount 12,50 in Lithuanian makes a 1250-minor link; 1,234 is refused in Lithuanian")
    func createReadsAmountsInTheLanguage() async throws {
        let world = try TUIWorld()
        defer { world.stop() }
        let env = world.env.merging(Self.lithuanian) { _, new in new }
        let made = try await runPaylink(
            ["create", "--reference", "KS-\(UUID().uuidString.prefix(6))", "--currency", "EUR", "--amount", "12,50",
             "--name", "Puodelis", "--json"], environment: env)
        #expect(made.status == 0, "\(made.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(made.stdout.utf8)) as? [String: Any])
        #expect((json["purchase"] as? [String: Any])?["amount"] as? Int == 1250, "\(made.stdout)")
        // A new link speaks the screen's language unless told otherwise.
        #expect((json["experience"] as? [String: Any])?["language"] as? String == "lt", "\(made.stdout)")
        let refused = try await runPaylink(
            ["create", "--reference", "KS-\(UUID().uuidString.prefix(6))", "--currency", "EUR", "--amount", "1,234",
             "--name", "Puodelis", "--language", "lt"], environment: env)
        #expect(refused.status == 2, "\(refused.stdout)\n\(refused.stderr)")
        #expect(refused.stderr.contains("purchase.amount") && refused.stderr.contains("galima suprasti dvejopai"), "\(refused.stderr)")
        let words = try await runPaylink(
            ["create", "--reference", "KS-\(UUID().uuidString.prefix(6))", "--currency", "EUR", "--amount", "1 234,50",
             "--name", "Puodelis"], environment: env)
        #expect(words.status == 0, "\(words.stderr)")
        #expect(words.stdout.contains("Galioja dar 3 dienos (iki "), "\(words.stdout)")
        let unnamed = try await runPaylink(
            ["create", "--reference", "KS-\(UUID().uuidString.prefix(6))", "--currency", "EUR", "--amount", "5", "--name", " "],
            environment: env)
        #expect(unnamed.status == 2 && unnamed.stderr.contains("name: Pavadinimas: privalomas laukas"), "\(unnamed.stderr)")
        let english = try await runPaylink(
            ["create", "--reference", "KS-\(UUID().uuidString.prefix(6))", "--currency", "EUR", "--amount", "1,234",
             "--name", "Mug", "--language", "en", "--ui-language", "en", "--json"], environment: env)
        #expect(english.status == 0, "\(english.stderr)")
        let englishJSON = try #require(JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [String: Any])
        #expect((englishJSON["purchase"] as? [String: Any])?["amount"] as? Int == 123_400, "\(english.stdout)")
    }
}
