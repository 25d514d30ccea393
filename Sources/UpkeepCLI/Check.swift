import ArgumentParser
import UpkeepKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load and validate the content; print every problem; write nothing.")

    @OptionGroup var options: RootOptions
    @OptionGroup var today: TodayOption

    func run() throws {
        if case .failure(let error) = Pipeline.check(root: options.rootURL, today: today.day) {
            throw report(error)
        }
    }
}
