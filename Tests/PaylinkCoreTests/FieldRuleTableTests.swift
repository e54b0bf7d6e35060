import TestSupport
import Testing
@testable import PaylinkCore

/// One row of the rule table: a field, what a person typed, and what should come of it.
struct RuleCase: CustomTestStringConvertible, Sendable {
    var field: FieldPath
    var input: String
    /// The normalised value when accepted; nil when the input must be refused.
    var accepted: String?
    /// Words the refusal must contain.
    var mentions: String = ""
    var currency: String = "EUR"
    var testDescription: String { "\(field.rawValue) \(input.debugDescription) → \(accepted.map { "ok \($0.debugDescription)" } ?? "refused")" }

    static func ok(_ field: FieldPath, _ input: String, _ normalised: String? = nil, currency: String = "EUR") -> RuleCase {
        RuleCase(field: field, input: input, accepted: normalised ?? input, currency: currency)
    }
    static func bad(_ field: FieldPath, _ input: String, _ mentions: String = "", currency: String = "EUR") -> RuleCase {
        RuleCase(field: field, input: input, accepted: nil, mentions: mentions, currency: currency)
    }
}

/// Runs one field rule and gives its normalised value as text, or its refusal.
func run(_ c: RuleCase) -> Result<String, FieldError> {
    func text<T>(_ r: Result<T?, FieldError>) -> Result<String, FieldError> { r.map { $0.map { "\($0)" } ?? "" } }
    switch c.field {
    case .orderID: return FieldRules.orderID(c.input)
    case .reference: return FieldRules.reference(c.input)
    case .currency: return FieldRules.currency(c.input)
    case .amount: return FieldRules.amount(c.input, currency: c.currency).map(String.init)
    case .name: return FieldRules.name(c.input)
    case .language: return FieldRules.language(c.input)
    case .paymentFlow: return text(FieldRules.paymentFlow(c.input))
    case .lifetime: return text(FieldRules.lifetime(c.input))
    case .methodKey: return text(FieldRules.methodKey(c.input))
    case .purpose: return text(FieldRules.purpose(c.input))
    case .countryCode: return text(FieldRules.countryCode(c.input))
    case .payerName: return text(FieldRules.payerName(c.input))
    case .payerEmail: return text(FieldRules.payerEmail(c.input))
    case .metadata:
        return FieldRules.metadata(c.input).map { dict in
            (dict ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
        }
    case .successURL, .failureURL, .cancelURL, .callbackURL: return text(FieldRules.orderURL(c.field, c.input))
    }
}

let a255 = String(repeating: "a", count: 255)
let a256 = String(repeating: "a", count: 256)
/// 255 person-visible characters that are far more than 255 bytes.
let family255 = String(repeating: "👨‍👩‍👧", count: 255)
let accented150 = String(repeating: "é", count: 150)

let ruleTable: [RuleCase] = [
    // redirect_urls.*: https anywhere, http only to this machine, at most 2048 characters
    .ok(.successURL, "https://shop.example/ok?order=1"),
    .ok(.callbackURL, " http://127.0.0.1:8080/paysera/callback ", "http://127.0.0.1:8080/paysera/callback"),
    .ok(.cancelURL, "http://localhost/cart"),
    .ok(.failureURL, "", ""),
    .bad(.successURL, "http://shop.example/ok", "Success URL must be an https address"),
    .bad(.callbackURL, "ftp://127.0.0.1/x", "Callback URL"),
    .bad(.cancelURL, "https://shop.example/" + String(repeating: "a", count: 2048), "2048"),
    .bad(.failureURL, "https://shop.example/a b", "Failure URL"),
    // order_id
    .ok(.orderID, "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a"),
    .ok(.orderID, " A6F2B8E3-5E5F-47D9-B13F-87ED2DB2938A ", "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a"),
    .bad(.orderID, "", "required"),
    .bad(.orderID, "a6f2b8e35e5f47d9b13f87ed2db2938a", "UUID"),
    .bad(.orderID, "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938g", "UUID"),
    .bad(.orderID, "{a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a}", "UUID"),
    .bad(.orderID, "a6f2b8e3-5e5f-47d9-b13f-87ed2db2938a\u{1B}", "control"),
    // purchase.reference
    .ok(.reference, "R1"),
    .ok(.reference, "Order 12/34 (a.b, c's +x-y_z?:)"),
    .ok(.reference, "  R1  ", "R1"),
    .ok(.reference, String(repeating: "R", count: 255)),
    .bad(.reference, String(repeating: "R", count: 256), "at most 255"),
    .bad(.reference, "", "required"),
    .bad(.reference, "Užsakymas", "“ž”"),
    .bad(.reference, "a#b", "“#”"),
    .bad(.reference, "a;b", "“;”"),
    .bad(.reference, "a\u{7}b", "control"),
    // purchase.currency
    .ok(.currency, "EUR"),
    .ok(.currency, "eur", "EUR"),
    .ok(.currency, " jpy ", "JPY"),
    .ok(.currency, "KWD"),
    .bad(.currency, "", "required"),
    .bad(.currency, "EU", "three-letter"),
    .bad(.currency, "EURO", "three-letter"),
    .bad(.currency, "ABC", "not an ISO 4217"),
    .bad(.currency, "XXX", "not an ISO 4217"),
    .bad(.currency, "€", "three-letter"),
    // purchase.amount
    .ok(.amount, "25.00", "2500"),
    .ok(.amount, "25,5", "2550"),
    .ok(.amount, "25", "2500"),
    .ok(.amount, "0.01", "1"),
    .ok(.amount, " 25.00 ", "2500"),
    .ok(.amount, "007", "700"),
    .ok(.amount, "21474836.47", "2147483647"),
    .ok(.amount, "2500", "2500", currency: "JPY"),
    .ok(.amount, "0.001", "1", currency: "KWD"),
    .ok(.amount, "1,5", "1500", currency: "kwd"),
    .bad(.amount, "21474836.48", "at most €21,474,836.47"),
    .bad(.amount, "99999999999999999999999", "at most"),
    .bad(.amount, "0", "greater than €0.00"),
    .bad(.amount, "0.00", "greater than €0.00"),
    .bad(.amount, "0", "greater than 0 JPY", currency: "JPY"),
    .bad(.amount, "0", "greater than 0.000 KWD", currency: "KWD"),
    .bad(.amount, "-1", "greater than €0.00"),
    .bad(.amount, "+1", "without a sign"),
    .bad(.amount, "1e3", "plain number"),
    .bad(.amount, "25.001", "could mean either amount"),
    .bad(.amount, "25.0011", "at most 2 decimals"),
    .bad(.amount, "2500.5", "no decimals", currency: "JPY"),
    .bad(.amount, "0.0001", "at most 3 decimals", currency: "KWD"),
    .ok(.amount, "1 000", "100000"),
    .ok(.amount, "1,000.00", "100000"),
    .ok(.amount, "1.000,00", "100000"),
    .bad(.amount, "10 00", "groups of three"),
    .bad(.amount, "1,00,000.00", "groups of three"),
    .bad(.amount, "1'000", "plain number"),
    .bad(.amount, "€25", "plain number"),
    .bad(.amount, "٢٥", "plain number"),
    .bad(.amount, ".", "plain number"),
    .bad(.amount, "", "required"),
    .bad(.amount, "25", "currency", currency: "ABC"),
    // name
    .ok(.name, "Order #1"),
    .ok(.name, "Žalgirio bilietas — 2 vnt."),
    .ok(.name, "注文 12345"),
    .ok(.name, a255),
    .ok(.name, family255),
    .ok(.name, "  Wallet  ", "Wallet"),
    .bad(.name, a256, "at most 255 characters (it has 256)"),
    .bad(.name, family255 + "👨‍👩‍👧", "at most 255"),
    .bad(.name, "", "required"),
    .bad(.name, "   ", "required"),
    .bad(.name, "Evil\u{1B}[2J", "control"),
    .bad(.name, "tab\tinside", "control"),
    .bad(.name, "c1\u{85}char", "control"),
    .bad(.name, "del\u{7F}", "control"),
    // experience.language
    .ok(.language, "en"),
    .ok(.language, "LT", "lt"),
    .ok(.language, " Ja ", "ja"),
    .bad(.language, "eng", "two-letter"),
    .bad(.language, "xx", "not an ISO 639-1"),
    .bad(.language, "e1", "two-letter"),
    .bad(.language, "", "required"),
    .bad(.language, "ąę", "two-letter"),
    // experience.payment_flow
    .ok(.paymentFlow, "paysera_checkout"),
    .ok(.paymentFlow, "DIRECT_PAYMENT", "direct_payment"),
    .ok(.paymentFlow, "", ""),
    .bad(.paymentFlow, "redirect", "paysera_checkout or direct_payment"),
    // lifetime
    .ok(.lifetime, "", ""),
    .ok(.lifetime, "3600"),
    .ok(.lifetime, "0"),
    .ok(.lifetime, "never", "0"),
    .ok(.lifetime, "NEVER", "0"),
    .ok(.lifetime, "90m", "5400"),
    .ok(.lifetime, "3d", "259200"),
    .ok(.lifetime, "1d12h", "129600"),
    .ok(.lifetime, "2h30m", "9000"),
    .ok(.lifetime, "1w", "604800"),
    .ok(.lifetime, "1d 12h", "129600"),
    .ok(.lifetime, "86313600"),
    .ok(.lifetime, "999d", "86313600"),
    .bad(.lifetime, "86313601", "at most 999 days"),
    .bad(.lifetime, "1000d", "at most 999 days"),
    .bad(.lifetime, "99999999999999999999", "at most 999 days"),
    .bad(.lifetime, "-1", "negative"),
    .bad(.lifetime, "3x", "duration"),
    .bad(.lifetime, "d3", "duration"),
    .bad(.lifetime, "1h1h", "once"),
    .bad(.lifetime, "1.5h", "duration"),
    // payment_details.key
    .ok(.methodKey, "card-payment"),
    .ok(.methodKey, "", ""),
    .ok(.methodKey, String(repeating: "k", count: 255)),
    .bad(.methodKey, String(repeating: "k", count: 256), "at most 255"),
    .bad(.methodKey, "card payment", "without spaces"),
    // payment_details.purpose
    .ok(.purpose, "Order #12345 - Leather Wallet"),
    .ok(.purpose, "", ""),
    .ok(.purpose, a255),
    .bad(.purpose, a256, "at most 255"),
    .bad(.purpose, "x\u{0}", "control"),
    // payment_details.country_code
    .ok(.countryCode, "LT"),
    .ok(.countryCode, "de", "DE"),
    .ok(.countryCode, "", ""),
    .bad(.countryCode, "XX", "not an ISO 3166-1"),
    .bad(.countryCode, "xx", "not an ISO 3166-1"),
    .bad(.countryCode, "LTU", "two-letter"),
    .bad(.countryCode, "L", "two-letter"),
    // payer_information.name
    .ok(.payerName, "John Doe"),
    .ok(.payerName, "Jonas Jonaitis-Žemaitis"),
    .ok(.payerName, accented150),
    .ok(.payerName, "", ""),
    .bad(.payerName, accented150 + "é", "at most 150"),
    // payer_information.email
    .ok(.payerEmail, "john@example.com"),
    .ok(.payerEmail, "first.last+tag@mail.example.lt"),
    .ok(.payerEmail, " john@example.com ", "john@example.com"),
    .ok(.payerEmail, "", ""),
    .bad(.payerEmail, "john", "such as name@example.com"),
    .bad(.payerEmail, "john@example", "such as name@example.com"),
    .bad(.payerEmail, "john@@example.com", "such as name@example.com"),
    .bad(.payerEmail, "jo hn@example.com", "such as name@example.com"),
    .bad(.payerEmail, "john@exa_mple.com", "such as name@example.com"),
    .bad(.payerEmail, "@example.com", "such as name@example.com"),
    .bad(.payerEmail, "john@.com", "such as name@example.com"),
    .bad(.payerEmail, "john@example.c", "such as name@example.com"),
    .bad(.payerEmail, "jo\u{1}hn@example.com", "control"),
    // metadata
    .ok(.metadata, "", ""),
    .ok(.metadata, "a=1", "a=1"),
    .ok(.metadata, "a=1; b = 2", "a=1;b=2"),
    .ok(.metadata, "a=1\nb=2\n", "a=1;b=2"),
    .ok(.metadata, "a=1\r\nb=x=y", "a=1;b=x=y"),
    .ok(.metadata, "empty=", "empty="),
    .ok(.metadata, "k=" + a255, "k=" + a255),
    .bad(.metadata, "a", "key=value"),
    .bad(.metadata, "=1", "needs a key"),
    .bad(.metadata, "a=1;a=2", "more than once"),
    .bad(.metadata, a256 + "=1", "at most 255"),
    .bad(.metadata, "k=" + a256, "at most 255"),
    .bad(.metadata, "a=1\u{1B}", "control"),
]

@Suite("Field rules, one table row at a time", .ownThread)
struct FieldRuleTableTests {
    @Test(arguments: ruleTable)
    func ruleGivesExpectedOutcome(_ c: RuleCase) {
        switch (run(c), c.accepted) {
        case (.success(let value), .some(let expected)):
            #expect(value == expected)
        case (.success(let value), .none):
            Issue.record("accepted as \(value.debugDescription) but should be refused")
        case (.failure(let error), .some):
            Issue.record("refused: \(error.message)")
        case (.failure(let error), .none):
            #expect(error.field == c.field, "the message names the field it is about")
            #expect(error.message.contains(c.mentions), "\(error.message.debugDescription) should mention \(c.mentions.debugDescription)")
            #expect(!error.message.isEmpty)
        }
    }

    @Test("Every field has good and bad rows in the table")
    func tableCoversEveryField() {
        for field in FieldPath.allCases {
            #expect(ruleTable.contains { $0.field == field && $0.accepted != nil }, "\(field.rawValue) has a good row")
            #expect(ruleTable.contains { $0.field == field && $0.accepted == nil }, "\(field.rawValue) has a bad row")
        }
    }

    @Test("A refusal message starts with the field's label or names the value, never a type name")
    func messagesReadAsSentences() {
        for c in ruleTable where c.accepted == nil {
            guard case .failure(let error) = run(c) else { continue }
            #expect(!error.message.contains("Optional"))
            #expect(!error.message.contains("FieldError"))
            #expect(error.message.first?.isUppercase == true || error.message.hasPrefix("“"), "\(error.message)")
        }
    }
}
