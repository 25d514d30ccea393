/// A quarter's hours of work as bars, one per month: covered below, billed stacked on top.
struct HoursChart {
    var months: [QuarterlyReview.MonthFigures]

    static let width = 480.0, height = 170.0, left = 40.0, bottom = 40.0, top = 10.0

    func svg(language: Language) -> String {
        let words = language.labels.review
        let c = CostChart.coordinate
        let most = max(1, months.map { $0.worth.hours.hundredths }.max() ?? 1)
        // Whole hours on the axis: the top tick is the most hours in a month, rounded up.
        let topHours = (most + 99) / 100
        let plot = Self.height - Self.bottom - Self.top
        func y(_ hundredths: Int) -> Double { Self.top + plot * (1 - Double(hundredths) / Double(topHours * 100)) }
        var out = "<svg class=\"chart hours\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\" aria-labelledby=\"hours-title\">"
        out += "<title id=\"hours-title\">\(escapeXML(words.chartTitle))</title>"
        for tick in [0, topHours] {
            out += "<line class=\"grid\" x1=\"\(c(Self.left))\" y1=\"\(c(y(tick * 100)))\" x2=\"\(c(Self.width))\" y2=\"\(c(y(tick * 100)))\"/>"
            out += "<text class=\"tick\" x=\"\(c(Self.left - 6))\" y=\"\(c(y(tick * 100) + 4))\" text-anchor=\"end\">\(tick) h</text>"
        }
        let slot = (Self.width - Self.left) / Double(months.count)
        for (index, month) in months.enumerated() {
            let x = Self.left + slot * Double(index) + slot * 0.25, w = slot * 0.5
            let covered = month.worth.coveredHours.hundredths, billed = month.worth.billedHours.hundredths
            out += "<rect class=\"recurring\" x=\"\(c(x))\" y=\"\(c(y(covered)))\" width=\"\(c(w))\" height=\"\(c(y(0) - y(covered)))\"/>"
            out += "<rect class=\"break-fix\" fill=\"#fff\" x=\"\(c(x))\" y=\"\(c(y(covered + billed)))\" width=\"\(c(w))\" height=\"\(c(y(covered) - y(covered + billed)))\"/>"
            out += "<text class=\"tick\" x=\"\(c(x + w / 2))\" y=\"\(c(y(0) + 15))\" text-anchor=\"middle\">\(escapeXML(language.abbreviation(month.month)))</text>"
        }
        let legend = Self.height - 8
        out += "<rect class=\"recurring\" x=\"\(c(Self.left))\" y=\"\(c(legend - 10))\" width=\"14\" height=\"12\"/>"
        out += "<text class=\"series-label\" x=\"\(c(Self.left + 20))\" y=\"\(c(legend))\">\(escapeXML(words.legendCovered))</text>"
        out += "<rect class=\"break-fix\" fill=\"#fff\" x=\"\(c(Self.left + 160))\" y=\"\(c(legend - 10))\" width=\"14\" height=\"12\"/>"
        out += "<text class=\"series-label\" x=\"\(c(Self.left + 180))\" y=\"\(c(legend))\">\(escapeXML(words.legendBilled))</text>"
        return out + "</svg>"
    }
}
