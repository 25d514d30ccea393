import Foundation

/// The whole of Upkeep as one pipeline of named stages:
///
///     load → validate → compute → render → write
///
/// `LoadStage` reads the business folder; `ValidateStage` makes the typed shop, the checked
/// templates and the logo; `Books` computes every figure for one `today` (pure); `Renderer`
/// formats the books into pages; `WriteStage` writes them into a staging folder and swaps it
/// in. Problems stop a command with all of them, tagged with the stage that found them.
public enum Pipeline {
    /// Load and validate: the checked business, or every problem in it.
    public static func validate(root: URL) -> Result<ValidBusiness, DiagnosticsError> {
        Result {
            let loaded = Stage.load.run { LoadStage.run(root: root) }
            return try Stage.validate.run { try ValidateStage.run(loaded) }
        }.mapError { $0 as! DiagnosticsError }
    }

    /// `upkeep check`: every check a build with the same `today` makes, writing nothing: the
    /// content, the templates and the logo; then every client's statements through the last
    /// complete month (each adds up, and agrees with the balances the owner asserted).
    public static func check(root: URL, today: Day) -> Result<Shop, DiagnosticsError> {
        Result { try checked(root: root, today: today).valid.shop }.mapError { $0 as! DiagnosticsError }
    }

    /// What `check` checks, and what it made on the way, for the commands that must start from
    /// a business that passes it (`close`, `send`).
    static func checked(root: URL, today: Day) throws -> (valid: ValidBusiness, books: Books) {
        try requireInRange(today)
        let valid = try validate(root: root).get()
        let books = Stage.compute.run { Books(valid.shop, today: today) }
        try Stage.compute.run {
            let problems = valid.shop.clients.flatMap { books.statements(of: $0).problems }
            guard problems.isEmpty else { throw DiagnosticsError(problems) }
        }
        return (valid, books)
    }

    /// Builds `public/` and `private/`; on any error the previous trees stay as they were.
    public static func build(_ settings: BuildSettings) throws -> BuildReport {
        try BuildLock.holding(settings.output, for: "build", waiting: settings.waiting) {
            try OutputError.attempt(writing: settings.output.path) { try buildLocked(settings) }
        }
    }

    /// The build, with the output folder's lock held.
    private static func buildLocked(_ settings: BuildSettings) throws -> BuildReport {
        try requireInRange(settings.today)
        if let month = settings.statementMonth, month > settings.lastStatementMonth {
            throw RequestError(description: "--month \(month) is not complete on \(settings.today); statements run through \(settings.lastStatementMonth)")
        }
        try OutputFolder.recover(in: settings.output)
        let inputs = BuildInputs.digest(settings)
        if let inputs, !settings.force, settings.statementMonth == nil, BuildInputs.recorded(in: settings.output) == inputs.all {
            return BuildReport(filesWritten: 0, upToDate: true)
        }
        let valid = try validate(root: settings.root).get()
        MemoryRelease.returnFreedMemory()
        let books = Stage.compute.run { Books(valid.shop, today: settings.today) }
        let renderer = Renderer(books: books, context: valid.renderContext(today: settings.today))
        return try WriteStage.run(renderer, settings, inputs: inputs)
    }

    /// Refuses a `today` outside the dates content may hold.
    static func requireInRange(_ today: Day) throws(DiagnosticsError) {
        guard ContentLimits.days.contains(today) else {
            throw DiagnosticsError([Diagnostic(path: "content", line: 1, column: 1,
                                               message: "today (\(today)) is out of range: \(ContentLimits.daysText)")])
        }
    }
}
