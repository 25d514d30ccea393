import Foundation

/// Every name a template may use, checked when templates load: swift-mustache renders a name
/// it cannot find as nothing, so a misspelt `{{amountDeu}}` would otherwise print a blank on a
/// client's statement.
enum TemplateFields {
    /// Every view model type, whose field names templates may use.
    static let views: [any TemplateView.Type] = [
        PageFrame.self, LetterheadView.self, PricingPageView.self, PricingPageView.PlanColumn.self,
        PricingPageView.AddonRow.self, PricingPageView.ExampleRow.self, PricingPageView.Factor.self, NotFoundView.self,
        DashboardView.self, DashboardView.Link.self, DashboardView.ClientRow.self, DashboardView.ClientGroup.self,
        DashboardView.MonthRow.self, DashboardView.Ending.self, DashboardView.Overdue.self,
        ProposalView.self, ProposalView.ClientBlock.self, ProposalView.DeviceRow.self, ProposalView.Environment.self,
        ProposalView.Option.self, ProposalView.ComparisonSummary.self, QuoteBreakdown.Row.self,
        ComparisonView.self, ComparisonView.Row.self, ComparisonView.Total.self, ComparisonView.Assumption.self,
        ComparisonView.Month.self, StatementView.self, StatementView.Row.self, StatementView.Section.self,
        StatementView.Party.self, StatementView.AgingView.self,
    ]

    static let known: Set<String> = Set(views.flatMap { names(of: $0) })

    static func names<V: TemplateView>(of type: V.Type) -> [String] { Array(V.fields.keys) }

    /// The names in `text`'s tags that no view model has, with their line and column.
    static func unknown(in text: String) -> [(name: String, line: Int, column: Int)] {
        var problems: [(String, Int, Int)] = []
        var line = 1, column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let start = (line, column)
                guard let close = text[index...].range(of: "}}") else { break }
                var tag = text[text.index(index, offsetBy: 2)..<close.lowerBound]
                if tag.hasPrefix("{") { tag = tag.dropFirst() }
                tag = tag.drop { $0 == " " }
                let sigil = tag.first
                if let sigil, "!><$=/".contains(sigil) {
                    // Comments, partials, parents, blocks and delimiter changes name templates, not
                    // fields; a closing tag repeats a name already checked where it opened.
                } else {
                    if let sigil, "#^&".contains(sigil) { tag = tag.dropFirst() }
                    let name = tag.trimmingCharacters(in: .whitespaces)
                    if name != "." {
                        for part in name.split(separator: ".") where !known.contains(String(part)) {
                            problems.append((name, start.0, start.1))
                            break
                        }
                    }
                }
                for character in text[index..<close.upperBound] {
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = close.upperBound
            } else {
                if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index = text.index(after: index)
            }
        }
        return problems
    }
}
