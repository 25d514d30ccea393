import Foundation

/// How amounts are written on documents, for the business's currency and locale:
/// `$1,234.50` in en_US, `1.234,50 €` in de_DE. Negative amounts take a leading minus sign (`−$12.00`).
///
/// Foundation is asked once for the locale's symbols; formatting itself is integer arithmetic,
/// so it is exact and cheap.
public struct MoneyFormat: Sendable {
    public var prefix: String
    public var suffix: String
    public var groupingSeparator: String
    public var decimalSeparator: String
    public var minorDigits: Int

    init(prefix: String, suffix: String, groupingSeparator: String, decimalSeparator: String, minorDigits: Int) {
        self.prefix = prefix
        self.suffix = suffix
        self.groupingSeparator = groupingSeparator
        self.decimalSeparator = decimalSeparator
        self.minorDigits = minorDigits
    }

    public init(currency: Currency, locale: String) {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.numberStyle = .currency
        formatter.currencyCode = currency.code
        prefix = formatter.positivePrefix ?? ""
        suffix = formatter.positiveSuffix ?? ""
        groupingSeparator = formatter.groupingSeparator ?? ","
        decimalSeparator = formatter.currencyDecimalSeparator ?? formatter.decimalSeparator ?? "."
        minorDigits = currency.minorDigits
    }

    /// Minor units in a whole unit: 100 for two decimals.
    private var unit: UInt {
        var unit: UInt = 1
        for _ in 0..<minorDigits { unit *= 10 }
        return unit
    }

    public func format(_ money: Money) -> String {
        let magnitude = money.minorUnits.magnitude
        let divisor = unit
        let whole = String(magnitude / divisor)
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped += groupingSeparator }
            grouped.append(digit)
        }
        var text = prefix + grouped
        if minorDigits > 0 {
            text += decimalSeparator + padded(Int(magnitude % divisor), to: minorDigits)
        }
        text += suffix
        return money.isNegative ? "−" + text : text
    }

    /// An amount in whole units, for chart axes: `$12,000`.
    public func whole(_ money: Money) -> String {
        let rounded = MoneyFormat(prefix: prefix, suffix: suffix, groupingSeparator: groupingSeparator,
                                  decimalSeparator: decimalSeparator, minorDigits: 0)
        return rounded.format(Money(minorUnits: roundedQuotient(Int128(money.minorUnits), Int128(unit))))
    }

    /// An amount with no currency sign or grouping, for CSV and journals: `-1234.50`.
    public func plain(_ money: Money) -> String {
        let magnitude = money.minorUnits.magnitude
        let divisor = unit
        let sign = money.isNegative ? "-" : ""
        let whole = String(magnitude / divisor)
        return minorDigits == 0 ? sign + whole : sign + whole + "." + padded(Int(magnitude % divisor), to: minorDigits)
    }
}
