/// The money axis of a chart: a round top above the largest value and evenly spaced ticks,
/// a step of 1, 2 or 5 × a power of ten giving at most six steps.
public struct AxisScale: Sendable {
    public var maximum: Money
    public var ticks: [Money]

    public init(largest: Money) {
        var step: Int128 = 100
        while largest.minorUnits > step * 6 {
            let digits = String(describing: step)
            step = digits.hasPrefix("1") ? step * 2 : digits.hasPrefix("2") ? step / 2 * 5 : step * 2
        }
        let count = max(1, (largest.minorUnits + step - 1) / step)
        maximum = Money(minorUnits: step * count)
        ticks = (0...Int(count)).map { Money(minorUnits: Int128($0) * step) }
    }
}
