import ArgumentParser
import UpkeepKit

struct Quote: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a client's price, line by line, for quoting on the phone.")

    @Argument(help: "The client's id: the name of its file in content/clients/, without .md.")
    var client: String

    @Option(help: "The plan to price (default: the one the proposal recommends).")
    var plan: String?

    @OptionGroup var options: RootOptions
    @OptionGroup var today: TodayOption

    func run() throws {
        do {
            print(try ClientDocuments.quote(client, plan: plan, root: options.rootURL, today: today.day), terminator: "")
        } catch {
            throw report(error)
        }
    }
}
