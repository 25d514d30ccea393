import ArgumentParser
import UpkeepKit

struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record a month's statements as issued (content/closed/<YYYY-MM>.md): later edits that would change them are errors.")

    @Argument(help: ArgumentHelp("The month to close, after every earlier month with statements.", valueName: "YYYY-MM"), transform: parseMonth)
    var month: Month

    @OptionGroup var options: RootOptions
    @OptionGroup var today: TodayOption

    func run() throws {
        do { print(try MonthClose.close(month, root: options.rootURL, today: today.day)) } catch { throw report(error) }
    }
}

struct Reopen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take back the closing of the last closed month: its statements may change again.")

    @Argument(help: ArgumentHelp("The last closed month.", valueName: "YYYY-MM"), transform: parseMonth)
    var month: Month

    @OptionGroup var options: RootOptions

    func run() throws {
        do { print(try MonthClose.reopen(month, root: options.rootURL)) } catch { throw report(error) }
    }
}
