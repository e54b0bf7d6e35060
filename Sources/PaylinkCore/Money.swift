import Foundation

/// Amounts in minor units, with ISO 4217 exponents.
public enum Money {
    /// The largest amount the API takes, in minor units (2^31 − 1).
    public static let maximumMinor = Int(Int32.max)

    /// Decimal digits of a currency (EUR 2, JPY 0, KWD 3); nil for an unknown code.
    public static func exponent(of currency: String) -> Int? {
        ISOTables.currency(TextChecks.trimmed(currency).uppercased())?.exponent
    }

    /// Parses what a person typed ("25.00", "25,5") into minor units.
    public static func parse(_ text: String, currency: String) -> Result<Int, FieldError> {
        func refuse(_ message: String) -> Result<Int, FieldError> { .failure(FieldError(.amount, message)) }
        let code = TextChecks.trimmed(currency).uppercased()
        guard let exp = exponent(of: code) else {
            return refuse("Choose a valid currency first, then the amount can be checked")
        }
        let example = self.example(exponent: exp)
        let typed = TextChecks.trimmed(text)
        if typed.isEmpty { return refuse("Amount is required, such as \(example) \(code)") }
        if TextChecks.hasControl(typed) { return refuse(TextChecks.controlMessage(.amount)) }
        let zero = "\(format(minor: 0, currency: code)) \(code)"
        if let first = typed.first, first == "-" || first == "−" {
            return refuse("Amount must be greater than \(zero)")
        }
        if typed.first == "+" { return refuse("Type the amount without a sign, such as \(example)") }
        if typed.contains(where: \.isWhitespace) {
            return refuse("Type the amount without spaces, such as \(example)")
        }
        let separators = typed.filter { $0 == "." || $0 == "," }.count
        let allowed = typed.allSatisfy { TextChecks.asciiDigits.contains($0) || $0 == "." || $0 == "," }
        if !allowed { return refuse("Amount must be a plain number in \(code), such as \(example)") }
        if separators > 1 {
            return refuse("Type the amount without thousands separators, such as \(self.example(exponent: exp, whole: "1234"))")
        }
        let parts = typed.split(separator: typed.contains(",") ? "," : ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        if whole.isEmpty && fraction.isEmpty {
            return refuse("Amount must be a plain number in \(code), such as \(example)")
        }
        if fraction.count > exp {
            return refuse(exp == 0
                ? "\(code) amounts have no decimals: type a whole number, such as \(example)"
                : "\(code) amounts have at most \(exp) decimal\(exp == 1 ? "" : "s"), such as \(example)")
        }
        let significant = whole.drop { $0 == "0" }
        let largest = "\(format(minor: maximumMinor, currency: code)) \(code)"
        // More than 12 whole digits cannot fit 2^31 − 1 minor units in any currency; checking first keeps Int safe.
        if significant.count > 12 { return refuse("Amount must be at most \(largest)") }
        let paddedFraction = fraction + String(repeating: "0", count: exp - fraction.count)
        let minor = (Int(significant) ?? 0) * power(exp) + (Int(paddedFraction) ?? 0)
        if minor <= 0 { return refuse("Amount must be greater than \(zero)") }
        if minor > maximumMinor { return refuse("Amount must be at most \(largest)") }
        return .success(minor)
    }

    /// "25.00" for 2500 EUR.
    public static func format(minor: Int, currency: String) -> String {
        let exp = exponent(of: currency) ?? 2
        let sign = minor < 0 ? "-" : ""
        let magnitude = minor.magnitude
        let unit = UInt(power(exp))
        let whole = magnitude / unit
        guard exp > 0 else { return sign + String(whole) }
        let fraction = String(magnitude % unit)
        return sign + String(whole) + "." + String(repeating: "0", count: exp - fraction.count) + fraction
    }

    /// "25.00 EUR" for 2500 EUR: the amount as a person reads it, with the currency code.
    public static func display(minor: Int, currency: String) -> String {
        let code = TextChecks.trimmed(currency).uppercased()
        return "\(format(minor: minor, currency: code)) \(code)"
    }

    /// "25.00" for two decimals, "2500" for none: an example amount in a currency's shape.
    static func example(exponent: Int, whole: String = "25") -> String {
        exponent == 0 ? whole + "00" : whole + "." + String(repeating: "0", count: exponent)
    }

    static func power(_ exponent: Int) -> Int {
        var result = 1
        for _ in 0..<max(0, exponent) { result *= 10 }
        return result
    }
}
