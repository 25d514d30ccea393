import ArgumentParser
import UpkeepKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build public/ (the pricing site) and private/ (everything about clients).")

    @OptionGroup var options: RootOptions
    @OptionGroup var lock: LockOptions
    @OptionGroup var today: TodayOption

    @Option(help: ArgumentHelp("Write statements for this month only; other months' statements stay as they were.", valueName: "YYYY-MM"),
            transform: parseMonth)
    var month: Month?

    @Flag(help: "Also print every statement written to PDF beside its HTML, through headless Chromium.")
    var pdf = false

    @Flag(help: "Rebuild even when nothing changed since the last build.")
    var force = false

    func run() throws {
        do {
            let report = try Pipeline.build(BuildSettings(root: options.rootURL, today: today.day, statementMonth: month, pdf: pdf, force: force,
                                                          waiting: lock.waiting))
            print(report.upToDate ? "up to date: nothing changed since the last build" : "wrote \(report.filesWritten) files into public/ and private/")
        } catch {
            throw report(error)
        }
    }
}
