extension LinkDraft {
    /// Sets the amount from minor units as typed (`2500` is 25.00 EUR), in the draft's currency.
    public mutating func setAmount(minorUnits text: String) throws(FieldError) {
        let digits = TextChecks.trimmed(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let minor = Int(digits) else {
            throw FieldError(.amount, "Amount in minor units must be a whole number, like 2500.")
        }
        amount = Money.format(minor: minor, currency: currency.trimmingCharacters(in: .whitespaces).uppercased())
    }
}

extension LinkDraft {
    /// Reads the typed amount in a language and, where English would read it otherwise, writes it in the form every later step reads;
    /// an amount that language refuses (an ambiguous "1,234" in Lithuanian) is refused here, in that language.
    public mutating func readAmount(in language: UILanguage) throws(ValidationErrors) {
        switch Money.parse(amount, currency: currency, language: language) {
        case .success(let minor):
            // Left as typed when English reads it the same, so a draft only changes where it must.
            if (try? Money.parse(amount, currency: currency).get()) != minor {
                amount = Money.format(minor: minor, currency: TextChecks.trimmed(currency).uppercased())
            }
        case .failure(let error):
            // Without a currency the amount cannot be read; the currency's own error says so.
            if error.reason != .amountNeedsCurrency { throw ValidationErrors([.amount: error.message]) }
        }
    }
}
