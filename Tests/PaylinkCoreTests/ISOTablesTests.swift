import TestSupport
import Testing
@testable import PaylinkCore

@Suite("ISO tables", .ownThread)
struct ISOTablesTests {
    @Test("Tables are complete")
    func sizes() {
        #expect(ISOTables.languages.count == 184)
        #expect(ISOTables.countries.count == 249)
        #expect(ISOTables.currencies.count >= 150)
        #expect(Set(ISOTables.languages.map(\.code)).count == ISOTables.languages.count)
    }

    @Test("Lookups ignore case")
    func lookups() {
        #expect(ISOTables.languageName("lt") == "Lithuanian")
        #expect(ISOTables.languageName("EN") == "English")
        #expect(ISOTables.languageName("xx") == nil)
        #expect(ISOTables.countryName("lt") == "Lithuania")
        #expect(ISOTables.countryName("XX") == nil)
        #expect(ISOTables.currency("eur")?.name == "Euro")
        #expect(ISOTables.currency("KWD")?.exponent == 3)
    }

    @Test("Search ranks the exact code first, then code prefixes, then names")
    func search() {
        #expect(ISOTables.searchLanguages("lt").first?.code == "lt")
        #expect(ISOTables.searchLanguages("lith").first?.code == "lt")
        #expect(ISOTables.searchCountries("de").first?.code == "DE")
        #expect(ISOTables.searchCountries("germ").map(\.code) == ["DE"])
        #expect(ISOTables.searchCountries("korea").map(\.code).sorted() == ["KP", "KR"])
        #expect(ISOTables.searchCurrencies("eu").first?.code == "EUR")
        #expect(ISOTables.searchCurrencies("dinar").contains { $0.code == "KWD" })
        #expect(ISOTables.searchLanguages("", limit: 5).count == 5)
        #expect(ISOTables.searchLanguages("zzzz").isEmpty)
        let flemish = ISOTables.searchLanguages("flemish")
        #expect(flemish.map(\.code) == ["nl"])
    }
}
