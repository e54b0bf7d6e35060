/// What the list of payment methods is narrowed to: an amount in a currency, a payer's country; read from what a
/// person typed (`paylink methods --amount 12,50 --currency EUR --country lt`).
public struct MethodFilter: Sendable, Equatable {
    /// Minor units of `currency`; nil when no amount was given.
    public var amount: Int?
    public var currency: String?
    /// ISO 3166-1 alpha-2, upper case.
    public var country: String?

    public init(amount: Int? = nil, currency: String? = nil, country: String? = nil) {
        self.amount = amount
        self.currency = currency
        self.country = country
    }

    /// The filter the three texts mean, or the first problem, naming its field, in `language`. An amount needs its
    /// currency and a currency its amount.
    public static func read(amount: String?, currency: String?, country: String?, language: UILanguage) -> Result<MethodFilter, FieldError> {
        var filter = MethodFilter()
        if amount != nil || currency != nil {
            guard let amount, let currency else {
                return .failure(FieldError(.amount, .command(.amountAndCurrencyTogether), in: language))
            }
            let code = TextChecks.trimmed(currency).uppercased()
            switch Money.parse(amount, currency: code, language: language) {
            case .success(let minor): (filter.amount, filter.currency) = (minor, code)
            case .failure(let problem): return .failure(problem)
            }
        }
        if let country {
            let code = TextChecks.trimmed(country).uppercased()
            guard ISOTables.countryName(code) != nil else {
                return .failure(FieldError(.countryCode, .command(.countryNotISO(TerminalText.sanitize(country))), in: language))
            }
            filter.country = code
        }
        return .success(filter)
    }
}
