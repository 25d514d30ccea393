import ArgumentParser
import UpkeepKit

@main
struct Upkeep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upkeep",
        abstract: "Proposals, statements and a pricing site for a computer-repair shop's managed services.",
        version: UpkeepVersion.description,
        subcommands: [Check.self, Build.self, Quote.self, Proposal.self, Accept.self, Compare.self, StatementCommand.self, Review.self, Preview.self, Close.self, Reopen.self, Send.self, Init.self, Serve.self])
}
