import Foundation
import PayseraCheckout

extension PaymentLink {
    /// "Expires in 3 days (Sat 28 Nov 2026 14:02 UTC)" or "Never expires."
    public func expiryWords(now: Date, language: UILanguage = .en) -> String {
        guard let expiredAt else { return language.text(.ui(.createdNeverExpires)) }
        let when = Date(timeIntervalSince1970: TimeInterval(expiredAt))
        let date: String
        if language == .en {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "EEE d MMM yyyy HH:mm zzz"
            date = formatter.string(from: when)
        } else {
            let zone = TimeZone.current
            // The year always, as English shows it, so the line stands alone in a log.
            let farFromNow = Date(timeIntervalSince1970: 0)
            date = language.dateTime(when, now: farFromNow, timeZone: zone) + " " + (zone.abbreviation(for: when) ?? zone.identifier)
        }
        let left = expiredAt - Int(now.timeIntervalSince1970.rounded())
        if left <= 0 { return language.text(.createdExpired(date: date)) }
        // Round to the minute so "90m" reads as "1 hour 30 minutes", not "1 hour 29 minutes 59 seconds".
        let rounded = left >= 60 ? Int((Double(left) / 60).rounded()) * 60 : left
        return language.text(.createdExpiresIn(words: Lifetime.words(seconds: rounded, language: language), date: date))
    }
}
