import ArgumentParser
import UpkeepKit

struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what a month bills each client against the month before, with the reasons, and write private/preview-<YYYY-MM>.html.")

    @Option(help: ArgumentHelp("The month to preview.", valueName: "YYYY-MM"), transform: parseMonth)
    var month: Month

    @OptionGroup var options: RootOptions
    @OptionGroup var today: TodayOption
    @OptionGroup var lock: LockOptions

    func run() throws {
        do {
            let (table, page) = try PreviewMonth.run(month, root: options.rootURL, today: today.day, waiting: lock.waiting)
            print(table, terminator: "")
            print("\nwrote \(page.path)")
        } catch {
            throw report(error)
        }
    }
}
