import Foundation
import Testing
@testable import UpkeepKit

@Suite("View models")
struct TemplateViewTests {
    /// Walks a view model and every view model inside it, checking each type's field table
    /// against its stored properties.
    func check(_ value: Any, _ seen: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional || mirror.displayStyle == .collection {
            for child in mirror.children { check(child.value, &seen) }
            return
        }
        guard let view = value as? any TemplateView else { return }
        let type = String(reflecting: Swift.type(of: view))
        let labels = Set(mirror.children.compactMap(\.label))
        #expect(labels == Set(fieldNames(of: view)), "\(type): stored properties and template fields differ")
        seen.insert(type)
        for child in mirror.children { check(child.value, &seen) }
    }

    func fieldNames<V: TemplateView>(of view: V) -> [String] { Array(V.fields.keys) }

    @Test("every view model lets templates read exactly its stored properties")
    func fieldTables() throws {
        let shop = try Pipeline.validate(root: repositoryRoot).get().shop
        let today = Day(year: 2026, month: 11, day: 29)!
        let context = try Pipeline.validate(root: repositoryRoot).get().renderContext(today: today)
        let statements = StatementEngine.statements(for: shop, through: Month("2026-10")!)
        let proposal = try ClientDocuments.proposal("greenfield-vet", in: Books(shop, today: today))
        let comparison = try #require(Books(shop, today: today).comparison(for: shop.client(ID("oak-street-clinic"))!))
        let views: [Any] = [
            PricingPageView.make(Books(shop, today: today), context), NotFoundView.make(shop, context),
            DashboardView.make(DashboardFigures(Books(shop, today: today), summaries: statements.mapValues({ ClientSummary($0, planToday: nil) }), totals: [:]), Books(shop, today: today), context),
            ProposalView.make(proposal, shop, context),
            ComparisonView.make(comparison, subject: "Oak", path: "clients/oak/comparison.html", tree: .private, policy: .always, shop: shop, context: context, language: context.languages.business),
            StatementView.make(statements[ID("miller-accounting")]![7], client: shop.client(ID("miller-accounting"))!, context: context),
        ]
        var seen = Set<String>()
        for view in views { check(view, &seen) }
        #expect(seen.count >= 30)
    }
}
