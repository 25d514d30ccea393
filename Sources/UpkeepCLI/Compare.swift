import ArgumentParser
import UpkeepKit

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write private/clients/<client>/comparison.html: break/fix against managed services for one client.")

    @Argument(help: "The client's id: the name of its file in content/clients/, without .md.")
    var client: String

    @OptionGroup var options: RootOptions
    @OptionGroup var lock: LockOptions
    @OptionGroup var today: TodayOption

    func run() throws {
        try writeOne { try ClientDocuments.writeComparison(client, root: options.rootURL, today: today.day, waiting: lock.waiting) }
    }
}
