/// What managed services buy, beyond the expected cost: the figures a proposal and the public
/// sheet show, and whether the owner's setting lets them show the comparison at all.
extension Comparison {
    /// The first 12 months, onboarding included, expected or in a bad year (`badYear`).
    public func firstYear(bad: Bool = false) -> (breakFix: Money, managed: Money) {
        let year = bad ? badYear : .one
        return (breakFixTotal(months: 12, year: year), managedTotal(months: 12, year: year))
    }

    /// Where managed services cost less in the first 12 months: an expected year first, else a
    /// bad one; nil when in neither.
    public var savesIn: SavingYear? {
        let expected = firstYear(), bad = firstYear(bad: true)
        if expected.managed < expected.breakFix { return .expected(expected.breakFix - expected.managed) }
        if bad.managed < bad.breakFix { return .bad(bad.breakFix - bad.managed) }
        return nil
    }

    /// Staff hours lost to downtime in a typical year, break/fix then managed, to the nearest hour.
    public var downtimeHours: (breakFix: Int, managed: Int) {
        func hours(_ lines: [CostLine]) -> Int {
            // Hundredths of incidents × hundredths of staff × hundredths of hours: millionths of hours.
            let millionths = lines.reduce(Int128(0)) { total, line in
                guard case .downtime(let incidents, let staff, let hours, _) = line.item else { return total }
                return total + Int128(incidents.hundredths) * Int128(staff.hundredths) * Int128(hours.hundredths)
            }
            return Int(roundedQuotient(millionths, 1_000_000))
        }
        return (hours(breakFix), hours(managed))
    }

    /// The cheapest and the dearest month of break/fix in a typical year.
    public var breakFixMonthRange: (low: Money, high: Money) {
        (typicalYearMonths.min() ?? .zero, typicalYearMonths.max() ?? .zero)
    }
}

/// The first year in which managed services cost less, and by how much.
public enum SavingYear: Sendable, Equatable {
    case expected(Money)
    case bad(Money)
}

extension ComparisonPolicy {
    /// Whether a document under this setting shows `comparison`.
    public func shows(_ comparison: Comparison) -> Bool {
        switch self {
        case .always: true
        case .whenManagedSaves: comparison.savesIn != nil
        case .never: false
        }
    }
}
