import ArgumentParser
import UpkeepKit

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write private/clients/<client>/review-<YYYY>-Q<n>.html: one client's quarterly review.")

    @Argument(help: "The client's id: the name of its file in content/clients/, without .md.")
    var client: String

    @Option(help: ArgumentHelp("The quarter, complete before --today.", valueName: "YYYY-Qn"), transform: parseQuarter)
    var quarter: Quarter

    @OptionGroup var options: RootOptions
    @OptionGroup var today: TodayOption
    @OptionGroup var lock: LockOptions

    func run() throws {
        try writeOne { try ClientDocuments.writeReview(client, quarter: quarter, root: options.rootURL, today: today.day, waiting: lock.waiting) }
    }
}

func parseQuarter(_ text: String) throws -> Quarter {
    guard let quarter = Quarter(text) else { throw ValidationError("'\(text)' is not a quarter written YYYY-Qn, such as 2026-Q3") }
    guard ContentLimits.days.contains(quarter.firstDay) else { throw ValidationError("'\(text)' is out of range: \(ContentLimits.daysText)") }
    return quarter
}
