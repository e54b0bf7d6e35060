import Foundation

/// Time left on a link, as text.
public enum Countdown {
    /// "2d 03:04:05", "03:04:05", "59:59", "expired", "never expires".
    public static func text(from now: Date, to expiresAt: Date?, language: UILanguage = .en) -> String {
        guard let expiresAt else { return language.text(.ui(.neverExpires)) }
        let left = expiresAt.timeIntervalSince(now)
        guard left > 0 else { return language.text(.ui(.expired)) }
        // Rounding up keeps "00:00" from showing while time is still left.
        let seconds = left >= Double(Int.max / 2) ? Int.max / 2 : Int(left.rounded(.up))
        let days = seconds / 86_400
        let hours = seconds % 86_400 / 3_600
        let minutes = seconds % 3_600 / 60
        let rest = seconds % 60
        if days > 0 { return "\(days)d \(two(hours)):\(two(minutes)):\(two(rest))" }
        if hours > 0 { return "\(two(hours)):\(two(minutes)):\(two(rest))" }
        return "\(two(minutes)):\(two(rest))"
    }

    /// Share of the lifetime still left, 0…1; nil when the link never expires or its start is unknown.
    public static func fraction(createdAt: Date?, expiresAt: Date?, now: Date) -> Double? {
        guard let createdAt, let expiresAt else { return nil }
        let total = expiresAt.timeIntervalSince(createdAt)
        guard total > 0 else { return 0 }
        return min(1, max(0, expiresAt.timeIntervalSince(now) / total))
    }

    /// Whether the countdown is near its end: the last 10 % of the lifetime or the last minute.
    public static func isWarning(createdAt: Date?, expiresAt: Date?, now: Date) -> Bool {
        guard let expiresAt else { return false }
        let left = expiresAt.timeIntervalSince(now)
        guard left > 0 else { return false }
        if left <= 60 { return true }
        if let share = fraction(createdAt: createdAt, expiresAt: expiresAt, now: now) { return share <= 0.1 }
        return false
    }

    /// Unix seconds as the API gives them, to a date; nil stays nil (a link that never expires).
    public static func date(unixSeconds: Int?) -> Date? {
        unixSeconds.map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
