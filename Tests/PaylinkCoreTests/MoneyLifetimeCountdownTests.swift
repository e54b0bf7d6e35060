import Foundation
import TestSupport
import Testing
@testable import PaylinkCore

@Suite("Money", .ownThread)
struct MoneyTests {
    @Test("Exponents follow ISO 4217", arguments: [("EUR", 2), ("eur", 2), ("JPY", 0), ("KRW", 0), ("ISK", 0), ("KWD", 3), ("BHD", 3), ("TND", 3), ("CLF", 4), ("USD", 2)])
    func exponents(code: String, exponent: Int) {
        #expect(Money.exponent(of: code) == exponent)
    }

    @Test("Unknown currencies have no exponent")
    func unknownExponent() {
        #expect(Money.exponent(of: "ABC") == nil)
        #expect(Money.exponent(of: "") == nil)
    }

    @Test("Formatting puts the exponent's digits after the point", arguments: [
        (2500, "EUR", "25.00"), (1, "EUR", "0.01"), (0, "EUR", "0.00"), (2500, "JPY", "2500"), (1, "KWD", "0.001"),
        (-150, "EUR", "-1.50"), (2_147_483_647, "EUR", "21474836.47"),
    ])
    func format(minor: Int, code: String, text: String) {
        #expect(Money.format(minor: minor, currency: code) == text)
    }

    @Test("Display adds the currency code")
    func display() {
        #expect(Money.display(minor: 2500, currency: "eur") == "25.00 EUR")
        #expect(Money.display(minor: 2500, currency: "JPY") == "2500 JPY")
        #expect(Money.format(minor: Int.min, currency: "EUR").hasPrefix("-"))
    }
}

@Suite("Lifetime", .ownThread)
struct LifetimeTests {
    @Test("Formatting picks the largest units", arguments: [
        (259_200, "3d"), (5_400, "1h30m"), (0, "never"), (129_600, "1d12h"), (59, "59s"), (86_313_600, "999d"), (90_061, "1d1h1m1s"),
    ])
    func format(seconds: Int, text: String) {
        #expect(Lifetime.format(seconds: seconds) == text)
        #expect(Lifetime.parse(text) == .success(seconds))
    }

    @Test("Empty text means the default of three days")
    func emptyIsDefault() throws {
        #expect(Lifetime.parse("  ") == .success(Lifetime.defaultSeconds))
        #expect(Lifetime.defaultSeconds == 259_200)
    }

    @Test("Words read naturally")
    func words() {
        #expect(Lifetime.words(seconds: 259_200) == "3 days")
        #expect(Lifetime.words(seconds: 3_660) == "1 hour 1 minute")
        #expect(Lifetime.words(seconds: 0) == "never expires")
    }
}

@Suite("Countdown", .ownThread)
struct CountdownTests {
    let now = Date(timeIntervalSince1970: 1_736_433_270)

    /// Seconds left and the text they show.
    static let leftCases: [(Double, String)] = [
        (183_845, "2d 03:04:05"),
        (86_400, "1d 00:00:00"),
        (11_045, "03:04:05"),
        (3_600, "01:00:00"),
        (3_599, "59:59"),
        (1, "00:01"),
        (0.4, "00:01"),
        (0, "expired"),
        (-5, "expired"),
    ]

    @Test("Countdown text by time left", arguments: leftCases)
    func text(left: Double, expected: String) {
        #expect(Countdown.text(from: now, to: now.addingTimeInterval(left)) == expected)
    }

    @Test("No expiry reads as never expires")
    func never() {
        #expect(Countdown.text(from: now, to: nil) == "never expires")
        #expect(Countdown.fraction(createdAt: now, expiresAt: nil, now: now) == nil)
        #expect(!Countdown.isWarning(createdAt: now, expiresAt: nil, now: now))
    }

    @Test("Fraction is the share of the lifetime left, clamped")
    func fraction() {
        let created = now.addingTimeInterval(-750)
        let expires = now.addingTimeInterval(250)
        #expect(Countdown.fraction(createdAt: created, expiresAt: expires, now: now) == 0.25)
        #expect(Countdown.fraction(createdAt: created, expiresAt: expires, now: expires.addingTimeInterval(10)) == 0)
        #expect(Countdown.fraction(createdAt: created, expiresAt: expires, now: created.addingTimeInterval(-10)) == 1)
    }

    @Test("Warning in the last 10 % or the last minute, not after expiry")
    func warning() {
        let created = now.addingTimeInterval(-9_000)
        #expect(Countdown.isWarning(createdAt: created, expiresAt: now.addingTimeInterval(999), now: now))
        #expect(!Countdown.isWarning(createdAt: created, expiresAt: now.addingTimeInterval(1_001), now: now))
        let longAgo = now.addingTimeInterval(-86_400 * 30)
        #expect(!Countdown.isWarning(createdAt: now, expiresAt: now.addingTimeInterval(86_400), now: now))
        #expect(Countdown.isWarning(createdAt: longAgo, expiresAt: now.addingTimeInterval(60), now: now))
        #expect(!Countdown.isWarning(createdAt: created, expiresAt: now, now: now))
    }

    @Test("Unix seconds become dates")
    func dates() {
        #expect(Countdown.date(unixSeconds: 1_736_436_870) == Date(timeIntervalSince1970: 1_736_436_870))
        #expect(Countdown.date(unixSeconds: nil) == nil)
    }
}
