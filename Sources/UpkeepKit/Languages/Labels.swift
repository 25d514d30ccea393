/// Every label of every document in one language, table by table. The owner overrides any of
/// them in `content/labels/<locale>.md` (docs/labels.md); the owner's own text (names,
/// descriptions, messages, pages) is never translated.
public struct Labels: Sendable {
    public var common: CommonLabels
    public var statement: StatementLabels
    public var mail: MailLabels
    public var proposal: ProposalLabels
    public var comparison: ComparisonLabels
    public var priceLines: PriceLineLabels
    public var site: SiteLabels
    public var dashboard: DashboardLabels
    public var preview: PreviewLabels
    public var review: ReviewLabels

    /// The tables by the name an override file gives them.
    static let tableNames = ["common", "statement", "mail", "proposal", "comparison", "priceLines", "site", "dashboard", "preview", "review"]

    /// Sets `name` in `table`; false when there is no such label.
    mutating func set(table: String, _ name: String, to text: String) -> Bool {
        switch table {
        case "common": CommonLabels.set(name, to: text, in: &common)
        case "statement": StatementLabels.set(name, to: text, in: &statement)
        case "mail": MailLabels.set(name, to: text, in: &mail)
        case "proposal": ProposalLabels.set(name, to: text, in: &proposal)
        case "comparison": ComparisonLabels.set(name, to: text, in: &comparison)
        case "priceLines": PriceLineLabels.set(name, to: text, in: &priceLines)
        case "site": SiteLabels.set(name, to: text, in: &site)
        case "dashboard": DashboardLabels.set(name, to: text, in: &dashboard)
        case "preview": PreviewLabels.set(name, to: text, in: &preview)
        case "review": ReviewLabels.set(name, to: text, in: &review)
        default: false
        }
    }

    /// The text of `name` in `table`.
    func label(table: String, _ name: String) -> String? {
        switch table {
        case "common": common.label(name)
        case "statement": statement.label(name)
        case "mail": mail.label(name)
        case "proposal": proposal.label(name)
        case "comparison": comparison.label(name)
        case "priceLines": priceLines.label(name)
        case "site": site.label(name)
        case "dashboard": dashboard.label(name)
        case "preview": preview.label(name)
        case "review": review.label(name)
        default: nil
        }
    }

    /// The names of the labels in `table`, sorted.
    static func names(table: String) -> [String] {
        switch table {
        case "common": CommonLabels.fields.keys.sorted()
        case "statement": StatementLabels.fields.keys.sorted()
        case "mail": MailLabels.fields.keys.sorted()
        case "proposal": ProposalLabels.fields.keys.sorted()
        case "comparison": ComparisonLabels.fields.keys.sorted()
        case "priceLines": PriceLineLabels.fields.keys.sorted()
        case "site": SiteLabels.fields.keys.sorted()
        case "dashboard": DashboardLabels.fields.keys.sorted()
        case "preview": PreviewLabels.fields.keys.sorted()
        case "review": ReviewLabels.fields.keys.sorted()
        default: []
        }
    }

    public static let english = Labels(common: .english, statement: .english, mail: .english, proposal: .english,
                                       comparison: .english, priceLines: .english, site: .english, dashboard: .english, preview: .english,
                                       review: .english)
    public static let britishEnglish = Labels(common: .britishEnglish, statement: .britishEnglish, mail: .english,
                                              proposal: .english, comparison: .english, priceLines: .english, site: .english,
                                              dashboard: .english, preview: .english, review: .english)
    public static let german = Labels(common: .german, statement: .german, mail: .german, proposal: .german,
                                      comparison: .german, priceLines: .german, site: .german, dashboard: .german, preview: .german,
                                      review: .german)

    /// The built-in languages, by locale.
    public static let builtIn: [String: Labels] = ["en_US": .english, "en_GB": .britishEnglish, "de_DE": .german]

    /// The built-in labels a locale starts from: its own, or those of its language
    /// (`de_AT` → `de_DE`, `en_CA` → `en_US`); nil when Upkeep has none for it.
    public static func builtIn(for locale: String) -> Labels? {
        if let exact = builtIn[locale] { return exact }
        let language = locale.prefix { $0 != "_" && $0 != "-" }
        if language == "en" { return .english }
        return builtIn.keys.sorted().first { $0.hasPrefix(language + "_") }.flatMap { builtIn[$0] }
    }
}
