import Foundation

/// Stage 5, write: every file into a staging folder beside the output, swapped in only when all
/// of it is written and on the disk (`OutputFolder`).
///
/// Clients are taken in batches, on every core: each client's part of the books is computed,
/// rendered and written, and only what the shared files and the dashboard need is kept, so
/// memory stays the same however many clients there are.
enum WriteStage {
    /// Clients handled together: their results are kept until the batch's shared files are
    /// appended to.
    static let batchSize = 256

    /// What one client leaves for the files and pages made from all clients.
    struct ClientResult: Sendable {
        var summary: ClientSummary
        var totals: [Month: MonthTotals]
        var csvRows: [Month: String] = [:]
        var journal = ""
        var problems: [Diagnostic]
        /// What the client's pages were made from (`ClientReuse`); nil when this build records none.
        var digest: String?
        /// Whether its folder was kept as the staging tree had it.
        var kept = false
    }

    static func run(_ renderer: Renderer, _ settings: BuildSettings, inputs: BuildInputs.Digests?) throws -> BuildReport {
        let printer = settings.pdf ? try PDFPrinter.find() : nil
        let output = try OutputFolder(destination: settings.output)
        let kept: Int
        do {
            // First, before anything is written into the staging tree: it reads (and removes) that tree's record.
            let reuse = ClientReuse(renderer.books, settings, inputs: inputs, output: output)
            for file in try Stage.render.run({ try renderer.site() }) { try output.write(file.bytes, to: file.path, in: file.tree) }
            let (summaries, totals, keptClients) = try writeClients(renderer, settings, printer, reuse, into: output)
            kept = keptClients
            try output.write(ClientsExport.csv(renderer.books.shop, summaries: summaries, money: renderer.books.money),
                             to: ClientsExport.path, in: .private)
            let figures = DashboardFigures(renderer.books, summaries: summaries, totals: totals)
            let dashboard = try Stage.render.run { try renderer.dashboard(figures) }
            try output.write(dashboard.bytes, to: dashboard.path, in: dashboard.tree)
            if let inputs { try output.write(inputs.all, to: BuildInputs.recordPath, in: .private) }
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
        return BuildReport(filesWritten: output.count, clientsKept: kept)
    }

    /// Every client's documents, batch by batch; then, in client order, the months' CSV rows
    /// and the journal. Returns what the dashboard needs, and how many clients' folders were kept.
    static func writeClients(_ renderer: Renderer, _ settings: BuildSettings, _ printer: PDFPrinter?, _ reuse: ClientReuse,
                             into output: OutputFolder) throws -> ([ID: ClientSummary], [Month: MonthTotals], Int) {
        let books = renderer.books
        let shop = books.shop
        let last = books.lastStatementMonth
        var summaries: [ID: ClientSummary] = [:]
        var totals: [Month: MonthTotals] = [:]
        var problems: [Diagnostic] = []
        var digests: [(ID, String)] = []
        var kept = 0
        var statementMonths: Set<Month> = []
        let pdfs = printer == nil ? nil : PDFCount(of: books, only: settings.statementMonth, progress: settings.progress)
        try output.write(Exports.journalHeader(shop, through: last), to: "exports/ledger.journal", in: .private)
        let shared = SharedFileWriter(output)
        // Leaving by an error, the appends still queued finish before the staging folder is discarded.
        defer { try? shared.wait() }
        for start in stride(from: 0, to: shop.clients.count, by: batchSize) {
            let batch = Array(shop.clients[start..<min(start + batchSize, shop.clients.count)])
            let results = try Parallel.map(batch) { client -> ClientResult in
                let clientBooks = Stage.compute.run { books.client(client) }
                return try write(clientBooks, renderer, settings, printer, pdfs, reuse, into: output)
            }
            settings.progress?(BuildProgress(step: "writing clients", done: start + batch.count, total: shop.clients.count))
            // The batch's rows, client after client, added to each file while it is open once.
            var csvRows: [Month: [String]] = [:]
            var journal: [String] = []
            for (client, result) in zip(batch, results) {
                summaries[client.id] = result.summary
                for (month, total) in result.totals { totals[month, default: MonthTotals()].add(total) }
                for (month, rows) in result.csvRows { csvRows[month, default: []].append(rows) }
                journal.append(result.journal)
                problems += result.problems
                if let digest = result.digest { digests.append((client.id, digest)) }
                if result.kept { kept += 1 }
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
        try output.append([Exports.journalAssertions(shop, through: last, money: books.money)], to: "exports/ledger.journal", in: .private)
        guard problems.isEmpty else {
            var error = DiagnosticsError(problems)
            error.stage = Stage.compute.rawValue
            throw error
        }
        if let only = settings.statementMonth {
            for month in statementMonths where month != only {
                try output.keep("exports/statements-\(month).csv", in: .private)
            }
        }
        // A build that records nothing says so: the tree it leaves has nothing to keep.
        try output.write(ClientReuse.record(digests), to: ClientReuse.recordPath, in: .private)
        return (summaries, totals, kept)
    }

    /// One client's documents; thread-safe.
    static func write(_ clientBooks: ClientBooks, _ renderer: Renderer, _ settings: BuildSettings, _ printer: PDFPrinter?,
                      _ pdfs: PDFCount?, _ reuse: ClientReuse, into output: OutputFolder) throws -> ClientResult {
        let client = clientBooks.client
        let money = renderer.books.money
        var result = ClientResult(summary: clientBooks.summary, totals: clientBooks.totals, problems: clientBooks.problems)
        for statement in clientBooks.statements {
            result.csvRows[statement.month, default: ""] += Exports.csvRow(statement, name: client.name, money: money)
        }
        result.journal = Exports.journal(clientBooks.statements, client: client, currency: renderer.books.shop.business.currency.code, money: money)
        if reuse.recording {
            let digest = reuse.digest(of: client, in: renderer.books.shop)
            result.digest = digest
            if reuse.canKeep(client.id, digest: digest), output.keepFolder(ClientFolder.path(client.id), in: .private) {
                result.kept = true
                return result
            }
        }
        var files: [RenderedFile] = []
        try Stage.render.run {
            if let comparison = clientBooks.comparison { files.append(try renderer.comparison(of: client, comparison)) }
            for review in clientBooks.reviews { files.append(try renderer.review(review)) }
            if let proposal = clientBooks.proposal {
                let made = try renderer.proposal(proposal)
                files.append(made.page)
                try made.figures.record(in: settings.output)
            }
        }
        for file in files { try output.write(file.bytes, to: file.path, in: file.tree) }
        for statement in clientBooks.statements {
            let path = ClientFolder.statement(client.id, statement.month)
            if let only = settings.statementMonth, only != statement.month {
                // Another month's statement stays as the last build wrote it (and printed it).
                try output.keep(path, in: .private)
                try output.keep(ClientFolder.pdf(beside: path), in: .private)
                continue
            }
            let page = try Stage.render.run { try renderer.statement(statement, of: client) }
            try output.write(page.bytes, to: page.path, in: .private)
            if let printer {
                try printer.print(output.stagedURL(path, in: .private))
                try output.record(ClientFolder.pdf(beside: path), in: .private)
                pdfs?.printed()
            } else {
                try output.keep(ClientFolder.pdf(beside: path), ifUnchanged: path, bytes: page.bytes, in: .private)
            }
        }
        return result
    }
}

/// The PDFs a `--pdf` build prints, counted up as they are, for its progress.
final class PDFCount: @unchecked Sendable {
    let total: Int
    private var done = 0
    private let lock = NSLock()
    private let progress: (@Sendable (BuildProgress) -> Void)?

    init(of books: Books, only month: Month?, progress: (@Sendable (BuildProgress) -> Void)?) {
        self.progress = progress
        total = progress == nil ? 0 : books.shop.clients.reduce(0) { count, client in
            count + books.statements(of: client).statements.filter { month == nil || $0.month == month }.count
        }
    }

    func printed() {
        guard let progress else { return }
        let now = lock.withLock { done += 1; return done }
        progress(BuildProgress(step: "printing PDFs", done: now, total: total))
    }
}
