import Foundation

/// The pricing page's calculator (`{{#calculator}}`): the form the page shows, and the words and
/// formats its script writes the quotes in. The script (`site/calculator.js`) prices the office
/// from `pricebook.json` the way `PriceEngine` does; see docs/pricing-page.md.
public struct CalculatorView: TemplateView {
    /// One row of the computers table: an age bracket, and the age the script prices its devices
    /// at (any age in the bracket prices the same).
    public struct AgeRow: TemplateView {
        /// `5 to 7 years old`
        public var label: String
        /// `age-1`: the inputs' names are `workstations-age-1`, `servers-age-1`.
        public var key: String
        /// The age the script gives these devices: the bracket's youngest.
        public var age: Int
        /// The bracket beyond `max_age_years`.
        public var notCovered: Bool
        /// The row the calculator starts with five workstations in.
        public var isFirst: Bool
    }
    public struct Service: TemplateView {
        public var id: String
        public var name: String
        /// `$9.00 per computer a month`, or `Included in every plan`.
        public var price: String
    }
    public struct Term: TemplateView {
        public var months: Int
        public var text: String
        public var isDefault: Bool
    }

    public var ages: [AgeRow]
    public var services: [Service]
    public var hasServices: Bool
    public var terms: [Term]
    /// The words and formats of the quotes, as JSON for the script (insert with `{{{wordsJSON}}}`).
    public var wordsJSON: String
    /// `pricebook.json`'s text, carried in the page too so the calculator works from `file://`
    /// (insert with `{{{priceBookJSON}}}`).
    public var priceBookJSON: String
    /// The script's name: `calculator-1a2b3c4d.js`.
    public var scriptHref: String

    /// What the script writes with: the language's amounts, numbers and labels.
    struct Words: Encodable {
        struct MoneyFormat: Encodable {
            var prefix: String
            var suffix: String
            var grouping: String
            var decimal: String
            var minorDigits: Int
        }
        var money: MoneyFormat
        /// The separator of percentages' decimals.
        var decimal: String
        /// `{number}%`
        var percent: String
        var lines: PriceLineLabels
        var monthlyFee: String
        var monthlyTotal: String
        var onboardingFee: String
        var onboardingTotal: String
        var firstMonth: String
        var recommendedForYou: String
        var expectedWithCalls: String
        var notCovered: String

        init(_ language: Language) {
            let format = language.money, proposal = language.labels.proposal, site = language.labels.site
            money = MoneyFormat(prefix: format.prefix, suffix: format.suffix, grouping: format.groupingSeparator,
                                decimal: format.decimalSeparator, minorDigits: format.minorDigits)
            decimal = language.decimalSeparator
            percent = language.labels.common.percent
            lines = language.labels.priceLines
            monthlyFee = proposal.monthlyFee
            monthlyTotal = proposal.monthlyTotal
            onboardingFee = proposal.onboardingFee
            onboardingTotal = proposal.onboardingTotal
            firstMonth = proposal.firstMonth
            recommendedForYou = site.recommendedForYou
            expectedWithCalls = site.expectedWithCalls
            notCovered = site.notCovered
        }
    }

    /// The script, built into the program: it must price exactly as `PriceEngine` does, so it is
    /// not a template the owner edits.
    static let script: [UInt8] = {
        let file = EmbeddedDefaults.files.first { $0.path == "site/calculator.js" }!
        return Array(Data(base64Encoded: file.base64)!)
    }()

    /// `calculator-1a2b3c4d.js`: its name in `public/`, which changes whenever its content does.
    static let scriptName = "calculator-\(Fingerprint.shortHex(script)).js"

    static func make(_ shop: Shop, language: Language, priceBookJSON: String) -> CalculatorView {
        let words = language.labels.site, book = shop.priceBook
        let months = Set(book.termDiscounts.map(\.months) + [book.defaultTermMonths]).sorted()
        return CalculatorView(
            ages: ages(book, words),
            services: book.addons.map { addon in
                Service(id: addon.id.value.rawValue, name: addon.name,
                        price: PricingPageView.price(of: addon, in: shop, words: words, money: language.money))
            },
            hasServices: !book.addons.isEmpty,
            terms: months.map { Term(months: $0, text: Placeholders.fill(words.termOption, ["months": String($0)]), isDefault: $0 == book.defaultTermMonths) },
            wordsJSON: scriptSafeJSON(Words(language)), priceBookJSON: priceBookJSON, scriptHref: scriptName)
    }

    /// The age brackets of the price book: up to the first surcharge's `older_than_years`, each
    /// surcharge's to the next, and beyond `max_age_years`.
    static func ages(_ book: PriceBook, _ words: SiteLabels) -> [AgeRow] {
        let max = book.maxAgeYears
        var bounds = Set(book.ageSurcharges.map(\.olderThanYears).filter { max == nil || $0 < max! })
        if let max { bounds.insert(max) }
        let sorted = bounds.sorted()
        var rows: [AgeRow] = []
        var from = 0
        for (index, bound) in sorted.enumerated() {
            let label = index == 0 ? Placeholders.fill(words.ageUpTo, ["years": String(bound)])
                : bound == from ? Placeholders.fill(words.ageExactly, ["years": String(bound)])
                : Placeholders.fill(words.ageBetween, ["from": String(from), "to": String(bound)])
            rows.append(AgeRow(label: label, key: "age-\(index)", age: from, notCovered: false, isFirst: index == 0))
            from = bound + 1
        }
        if let max {
            rows.append(AgeRow(label: Placeholders.fill(words.ageOver, ["years": String(max)]), key: "age-\(sorted.count)",
                               age: max + 1, notCovered: true, isFirst: false))
        } else {
            let label = sorted.isEmpty ? words.ageAny : Placeholders.fill(words.ageOlder, ["years": String(sorted.last!)])
            rows.append(AgeRow(label: label, key: "age-\(sorted.count)", age: from, notCovered: false, isFirst: sorted.isEmpty))
        }
        return rows
    }
}
