import Foundation

/// What a build is asked to do.
public struct BuildSettings: Sendable {
    /// The business folder: `content/` and `templates/` are read from it.
    public var root: URL
    /// The folder `public/` and `private/` are written into (usually `root`).
    public var output: URL
    /// The day the build treats as today. Nothing in the build reads the clock.
    public var today: Day
    /// Write statements (and their CSV) for this month only, keeping those of other months as
    /// the previous build left them (nil: every month).
    public var statementMonth: Month?
    /// Print each statement to PDF beside its HTML, through Chromium.
    public var pdf: Bool

    public init(root: URL, output: URL? = nil, today: Day, statementMonth: Month? = nil, pdf: Bool = false) {
        self.root = root
        self.output = output ?? root
        self.today = today
        self.statementMonth = statementMonth
        self.pdf = pdf
    }

    /// Statements run through the last complete month before today.
    public var lastStatementMonth: Month { today.monthOf.previous }
}

/// What a finished build wrote.
public struct BuildReport: Sendable {
    public var filesWritten: Int
}

/// The whole of Upkeep as one pipeline: load → validate → compute → render → write.
/// Each stage is a plain function; a stage that finds problems stops the build with all of them.
public enum Pipeline {
    /// Load and validate: the model, or every problem in the content.
    public static func check(root: URL) -> Result<Shop, DiagnosticsError> {
        Validator.validate(ContentLoader.load(root: root))
    }

    /// Builds `public/` and `private/`; on any error the previous trees stay as they were.
    public static func build(_ settings: BuildSettings) throws -> BuildReport {
        try OutputFolder.recover(in: settings.output)
        let shop = try check(root: settings.root).get()
        let context = try RenderContext(root: settings.root, shop: shop, today: settings.today)
        let printer = settings.pdf ? try PDFPrinter.find() : nil
        if let month = settings.statementMonth, month > settings.lastStatementMonth {
            throw CommandError(description: "--month \(month) is not complete on \(settings.today); statements run through \(settings.lastStatementMonth)")
        }
        let statements = try computeStatements(shop, through: settings.lastStatementMonth, context.money)
        var output = try OutputFolder(destination: settings.output)
        do {
            try render(shop, statements, settings, context, printer, into: &output)
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
        return BuildReport(filesWritten: output.count)
    }

    /// Every client's statements through the last complete month, after the checks: a statement
    /// that does not add up, or a balance the owner asserted that the statements disagree with,
    /// stops the build.
    static func computeStatements(_ shop: Shop, through last: Month, _ money: MoneyFormat) throws -> [ID: [Statement]] {
        let statements = StatementEngine.statements(for: shop, through: last)
        var problems = StatementChecks.assertionFailures(shop, statements, through: last, money: money)
        for id in statements.keys.sorted() {
            problems += StatementChecks.violations(statements[id]!, money: money).map {
                Diagnostic(path: "content/clients/\(id).md", line: 1, column: 1, message: $0)
            }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return statements
    }

    /// The render stage, as named steps in order; each writes its pages into `output`.
    static func render(_ shop: Shop, _ statements: [ID: [Statement]], _ settings: BuildSettings, _ context: RenderContext,
                       _ printer: PDFPrinter?, into output: inout OutputFolder) throws {
        try writePublicSite(shop, context, into: &output)
        try writeComparisons(shop, context, into: &output)
        try writeProposals(shop, context, into: &output)
        try writeStatements(statements, shop, settings, context, printer, into: &output)
        try output.write(context.templates.render("dashboard", DashboardView.make(shop, statements, lastMonth: settings.lastStatementMonth, context)),
                         to: "index.html", in: .private)
    }

    /// `public/`: the pricing page, the public comparison sheet, `404.html`, the hashed
    /// stylesheet, the logo, `robots.txt` and (with a base URL) `sitemap.xml`. Nothing about clients.
    static func writePublicSite(_ shop: Shop, _ context: RenderContext, into output: inout OutputFolder) throws {
        var pages = ["index.html"]
        let example = Comparison.example(in: shop, today: context.today)
        if let (office, comparison) = example {
            try output.write(ComparisonView.render(comparison, subject: office.name, path: "compare/index.html", tree: .public,
                                                   shop: shop, context: context),
                             to: "compare/index.html", in: .public)
            pages.append("compare/index.html")
        }
        try output.write(context.templates.render("pricing", PricingPageView.make(shop, context, hasComparison: example != nil)),
                         to: "index.html", in: .public)
        try output.write(context.templates.render("not-found", NotFoundView.make(shop, context)), to: "404.html", in: .public)
        try output.write(context.templates.stylesheet, to: context.stylesheetName, in: .public)
        if let logo = context.logo { try output.write(logo.data, to: logo.publicPath, in: .public) }
        try output.write(SiteFiles.robots(baseURL: shop.business.baseURL), to: "robots.txt", in: .public)
        if let sitemap = SiteFiles.sitemap(baseURL: shop.business.baseURL, pages: pages) {
            try output.write(sitemap, to: "sitemap.xml", in: .public)
        }
    }

    /// `private/comparisons/<client>.html` for every client.
    static func writeComparisons(_ shop: Shop, _ context: RenderContext, into output: inout OutputFolder) throws {
        for client in shop.clients {
            guard let comparison = Comparison.make(for: client, in: shop, today: context.today) else { continue }
            let path = "comparisons/\(client.id).html"
            try output.write(ComparisonView.render(comparison, subject: client.name, path: path, tree: .private, shop: shop, context: context),
                             to: path, in: .private)
        }
    }

    /// `private/proposals/<client>.html` for every prospect.
    static func writeProposals(_ shop: Shop, _ context: RenderContext, into output: inout OutputFolder) throws {
        let numbers = ProposalNumbers(clients: shop.clients.map(\.id))
        for client in shop.clients where client.status == .prospect {
            guard let proposal = Proposal.make(for: client, in: shop, numbers: numbers, today: context.today) else { continue }
            try output.write(ProposalView.render(proposal, shop, context), to: "proposals/\(client.id).html", in: .private)
        }
    }

    /// `private/statements/<YYYY-MM>/<client>.html` (and `.pdf`), the month's CSV and the journal.
    static func writeStatements(_ statements: [ID: [Statement]], _ shop: Shop, _ settings: BuildSettings,
                                 _ context: RenderContext, _ printer: PDFPrinter?, into output: inout OutputFolder) throws {
        let clients = Dictionary(uniqueKeysWithValues: shop.clients.map { ($0.id, $0) })
        let byMonth = Dictionary(grouping: statements.values.joined()) { $0.month }
        for month in byMonth.keys.sorted() {
            if let only = settings.statementMonth, only != month {
                try output.keep("statements/\(month)", in: .private)
                try output.keep("exports/statements-\(month).csv", in: .private)
                continue
            }
            let list = byMonth[month]!.sorted { $0.clientID < $1.clientID }
            for statement in list {
                let path = "statements/\(month)/\(statement.clientID).html"
                try output.write(StatementView.render(statement, client: clients[statement.clientID]!, context: context),
                                 to: path, in: .private)
                try printer?.print(output.stagedURL(path, in: .private))
            }
            try output.write(Exports.csv(list, clients: clients, money: context.money),
                             to: "exports/statements-\(month).csv", in: .private)
        }
        try output.write(Exports.journal(statements, shop: shop, through: settings.lastStatementMonth, money: context.money),
                         to: "exports/ledger.journal", in: .private)
    }
}
