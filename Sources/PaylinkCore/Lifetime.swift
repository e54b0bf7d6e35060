import Foundation

/// Link lifetimes in seconds.
public enum Lifetime {
    /// What the API applies when no lifetime is sent: three days.
    public static let defaultSeconds = 259_200
    /// The longest lifetime the API takes: 999 days.
    public static let maximumSeconds = 86_313_600

    /// Units a lifetime may be written in, longest first, with the words accepted for each.
    private static let units: [(seconds: Int, words: Set<String>)] = [
        (604_800, ["w", "week", "weeks"]),
        (86_400, ["d", "day", "days"]),
        (3_600, ["h", "hr", "hrs", "hour", "hours"]),
        (60, ["m", "min", "mins", "minute", "minutes"]),
        (1, ["s", "sec", "secs", "second", "seconds"]),
    ]

    /// "3d", "90m", "1d12h", "never", "3600" → seconds (0 = never expires).
    public static func parse(_ text: String) -> Result<Int, FieldError> {
        func refuse(_ message: Message) -> Result<Int, FieldError> { .failure(FieldError(.lifetime, message)) }
        let typed = TextChecks.trimmed(text).lowercased()
        if typed.isEmpty { return .success(defaultSeconds) }
        if TextChecks.hasControl(typed) { return refuse(TextChecks.controlMessage(.lifetime)) }
        if typed == "never" { return .success(0) }
        if typed.hasPrefix("-") || typed.hasPrefix("−") { return refuse(.lifetimeNegative) }
        let shape = Message.lifetimeShape
        let tooLong = Message.lifetimeTooLong(seconds: maximumSeconds)
        var total = 0
        if TextChecks.isDigits(typed) {
            // Ten digits or more is beyond 999 days whatever they say; stopping here keeps Int safe.
            guard typed.count < 10, let seconds = Int(typed) else { return refuse(tooLong) }
            total = seconds
        } else {
            var used = Set<Int>()
            var rest = Substring(typed)
            while !rest.isEmpty {
                rest = rest.drop { $0 == " " }
                let number = rest.prefix { TextChecks.asciiDigits.contains($0) }
                guard !number.isEmpty else { return refuse(shape) }
                rest = rest.dropFirst(number.count).drop { $0 == " " }
                let word = rest.prefix { $0.isLetter }
                rest = rest.dropFirst(word.count).drop { $0 == " " }
                guard let unit = units.first(where: { $0.words.contains(String(word)) }) else { return refuse(shape) }
                guard !used.contains(unit.seconds) else { return refuse(.lifetimeUnitTwice) }
                used.insert(unit.seconds)
                guard number.count < 10, let count = Int(number) else { return refuse(tooLong) }
                total += count * unit.seconds
                if total > maximumSeconds { return refuse(tooLong) }
            }
        }
        if total > maximumSeconds { return refuse(tooLong) }
        return .success(total)
    }

    /// 259200 → "3d", 5400 → "1h30m", 0 → "never".
    public static func format(seconds: Int) -> String {
        guard seconds > 0 else { return "never" }
        var rest = seconds
        var text = ""
        for (size, unit) in [(86_400, "d"), (3_600, "h"), (60, "m"), (1, "s")] where rest >= size {
            text += "\(rest / size)\(unit)"
            rest %= size
        }
        return text
    }

    /// "3 days", "1 hour 30 minutes", "never expires": a lifetime in words.
    public static func words(seconds: Int, language: UILanguage = .en) -> String {
        guard seconds > 0 else { return language.text(.ui(.neverExpires)) }
        var rest = seconds
        var parts: [String] = []
        let units: [(Int, (Int) -> Message)] = [(86_400, Message.days), (3_600, Message.hours), (60, Message.minutes), (1, Message.seconds)]
        for (size, unit) in units where rest >= size {
            parts.append(language.text(unit(rest / size)))
            rest %= size
        }
        return parts.joined(separator: " ")
    }
}
