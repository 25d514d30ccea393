import Foundation

/// The dashboard's chart: each month's recurring and break/fix revenue as stacked bars, inline
/// SVG, readable in grayscale (recurring solid, break/fix hatched) and labelled in the currency.
public struct RevenueChart: Sendable {
    public struct Bar: Sendable {
        /// `Nov`
        public var label: String
        public var recurring: Money
        public var breakFix: Money
    }

    public static let width = 640.0, height = 260.0
    public static let left = 78.0, right = 16.0, top = 16.0, bottom = 58.0
    public var bars: [Bar]
    public var scale: AxisScale

    public init(bars: [Bar]) {
        self.bars = bars
        scale = AxisScale(largest: bars.map { $0.recurring + $0.breakFix }.max() ?? .zero)
    }

    var plotWidth: Double { Self.width - Self.left - Self.right }
    var plotHeight: Double { Self.height - Self.top - Self.bottom }
    func y(_ value: Money) -> Double {
        Self.top + plotHeight * (1 - Double(value.minorUnits) / Double(max(1, scale.maximum.minorUnits)))
    }

    public func svg(language: Language, title: String) -> String {
        let money = language.money, words = language.labels.dashboard
        let c = { (v: Double) in String(format: "%.1f", v) }
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\" aria-labelledby=\"revenue-title\">"
        out += "<title id=\"revenue-title\">\(escapeXML(title))</title>"
        out += "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1d2329\" stroke-width=\"2\"/></pattern></defs>"
        for tick in scale.ticks {
            out += "<line class=\"grid\" x1=\"\(c(Self.left))\" y1=\"\(c(y(tick)))\" x2=\"\(c(Self.left + plotWidth))\" y2=\"\(c(y(tick)))\"/>"
            out += "<text class=\"tick\" x=\"\(c(Self.left - 6))\" y=\"\(c(y(tick) + 4))\" text-anchor=\"end\">\(escapeXML(money.whole(tick)))</text>"
        }
        let slot = plotWidth / Double(max(1, bars.count))
        for (index, bar) in bars.enumerated() {
            let x = Self.left + slot * Double(index) + slot * 0.15, w = slot * 0.7
            let base = y(.zero), recurringTop = y(bar.recurring), total = y(bar.recurring + bar.breakFix)
            out += "<rect class=\"recurring\" x=\"\(c(x))\" y=\"\(c(recurringTop))\" width=\"\(c(w))\" height=\"\(c(base - recurringTop))\"/>"
            if bar.breakFix > .zero {
                out += "<rect class=\"break-fix\" fill=\"url(#hatch)\" x=\"\(c(x))\" y=\"\(c(total))\" width=\"\(c(w))\" height=\"\(c(recurringTop - total))\"/>"
            }
            out += "<text class=\"tick\" x=\"\(c(x + w / 2))\" y=\"\(c(base + 15))\" text-anchor=\"middle\">\(escapeXML(bar.label))</text>"
        }
        out += "<line class=\"axis\" x1=\"\(c(Self.left))\" y1=\"\(c(y(.zero)))\" x2=\"\(c(Self.left + plotWidth))\" y2=\"\(c(y(.zero)))\"/>"
        let legendY = Self.height - 14
        out += "<rect class=\"recurring\" x=\"\(c(Self.left))\" y=\"\(c(legendY - 10))\" width=\"14\" height=\"12\"/>"
        out += "<text class=\"series-label\" x=\"\(c(Self.left + 20))\" y=\"\(c(legendY))\">\(escapeXML(words.legendRecurring))</text>"
        out += "<rect class=\"break-fix\" fill=\"url(#hatch)\" x=\"\(c(Self.left + 190))\" y=\"\(c(legendY - 10))\" width=\"14\" height=\"12\"/>"
        out += "<text class=\"series-label\" x=\"\(c(Self.left + 210))\" y=\"\(c(legendY))\">\(escapeXML(words.legendBreakFix))</text>"
        return out + "</svg>"
    }
}

