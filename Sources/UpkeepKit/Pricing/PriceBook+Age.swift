extension PriceBook {
    /// The age surcharge a device of `age` years pays each month: the bracket with the highest
    /// `older_than_years` its age exceeds (nil: none).
    public func ageSurcharge(forAge age: Int) -> AgeSurcharge? {
        ageSurcharges.filter { age > $0.olderThanYears }.max { $0.olderThanYears < $1.olderThanYears }
    }

    /// Whether a device of `age` years is too old to cover (`max_age_years`).
    public func isTooOld(_ age: Int) -> Bool { maxAgeYears.map { age > $0 } ?? false }
}
