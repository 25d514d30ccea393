import Testing
@testable import UpkeepKit

@Suite("Money and the rounding rule")
struct MoneyTests {
    @Test("rounds once, to the nearest cent, halves away from zero", arguments: [
        // (cents, numerator, denominator, expected cents)
        (2200, 17, 31, 1206),        // $22.00 × 17/31 = $12.0645… → $12.06 (the proration example)
        (125, 1, 10, 13),            // $0.125 → $0.13
        (-125, 1, 10, -13),          // −$0.125 → −$0.13
        (124, 1, 10, 12),            // $0.124 → $0.12
        (-124, 1, 10, -12),
        (100, 1, 3, 33),             // $0.333… → $0.33
        (200, 1, 3, 67),             // $0.666… → $0.67
        (54000, 50_000, 1_000_000, 2700), // 5% of $540.00
        (0, 7, 9, 0),
    ])
    func scaledRounding(cents: Int, numerator: Int, denominator: Int, expected: Int) {
        #expect(Money(minorUnits: Int128(cents)).scaled(by: numerator, over: denominator) == Money(minorUnits: Int128(expected)))
    }

    @Test func percentagesAndHours() {
        #expect(Money(minorUnits: 12345).applying(Ratio(perMillion: 72_500)) == Money(minorUnits: 895)) // 7.25% of $123.45 = $8.95
        #expect(Hours(hundredths: 125).cost(at: Money(minorUnits: 8500)) == Money(minorUnits: 10625))  // 1.25 h × $85
        #expect(Hours(hundredths: 33).cost(at: Money(minorUnits: 11000)) == Money(minorUnits: 3630))
        #expect(Money(minorUnits: 11000).applying(Ratio(perMillion: 1_500_000)) == Money(minorUnits: 16500))
    }

    @Test("parses plain decimals exactly", arguments: [
        ("45", 2, 4500), ("45.5", 2, 4550), ("45.00", 2, 4500), ("45.000", 2, 4500), ("0.01", 2, 1),
        ("-3.25", 2, -325), ("1000000", 0, 1_000_000), ("1.5", 6, 1_500_000),
    ])
    func parse(text: String, digits: Int, expected: Int) {
        #expect(DecimalText.parse(text, fractionDigits: digits) == .success(expected))
    }

    @Test("rejects what is not a plain decimal", arguments: [
        ("45.005", 2, DecimalText.Failure.tooManyDecimals(allowed: 2)),
        ("1.5", 0, .tooManyDecimals(allowed: 0)),
        ("$45", 2, .notANumber), ("1,250.00", 2, .notANumber), ("", 2, .notANumber), ("4.", 2, .notANumber),
        (".5", 2, .notANumber), ("1e3", 2, .notANumber), ("12345678901234", 2, .tooLarge),
    ])
    func parseFailures(text: String, digits: Int, failure: DecimalText.Failure) {
        #expect(DecimalText.parse(text, fractionDigits: digits) == .failure(failure))
    }

    @Test func formatsForTheLocale() {
        let usd = MoneyFormat(currency: .usd, locale: "en_US")
        #expect(usd.format(Money(minorUnits: 123_450)) == "$1,234.50")
        #expect(usd.format(Money(minorUnits: -1200)) == "−$12.00")
        #expect(usd.format(Money(minorUnits: 5)) == "$0.05")
        #expect(usd.format(Money(minorUnits: 123_456_789)) == "$1,234,567.89")
        #expect(usd.plain(Money(minorUnits: -123_450)) == "-1234.50")
        let yen = MoneyFormat(currency: Currency(code: "JPY", minorDigits: 0), locale: "ja_JP")
        #expect(yen.format(Money(minorUnits: 12000)).hasSuffix("12,000"))
        let euro = MoneyFormat(currency: Currency(code: "EUR", minorDigits: 2), locale: "de_DE")
        #expect(euro.format(Money(minorUnits: 123_450)) == "1.234,50\u{a0}€")
        #expect(euro.format(Money(minorUnits: -100_000_007)) == "−1.000.000,07\u{a0}€")
        // Every digit count, the extremes, and three decimals.
        #expect(usd.format(.zero) == "$0.00")
        #expect(usd.format(Money(minorUnits: 100_000)) == "$1,000.00")
        #expect(usd.format(Money(minorUnits: 99_999)) == "$999.99")
        #expect(usd.format(Money(minorUnits: Int128(Int.max))) == "$92,233,720,368,547,758.07")
        #expect(usd.format(Money(minorUnits: Int128(Int.min))) == "−$92,233,720,368,547,758.08")
        #expect(usd.plain(Money(minorUnits: 5)) == "0.05")
        #expect(usd.plain(Money(minorUnits: Int128(Int.min))) == "-92233720368547758.08")
        #expect(yen.plain(Money(minorUnits: -7)) == "-7")
        let dinar = MoneyFormat(currency: Currency(code: "KWD", minorDigits: 3), locale: "en_US")
        #expect(dinar.plain(Money(minorUnits: 1_234_005)) == "1234.005")
        #expect(yen.whole(Money(minorUnits: 1_234_567)) .hasSuffix("1,234,567"))
        #expect(usd.whole(Money(minorUnits: 1_234_550)) == "$12,346")
    }

    @Test("formats scaled numbers back, whatever the number of decimals (found by fuzzing: 0 decimals crashed)")
    func formatScaled() {
        #expect(DecimalText.format(45, fractionDigits: 0) == "45")
        #expect(DecimalText.format(-1250, fractionDigits: 2) == "-12.5")
        #expect(DecimalText.format(5, fractionDigits: 3) == "0.005")
    }

    @Test func ratioText() {
        let english = Language.english(MoneyFormat(currency: .usd, locale: "en_US"))
        #expect(english.percent(Ratio(perMillion: 50_000)) == "5%")
        #expect(english.percent(Ratio(perMillion: 88_750)) == "8.875%")
        #expect(english.multiplier(Ratio(perMillion: 1_500_000)) == "1.5")
    }
}
