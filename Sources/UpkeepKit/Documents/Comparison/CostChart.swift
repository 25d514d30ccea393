import Foundation

/// The cumulative-cost chart of a comparison, as inline SVG: no JavaScript, readable in print
/// and in grayscale (each line has its own dash pattern and a label at its end), axes labelled
/// in the business's currency.
public struct CostChart: Sendable {
    public struct Series: Sendable {
        public var label: String
        /// Cumulative cost at the end of month 0, 1, … `months`.
        public var values: [Money]
        /// `solid`, `dashed` or `dotted`: the CSS class of the line.
        public var style: String
    }

    public static let width = 640.0, height = 320.0
    public static let left = 78.0, right = 150.0, top = 16.0, bottom = 46.0
    public var months: Int
    public var series: [Series]
    /// The top of the y axis, a round figure above the largest value.
    public var maximum: Money
    /// Values at which the y axis has a tick.
    public var ticks: [Money]

    public init(months: Int, series: [Series]) {
        self.months = months
        self.series = series
        let scale = AxisScale(largest: series.flatMap(\.values).max() ?? .zero)
        maximum = scale.maximum
        ticks = scale.ticks
    }

    public var plotWidth: Double { Self.width - Self.left - Self.right }
    public var plotHeight: Double { Self.height - Self.top - Self.bottom }

    public func x(_ month: Int) -> Double { Self.left + plotWidth * Double(month) / Double(months) }
    public func y(_ value: Money) -> Double {
        Self.top + plotHeight * (1 - Double(value.minorUnits) / Double(max(1, maximum.minorUnits)))
    }

    /// A coordinate to a tenth, halves away from zero: `78.0`, `-6.5`.
    static func coordinate(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// The chart as an SVG element; `title` names it for screen readers.
    public func svg(language: Language, title: String) -> String {
        let c = Self.coordinate, money = language.money, words = language.labels.comparison
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\" aria-labelledby=\"chart-title\">"
        out += "<title id=\"chart-title\">\(escapeXML(title))</title>"
        for tick in ticks {
            out += "<line class=\"grid\" x1=\"\(c(Self.left))\" y1=\"\(c(y(tick)))\" x2=\"\(c(Self.left + plotWidth))\" y2=\"\(c(y(tick)))\"/>"
            out += "<text class=\"tick\" x=\"\(c(Self.left - 6))\" y=\"\(c(y(tick) + 4))\" text-anchor=\"end\">\(escapeXML(money.whole(tick)))</text>"
        }
        for month in stride(from: 0, through: months, by: 6) {
            out += "<text class=\"tick\" x=\"\(c(x(month)))\" y=\"\(c(Self.top + plotHeight + 16))\" text-anchor=\"middle\">\(month)</text>"
        }
        out += "<line class=\"axis\" x1=\"\(c(Self.left))\" y1=\"\(c(Self.top + plotHeight))\" x2=\"\(c(Self.left + plotWidth))\" y2=\"\(c(Self.top + plotHeight))\"/>"
        out += "<line class=\"axis\" x1=\"\(c(Self.left))\" y1=\"\(c(Self.top))\" x2=\"\(c(Self.left))\" y2=\"\(c(Self.top + plotHeight))\"/>"
        out += "<text class=\"axis-title\" x=\"\(c(Self.left + plotWidth / 2))\" y=\"\(c(Self.height - 8))\" text-anchor=\"middle\">\(escapeXML(words.axisMonths))</text>"
        out += "<text class=\"axis-title\" x=\"14\" y=\"\(c(Self.top + plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(c(Self.top + plotHeight / 2)))\">\(escapeXML(Placeholders.fill(words.axisTotalCost, ["currency": (money.prefix + money.suffix).trimmingCharacters(in: .whitespaces)])))</text>"
        // Labels at the line ends, nudged apart so they never overlap.
        var labelY: [Double] = []
        for line in series.sorted(by: { ($0.values.last ?? .zero) > ($1.values.last ?? .zero) }) {
            let points = line.values.enumerated().map { "\(c(x($0.offset))),\(c(y($0.element)))" }.joined(separator: " ")
            out += "<polyline class=\"series \(line.style)\" data-label=\"\(escapeXML(line.label))\" points=\"\(points)\"/>"
            var ly = y(line.values.last ?? .zero) + 4
            if let previous = labelY.last, ly < previous + 13 { ly = previous + 13 }
            labelY.append(ly)
            out += "<text class=\"series-label\" x=\"\(c(Self.left + plotWidth + 6))\" y=\"\(c(ly))\">\(escapeXML(line.label))</text>"
        }
        return out + "</svg>"
    }
}
