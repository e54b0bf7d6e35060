import PaylinkCore
import Testing

@Suite("The methods filter read from what a person typed")
struct MethodFilterTests {
    @Test("an amount in the language's form, its currency and a country become minor units and codes")
    func reads() {
        let filter = try? MethodFilter.read(amount: "12,50", currency: " eur", country: "lt", language: .lt).get()
        #expect(filter == MethodFilter(amount: 1250, currency: "EUR", country: "LT"))
        #expect((try? MethodFilter.read(amount: nil, currency: nil, country: nil, language: .en).get()) == MethodFilter())
    }

    @Test("an amount without its currency, a bad amount and an unknown country name their field")
    func refuses() {
        func problem(_ amount: String?, _ currency: String?, _ country: String?, _ language: UILanguage = .en) -> FieldError? {
            if case .failure(let error) = MethodFilter.read(amount: amount, currency: currency, country: country, language: language) { return error }
            return nil
        }
        #expect(problem("12.50", nil, nil)?.field == .amount)
        #expect(problem(nil, "EUR", nil)?.field == .amount)
        #expect(problem("1,234", "EUR", nil, .lt)?.field == .amount)
        let country = problem(nil, nil, "XX", .lt)
        #expect(country?.field == .countryCode)
        #expect(country?.message.contains("XX") == true && country?.message.contains("šalies") == true)
    }
}
