import Foundation
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
