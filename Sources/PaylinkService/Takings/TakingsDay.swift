import Foundation
import PaylinkCore
import PaylinkStore

extension TakingsPeriod {
    /// The start of a day written as 2026-12-01, today or yesterday, in `calendar`'s time zone; nil for anything else.
    public static func day(_ text: String, calendar: Calendar, now: Date = Date()) -> Date? {
        let today = calendar.startOfDay(for: now)
        switch text.lowercased() {
        case "today": return today
        case "yesterday": return calendar.date(byAdding: .day, value: -1, to: today) ?? today
        default:
            let parts = text.split(separator: "-").map { Int($0) }
            guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2],
                let date = calendar.date(from: DateComponents(year: y, month: m, day: d)),
                calendar.component(.day, from: date) == d, calendar.component(.month, from: date) == m
            else { return nil }
            return date
        }
    }
}

extension TakingsPeriod {
    /// A `--from`/`--to` pair that cannot be read: the option named, the sentence in the language asked for.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var option: String
        public var message: String
        public var description: String { "\(option): \(message)" }
    }

    /// The local days from `first` to `last` (both included; `last` defaults to `first`), each written as
    /// 2026-12-01, today or yesterday.
    public static func days(
        from first: String, to last: String?, calendar: Calendar, language: UILanguage, now: Date = Date()
    ) throws(Problem) -> TakingsPeriod {
        func read(_ text: String, _ option: String) throws(Problem) -> Date {
            guard let start = day(text, calendar: calendar, now: now) else {
                throw Problem(option: option, message: language.text(.command(.notADay(TerminalText.sanitize(text)))))
            }
            return start
        }
        let start = try read(first, "--from")
        let end = try last.map { text throws(Problem) in try read(text, "--to") } ?? start
        guard end >= start else { throw Problem(option: "--to", message: language.text(.command(.lastDayBeforeFirst))) }
        return TakingsPeriod(start: start, end: calendar.date(byAdding: .day, value: 1, to: end) ?? end)
    }
}
