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
