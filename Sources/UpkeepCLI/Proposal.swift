import ArgumentParser
import UpkeepKit

struct Proposal: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write private/clients/<client>/proposal.html for one client, whatever its status.")

    @Argument(help: "The client's id: the name of its file in content/clients/, without .md.")
    var client: String

    @OptionGroup var options: RootOptions
    @OptionGroup var lock: LockOptions
    @OptionGroup var today: TodayOption

    func run() throws {
        try writeOne { try ClientDocuments.writeProposal(client, root: options.rootURL, today: today.day, waiting: lock.waiting) }
    }
}
