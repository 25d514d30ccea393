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
    /// Told how far the build is, from any thread (nil: nobody asks).
    public var progress: (@Sendable (BuildProgress) -> Void)?

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

/// How far a build is: the step, and how many of its items are done.
public struct BuildProgress: Sendable {
    /// `writing clients`, `printing PDFs`
    public var step: String
    public var done: Int
    public var total: Int
}

/// What a finished build wrote.
public struct BuildReport: Sendable {
    public var filesWritten: Int
    /// Clients whose folder was left as it was: nothing their pages are made from had changed.
    public var clientsKept: Int = 0

    /// What to add to a line that says how many files were written: the clients left as they were.
    public var keptClause: String {
        switch clientsKept {
        case 0: ""
        case 1: "; 1 client unchanged, its files left as they were"
        default: "; \(clientsKept) clients unchanged, their files left as they were"
        }
    }
    /// True when nothing had changed since the last build, which was left as it was.
    public var upToDate: Bool = false
}
