// The names of the languages, currencies and countries a Baltic or Polish shop meets most, in each UI language;
// any other code keeps its ISO name in English. The Latvian, Estonian and Polish names NEED A NATIVE SPEAKER'S REVIEW.

extension UILanguage {
    /// A link language's name in this language ("lietuvių" for lt in Lithuanian); nil where only the ISO name is known.
    public func languageName(_ code: String) -> String? {
        Names.pick(code.lowercased(), Names.languageCodes, in: self, Names.languageNames)
    }

    /// A currency's name in this language ("euras" for EUR in Lithuanian); nil where only the ISO name is known.
    public func currencyName(_ code: String) -> String? {
        Names.pick(code.uppercased(), Names.currencyCodes, in: self, Names.currencyNames)
    }

    /// A country's name in this language ("Lietuva" for LT in Lithuanian); nil where only the ISO name is known.
    public func countryName(_ code: String) -> String? {
        Names.pick(code.uppercased(), Names.countryCodes, in: self, Names.countryNames)
    }
}

enum Names {
    static let languageCodes = ["en", "lt", "lv", "et", "pl", "ru", "de", "fr", "es", "fi", "sv", "uk"]
    static let currencyCodes = ["EUR", "USD", "GBP", "PLN", "SEK", "NOK", "DKK", "CHF", "CZK"]
    static let countryCodes = ["LT", "LV", "EE", "PL", "DE", "FI", "SE", "GB", "US", "FR"]
    // Each language's names, in the order of the codes above; built once.
    static let languageNames: [UILanguage: [String]] = [
        .lt: ["anglų", "lietuvių", "latvių", "estų", "lenkų", "rusų", "vokiečių", "prancūzų", "ispanų", "suomių", "švedų", "ukrainiečių"],
        .lv: ["angļu", "lietuviešu", "latviešu", "igauņu", "poļu", "krievu", "vācu", "franču", "spāņu", "somu", "zviedru", "ukraiņu"],
        .et: ["inglise", "leedu", "läti", "eesti", "poola", "vene", "saksa", "prantsuse", "hispaania", "soome", "rootsi", "ukraina"],
        .pl: ["angielski", "litewski", "łotewski", "estoński", "polski", "rosyjski", "niemiecki", "francuski", "hiszpański",
              "fiński", "szwedzki", "ukraiński"],
    ]
    static let currencyNames: [UILanguage: [String]] = [
        .lt: ["euras", "JAV doleris", "Didžiosios Britanijos svaras", "Lenkijos zlotas", "Švedijos krona", "Norvegijos krona",
              "Danijos krona", "Šveicarijos frankas", "Čekijos krona"],
        .lv: ["eiro", "ASV dolārs", "Lielbritānijas mārciņa", "Polijas zlots", "Zviedrijas krona", "Norvēģijas krona",
              "Dānijas krona", "Šveices franks", "Čehijas krona"],
        .et: ["euro", "USA dollar", "Suurbritannia naelsterling", "Poola zlott", "Rootsi kroon", "Norra kroon", "Taani kroon",
              "Šveitsi frank", "Tšehhi kroon"],
        .pl: ["euro", "dolar amerykański", "funt szterling", "złoty", "korona szwedzka", "korona norweska", "korona duńska",
              "frank szwajcarski", "korona czeska"],
    ]
    static let countryNames: [UILanguage: [String]] = [
        .lt: ["Lietuva", "Latvija", "Estija", "Lenkija", "Vokietija", "Suomija", "Švedija", "Jungtinė Karalystė",
              "Jungtinės Valstijos", "Prancūzija"],
        .lv: ["Lietuva", "Latvija", "Igaunija", "Polija", "Vācija", "Somija", "Zviedrija", "Apvienotā Karaliste", "ASV", "Francija"],
        .et: ["Leedu", "Läti", "Eesti", "Poola", "Saksamaa", "Soome", "Rootsi", "Ühendkuningriik", "Ameerika Ühendriigid",
              "Prantsusmaa"],
        .pl: ["Litwa", "Łotwa", "Estonia", "Polska", "Niemcy", "Finlandia", "Szwecja", "Wielka Brytania", "Stany Zjednoczone",
              "Francja"],
    ]

    /// The name at the code's place in `codes`, from the language's list; English and the pseudo-language have none here.
    static func pick(_ code: String, _ codes: [String], in language: UILanguage, _ names: [UILanguage: [String]]) -> String? {
        guard let i = codes.firstIndex(of: code), let list = names[language], i < list.count else { return nil }
        return list[i]
    }
}
