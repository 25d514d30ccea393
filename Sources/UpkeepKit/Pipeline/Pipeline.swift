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
    /// Rebuild even when nothing changed since the last build.
    public var force: Bool
    /// What to do when another command is writing into the same folder.
    public var waiting: BuildLock.Waiting

    public init(root: URL, output: URL? = nil, today: Day, statementMonth: Month? = nil, pdf: Bool = false, force: Bool = false,
                waiting: BuildLock.Waiting = .wait(notify: { _ in })) {
        self.root = root
        self.output = output ?? root
        self.today = today
        self.statementMonth = statementMonth
        self.pdf = pdf
        self.force = force
        self.waiting = waiting
    }

    /// Statements run through the last complete month before today.
    public var lastStatementMonth: Month { today.monthOf.previous }
}

/// What a finished build wrote.
public struct BuildReport: Sendable {
    public var filesWritten: Int
    /// True when nothing had changed since the last build, which was left as it was.
    public var upToDate: Bool = false
}

/// The whole of Upkeep as one pipeline: load → validate → compute → render → write.
/// Each stage is a plain function; a stage that finds problems stops the build with all of them.
public enum Pipeline {
    /// Load and validate: the model, or every problem in the content.
    public static func validate(root: URL) -> Result<Shop, DiagnosticsError> {
        Validator.validate(root: root)
    }

    /// `upkeep check`: every check a build with the same `today` makes, writing nothing. The
    /// content; then the templates and the logo; then every client's statements through the
    /// last complete month (each adds up, and agrees with the balances the owner asserted).
    public static func check(root: URL, today: Day) -> Result<Shop, DiagnosticsError> {
        guard ContentLimits.days.contains(today) else {
            return .failure(DiagnosticsError([Diagnostic(path: "content", line: 1, column: 1,
                                                         message: "today (\(today)) is out of range: \(ContentLimits.daysText)")]))
        }
        let shop: Shop
        switch validate(root: root) {
        case .failure(let error):
            // The templates are checked all the same, so that one run reports everything.
            guard case .failure(let templates) = Templates.load(root: root) else { return .failure(error) }
            return .failure(DiagnosticsError(error.diagnostics + templates.diagnostics))
        case .success(let valid): shop = valid
        }
        var problems: [Diagnostic] = []
        do { _ = try RenderContext(root: root, shop: shop, today: today) } catch let error as DiagnosticsError {
            problems += error.diagnostics
        } catch {
            problems.append(Diagnostic(path: "templates", line: 1, column: 1, message: "\(error)"))
        }
        do {
            _ = try computeStatements(shop, through: BuildSettings(root: root, today: today).lastStatementMonth, MoneyFormat(currency: shop.business.currency, locale: shop.business.locale))
        } catch let error as DiagnosticsError {
            problems += error.diagnostics
        } catch {
            problems.append(Diagnostic(path: "content", line: 1, column: 1, message: "\(error)"))
        }
        return problems.isEmpty ? .success(shop) : .failure(DiagnosticsError(problems))
    }

    /// Builds `public/` and `private/`; on any error the previous trees stay as they were.
    public static func build(_ settings: BuildSettings) throws -> BuildReport {
        try BuildLock.holding(settings.output, for: "build", waiting: settings.waiting) {
            try OutputError.attempt(writing: settings.output.path) { try buildLocked(settings) }
        }
    }

    /// The build, with the output folder's lock held.
    private static func buildLocked(_ settings: BuildSettings) throws -> BuildReport {
        guard ContentLimits.days.contains(settings.today) else {
            throw CommandError(description: "today (\(settings.today)) is out of range: \(ContentLimits.daysText)")
        }
        try OutputFolder.recover(in: settings.output)
        let inputs = BuildInputs.digest(settings)
        if let inputs, !settings.force, settings.statementMonth == nil, BuildInputs.recorded(in: settings.output) == inputs {
            return BuildReport(filesWritten: 0, upToDate: true)
        }
        let shop = try validate(root: settings.root).get()
        MemoryRelease.returnFreedMemory()
        let context = try RenderContext(root: settings.root, shop: shop, today: settings.today)
        let printer = settings.pdf ? try PDFPrinter.find() : nil
        if let month = settings.statementMonth, month > settings.lastStatementMonth {
            throw CommandError(description: "--month \(month) is not complete on \(settings.today); statements run through \(settings.lastStatementMonth)")
        }
        let output = try OutputFolder(destination: settings.output)
        do {
            try writePublicSite(shop, context, into: output)
            let (summaries, totals) = try writeClientDocuments(shop, settings, context, printer, into: output)
            try output.write(context.templates.render(DashboardView.make(shop, summaries: summaries, totals: totals,
                                                                                      lastMonth: settings.lastStatementMonth, context)),
                             to: "index.html", in: .private)
            if let inputs { try output.write(inputs, to: BuildInputs.recordPath, in: .private) }
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
        return BuildReport(filesWritten: output.count)
    }

    /// Every client's statements through `last`, checked: a statement that does not add up, or
    /// a balance the owner asserted that the statements disagree with, stops the build.
    static func computeStatements(_ shop: Shop, through last: Month, _ money: MoneyFormat) throws -> [ID: [Statement]] {
        let statements = StatementEngine.statements(for: shop, through: last)
        var problems = StatementChecks.assertionFailures(shop.ledger, statements, through: last, money: money)
        for id in statements.keys.sorted() {
            problems += violations(statements[id]!, client: id, money: money)
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return statements
    }

    static func violations(_ statements: [Statement], client: ID, money: MoneyFormat) -> [Diagnostic] {
        StatementChecks.violations(statements, money: money).map {
            Diagnostic(path: "content/clients/\(client).md", line: 1, column: 1, message: $0)
        }
    }

    /// `public/`: the pricing page, the public comparison sheet, `404.html`, the hashed
    /// stylesheet, the logo, `robots.txt` and (with a base URL) `sitemap.xml`. Nothing about clients.
    static func writePublicSite(_ shop: Shop, _ context: RenderContext, into output: OutputFolder) throws {
        var pages = ["index.html"]
        let example = Comparison.example(in: shop, today: context.today)
        if let (office, comparison) = example {
            try output.write(ComparisonView.render(comparison, subject: office.name, path: "compare/index.html", tree: .public,
                                                   shop: shop, context: context),
                             to: "compare/index.html", in: .public)
            pages.append("compare/index.html")
        }
        try output.write(context.templates.render(PricingPageView.make(shop, context, hasComparison: example != nil)),
                         to: "index.html", in: .public)
        try output.write(context.templates.render(NotFoundView.make(shop, context)), to: "404.html", in: .public)
        for tree in Tree.allCases {
            try output.write(context.templates.stylesheet, to: context.stylesheetName, in: tree)
            if let logo = context.logo { try output.write(logo.data, to: logo.publicPath, in: tree) }
        }
        try output.write(SiteFiles.robots(baseURL: shop.business.baseURL), to: "robots.txt", in: .public)
        if let sitemap = SiteFiles.sitemap(baseURL: shop.business.baseURL, pages: pages) {
            try output.write(sitemap, to: "sitemap.xml", in: .public)
        }
    }

    /// What one client contributes to the files and pages made from all clients.
    struct ClientResult: Sendable {
        var summary: StatementSummary
        var totals: [Month: MonthTotals] = [:]
        var csvRows: [Month: String] = [:]
        var journal = ""
        var problems: [Diagnostic] = []
    }

    /// Clients handled together: their results are kept until the batch's shared files are
    /// appended to, so memory stays the same however many clients there are.
    static let batchSize = 256

    /// For every client, on every core, in batches: its comparison, its proposal (prospects),
    /// its statements (checked, and printed with `--pdf`); then, in client order, the month's
    /// CSV rows and the journal. Returns what the dashboard needs.
    static func writeClientDocuments(_ shop: Shop, _ settings: BuildSettings, _ context: RenderContext, _ printer: PDFPrinter?,
                                     into output: OutputFolder) throws -> ([ID: StatementSummary], [Month: MonthTotals]) {
        let last = settings.lastStatementMonth
        let numbers = ProposalNumbers(clients: shop.clients.map(\.id))
        let accounts = StatementEngine.accountNumbers(shop)
        let messages = StatementEngine.messagesByMonth(shop)
        var summaries: [ID: StatementSummary] = [:]
        var totals: [Month: MonthTotals] = [:]
        var problems: [Diagnostic] = []
        var statementMonths: Set<Month> = []
        try output.write(Exports.journalHeader(shop, through: last), to: "exports/ledger.journal", in: .private)
        let shared = SharedFileWriter(output)
        // Leaving by an error, the appends still queued finish before the staging folder is discarded.
        defer { try? shared.wait() }
        for start in stride(from: 0, to: shop.clients.count, by: batchSize) {
            let batch = Array(shop.clients[start..<min(start + batchSize, shop.clients.count)])
            let results = try Parallel.map(batch) { client -> ClientResult in
                try writeDocuments(of: client, shop, settings, context, printer, numbers: numbers,
                                   account: accounts[client.id], messages: messages, into: output)
            }
            // The batch's rows, client after client, added to each file while it is open once.
            var csvRows: [Month: [String]] = [:]
            var journal: [String] = []
            for (client, result) in zip(batch, results) {
                summaries[client.id] = result.summary
                for (month, total) in result.totals { totals[month, default: MonthTotals()].add(total) }
                for (month, rows) in result.csvRows { csvRows[month, default: []].append(rows) }
                journal.append(result.journal)
                problems += result.problems
            }
            var files: [(path: String, pieces: [String])] = csvRows.keys.sorted().map { month in
                // A month's first rows start its file afresh, after the header.
                let header = statementMonths.insert(month).inserted ? [Exports.csvHeader] : []
                return ("exports/statements-\(month).csv", header + csvRows[month]!)
            }
            files.append(("exports/ledger.journal", journal))
            try shared.append(files, in: .private)
            output.writeBack()
        }
        try shared.wait()
        try output.append([Exports.journalAssertions(shop, through: last, money: context.money)], to: "exports/ledger.journal", in: .private)
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        if let only = settings.statementMonth {
            for month in statementMonths where month != only {
                try output.keep("exports/statements-\(month).csv", in: .private)
            }
        }
        return (summaries, totals)
    }

    /// One client's documents; thread-safe.
    static func writeDocuments(of client: Client, _ shop: Shop, _ settings: BuildSettings, _ context: RenderContext,
                               _ printer: PDFPrinter?, numbers: ProposalNumbers, account: Int, messages: [Month: String],
                               into output: OutputFolder) throws -> ClientResult {
        if let comparison = Comparison.make(for: client, in: shop, today: context.today) {
            let path = ClientFolder.comparison(client.id)
            try output.write(ComparisonView.render(comparison, subject: client.name, path: path, tree: .private, shop: shop, context: context),
                             to: path, in: .private)
        }
        if client.status == .prospect, let proposal = Proposal.make(for: client, in: shop, numbers: numbers, today: context.today) {
            try output.write(ProposalView.render(proposal, shop, context), to: ClientFolder.proposal(client.id), in: .private)
        }
        let last = settings.lastStatementMonth
        let statements = StatementEngine.statements(for: client, in: shop, through: last, account: account, messages: messages)
        var result = ClientResult(summary: StatementSummary(statements))
        result.problems = violations(statements, client: client.id, money: context.money)
            + StatementChecks.assertionFailures(shop.ledger(of: client.id), [client.id: statements], through: last, money: context.money)
        for statement in statements {
            result.totals[statement.month, default: MonthTotals()].add(statement)
            result.csvRows[statement.month, default: ""] += Exports.csvRow(statement, name: client.name, money: context.money)
            let path = ClientFolder.statement(client.id, statement.month)
            if let only = settings.statementMonth, only != statement.month {
                // Another month's statement stays as the last build wrote it (and printed it).
                try output.keep(path, in: .private)
                try output.keep(ClientFolder.pdf(beside: path), in: .private)
                continue
            }
            try output.write(StatementView.render(statement, client: client, context: context), to: path, in: .private)
            if let printer {
                try printer.print(output.stagedURL(path, in: .private))
                try output.record(ClientFolder.pdf(beside: path), in: .private)
            }
        }
        result.journal = Exports.journal(statements, client: client, currency: shop.business.currency.code, money: context.money)
        return result
    }
}
