import ArgumentParser
import UpkeepKit

struct StatementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statement",
        abstract: "Write private/clients/<client>/statement-<YYYY-MM>.html for one client and month.")

    @Argument(help: "The client's id: the name of its file in content/clients/, without .md.")
    var client: String

    @Option(help: ArgumentHelp("The month of the statement.", valueName: "YYYY-MM"), transform: parseMonth)
    var month: Month

    @Flag(help: "Also print it to PDF beside the HTML, through headless Chromium.")
    var pdf = false

    @OptionGroup var options: RootOptions
    @OptionGroup var today: TodayOption
    @OptionGroup var lock: LockOptions

    func run() throws {
        try writeOne { try ClientDocuments.writeStatement(client, month: month, root: options.rootURL, today: today.day, pdf: pdf, waiting: lock.waiting) }
    }
}

func parseMonth(_ text: String) throws -> Month {
    guard let month = Month(text) else { throw ValidationError("'\(text)' is not a month written YYYY-MM") }
    guard ContentLimits.days.contains(month.firstDay) else { throw ValidationError("'\(text)' is out of range: \(ContentLimits.daysText)") }
    return month
}
