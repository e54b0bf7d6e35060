import Foundation
import PaylinkCore
import PaylinkService
import PaylinkStore
import Testing

@Suite struct TakingsPeriodTests {
    let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Vilnius")!
        return calendar
    }()
    let now = Date(timeIntervalSince1970: 1_796_000_000)

    @Test func daysRunFromTheFirstToTheEndOfTheLast() throws {
        let one = try TakingsPeriod.days(from: "2026-12-01", to: nil, calendar: calendar, language: .en, now: now)
        #expect(one.end.timeIntervalSince(one.start) == 86_400)
        let three = try TakingsPeriod.days(from: "2026-12-01", to: "2026-12-03", calendar: calendar, language: .en, now: now)
        #expect(three.start == one.start && three.end.timeIntervalSince(three.start) == 3 * 86_400)
        let today = try TakingsPeriod.days(from: "yesterday", to: "today", calendar: calendar, language: .en, now: now)
        #expect(today.end == calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: now)))
    }

    @Test func aDayThatIsNotOneOrALastDayBeforeTheFirstNamesItsOption() {
        #expect(throws: TakingsPeriod.Problem.self) { try TakingsPeriod.days(from: "2026-13-01", to: nil, calendar: calendar, language: .en) }
        do {
            _ = try TakingsPeriod.days(from: "2026-12-02", to: "2026-02-30", calendar: calendar, language: .en)
            Issue.record("30 February was read as a day")
        } catch { #expect(error.option == "--to") }
        do {
            _ = try TakingsPeriod.days(from: "today", to: "yesterday", calendar: calendar, language: .lt, now: now)
            Issue.record("the last day before the first was taken")
        } catch { #expect(error.description == "--to: paskutinė diena yra anksčiau nei --from.") }
    }
}
