import Testing
@testable import UpkeepKit

@Suite("Calendar days")
struct DayTests {
    @Test func parsesRealDates() throws {
        let day = try Day.parse("2026-11-15").get()
        #expect((day.year, day.month, day.day) == (2026, 11, 15))
        #expect(day.description == "2026-11-15")
        #expect(Day(year: 7, month: 3, day: 5)!.description == "0007-03-05")
        #expect(Day(year: 9999, month: 12, day: 31)!.description == "9999-12-31")
        #expect(Month(year: 987, month: 1)!.description == "0987-01")
        #expect(day.longText == "November 15, 2026")
        #expect(try Day.parse("2028-02-29").get().day == 29)
        #expect(try Day.parse("2000-02-29").get().day == 29)
    }

    @Test func rejectsImpossibleDates() {
        #expect(Day.parse("2026-02-30") == .failure(.noSuchDay(monthName: "February", year: 2026, days: 28)))
        #expect(Day.parse("2100-02-29") == .failure(.noSuchDay(monthName: "February", year: 2100, days: 28)))
        #expect(Day.parse("2026-04-31") == .failure(.noSuchDay(monthName: "April", year: 2026, days: 30)))
        #expect(Day.parse("2026-13-01") == .failure(.notADate))
        #expect(Day.parse("26-1-1") == .failure(.notADate))
        #expect(Day.parse("2026/01/01") == .failure(.notADate))
        #expect(Day.parse("2026-01-+1") == .failure(.notADate))
    }

    @Test func ordinalsRoundTrip() throws {
        #expect(try Day.parse("1970-01-01").get().ordinal == 0)
        #expect(try Day.parse("2026-03-01").get().adding(days: -1).description == "2026-02-28")
        #expect(try Day.parse("2028-02-28").get().adding(days: 1).description == "2028-02-29")
        #expect(try Day.parse("2026-12-31").get().adding(days: 1).description == "2027-01-01")
        for ordinal in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(Day(ordinal: ordinal).ordinal == ordinal)
        }
    }

    @Test func months() throws {
        let month = try #require(Month("2028-02"))
        #expect(month.dayCount == 29)
        #expect(month.lastDay.description == "2028-02-29")
        #expect(Month("2026-12")!.next.description == "2027-01")
        #expect(Month("2026-01")!.previous.description == "2025-12")
        #expect(Month("2026-1") == nil)
    }
}
