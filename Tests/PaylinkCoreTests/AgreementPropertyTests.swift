import Foundation
import PayseraCheckout
import PropertyBased
import TestSupport
import Testing
@testable import PaylinkCore

/// Candidate texts per field: good ones first, then edge and bad ones; random text is mixed in by the generators.
let fieldPools: [FieldPath: (good: [String], bad: [String])] = [
    .orderID: ([sampleOrderID, sampleOrderID.uppercased(), " \(sampleOrderID) "], ["", "x"]),
    .reference: (["R1", "Order 12/34 (a.b, c's +x-y_z?:)", String(repeating: "R", count: 255)], ["", "Užsakymas", String(repeating: "R", count: 256)]),
    .currency: (["EUR", "eur", "JPY", "KWD", "BHD", "CLF"], ["XXX", "", "EURO"]),
    .amount: (["25.00", "25,5", "21474836.47", " 7 ", "1", "0.5", "1,000.00", "1 234,50"], ["0", "-1", "1e3", "25.001", "2500.5", "0.001", "21474836.48", "2147483647", "1,00,0", ""]),
    .name: (["Order #1", "注文 👨‍👩‍👧", "  x  ", a255, family255], ["", a256, "a\u{1B}b"]),
    .language: (["en", "LT", " ja "], ["eng", "xx", ""]),
    .paymentFlow: (["paysera_checkout", "", "PAYSERA_CHECKOUT", "direct_payment"], ["other"]),
    .lifetime: (["", "0", "never", "90m", "3d", "1d12h", "2h30m", "1w", "86313600", "999d"], ["86313601", "-1", "3x"]),
    .methodKey: (["", "card-payment", "swedbank"], ["a b", String(repeating: "k", count: 256)]),
    .purpose: (["", "Leather wallet", a255], [a256]),
    .countryCode: (["", "LT", "de"], ["XX", "LTU"]),
    .payerName: (["", "John Doe", accented150], [accented150 + "é"]),
    .payerEmail: (["", "john@example.com", "ž@ž.lt"], ["john", "a@b.c"]),
    .metadata: (["", "a=1", "a=1;b=2", "k=" + a255, "x=y=z\nq=r"], ["a=1;a=2", "=1", "a", "k=" + a256]),
]

/// Random text of printable ASCII, Latin letters with marks, CJK, emoji and the odd control character.
let randomText = Gen<Unicode.Scalar>.unicodeScalar(in: " "..."~").map { Character($0) }
    .string(of: 0...12)

@Suite("Agreement between the draft rules and the wire rules", .ownThread)
struct AgreementPropertyTests {
    @Test("Whatever request() accepts, FieldRules.check accepts too")
    func requestAcceptedMeansWireAccepted() async {
        let picks = Gen.int(in: 0...10_000).array(of: FieldPath.allCases.count)
        let fieldGen = Gen.int(in: 0...(FieldPath.allCases.count - 1))
        var accepted = 0
        await propertyCheck(count: 400, input: picks, fieldGen, randomText, Gen.bool) { picks, randomField, random, existing in
            var draft = LinkDraft()
            draft.orderMode = existing ? .existing : .new
            for (field, pick) in zip(FieldPath.allCases, picks) {
                // Four picks in five are good values, so whole drafts are often accepted.
                let pool = fieldPools[field] ?? ([""], [])
                let choices = pick % 5 == 0 ? pool.good + pool.bad : pool.good
                draft.set(field, choices[pick / 5 % choices.count])
            }
            // One field now and then gets random text, so the pools are not the only inputs.
            if picks[0] % 3 == 0 { draft.set(FieldPath.allCases[randomField], random) }
            guard let request = try? draft.request(orderID: existing ? nil : sampleOrderID) else { return }
            accepted += 1
            #expect(FieldRules.check(request) == [:], "draft \(draft) gave \(request)")
            if draft.orderMode == .new, let order = try? draft.orderRequest() {
                #expect(FieldRules.check(order) == [:], "order \(order)")
            }
        }
        #expect(accepted > 20, "a fair share of generated drafts were accepted")
    }

    @Test("A well-formed draft of random but valid values is always accepted, and the wire agrees")
    func validDraftsAccepted() async {
        let names = Gen<Unicode.Scalar>.unicodeScalar(in: "!"..."~").map { Character($0) }.string(of: 1...255)
        let languages = Gen<String?>.element(of: ISOTables.languages.map(\.code))
        let countries = Gen<String?>.element(of: ISOTables.countries.map(\.code))
        let currencies = Gen<String?>.element(of: ISOTables.currencies.map(\.code))
        let minors = Gen.int(in: 1...Money.maximumMinor)
        let lifetimes = Gen.int(in: 0...Lifetime.maximumSeconds)
        await propertyCheck(count: 300, input: names, languages, countries, currencies, minors, lifetimes) { name, language, country, currency, minor, lifetime in
            var draft = filledDraft()
            draft.name = name
            draft.language = language?.uppercased() ?? "en"
            draft.countryCode = country?.lowercased() ?? ""
            draft.currency = currency ?? "EUR"
            draft.amount = Money.format(minor: minor, currency: draft.currency).replacingOccurrences(of: ".", with: ",")
            draft.lifetime = Lifetime.format(seconds: lifetime)
            do throws(ValidationErrors) {
                let request = try draft.request(orderID: sampleOrderID)
                #expect(request.purchase.amount.value == minor)
                #expect(request.lifetime == lifetime)
                #expect(FieldRules.check(request) == [:])
            } catch {
                Issue.record("refused \(draft): \(error)")
            }
        }
    }

    @Test("Money.format and Money.parse round-trip in every currency")
    func moneyRoundTrip() async {
        let currencies = Gen<String?>.element(of: ISOTables.currencies.map(\.code))
        await propertyCheck(count: 500, input: currencies, Gen.int(in: 1...Money.maximumMinor)) { currency, minor in
            let code = currency ?? "EUR"
            let text = Money.format(minor: minor, currency: code)
            #expect(Money.parse(text, currency: code) == .success(minor))
            #expect(Money.parse(text.replacingOccurrences(of: ".", with: ","), currency: code) == .success(minor))
        }
    }

    @Test("Parsing then formatting typed amounts gives back the same amount")
    func parsedAmountsFormatBack() async {
        let digits = Gen<Character>.character(in: "0"..."9").string(of: 1...9)
        let fraction = Gen<Character>.character(in: "0"..."9").string(of: 0...3)
        await propertyCheck(count: 500, input: digits, fraction) { whole, fraction in
            let typed = fraction.isEmpty ? whole : "\(whole).\(fraction)"
            guard case .success(let minor) = Money.parse(typed, currency: "KWD") else { return }
            #expect(Money.parse(Money.format(minor: minor, currency: "KWD"), currency: "KWD") == .success(minor))
        }
    }

    @Test("Lifetime.format and Lifetime.parse round-trip")
    func lifetimeRoundTrip() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Lifetime.maximumSeconds)) { seconds in
            #expect(Lifetime.parse(Lifetime.format(seconds: seconds)) == .success(seconds))
        }
    }

    @Test("No rule crashes or accepts a control character, whatever is typed")
    func rulesNeverAcceptControls() async {
        let wild = Gen<Unicode.Scalar>.unicodeScalar(in: "\u{0}"..."\u{2FF}").map { Character($0) }.string(of: 0...30)
        await propertyCheck(count: 500, input: wild, Gen.int(in: 0...(FieldPath.allCases.count - 1))) { text, index in
            var draft = filledDraft()
            let field = FieldPath.allCases[index]
            draft.set(field, text)
            let message = FieldRules.validate(field, in: draft)
            let inner = TextChecks.trimmed(text)
            let hasControl = inner.unicodeScalars.contains { TextChecks.isControl($0) && !(field == .metadata && ($0 == "\n" || $0 == "\r")) }
            if hasControl && draft.activeFields.contains(field) {
                #expect(message != nil, "\(field.rawValue) accepted \(text.debugDescription)")
            }
        }
    }
}
