import ArgumentParser
import Foundation
import UpkeepKit

struct Quote: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a client's or an office's price, line by line, for quoting on the phone.",
        discussion: """
            An office file has front matter with a client's keys for its office: workstations, servers, \
            services, visits_per_year, calls_per_month, term_months, and optionally a name.
            """)

    @Argument(help: "The client's id: the name of its file in content/clients/, without .md.")
    var client: String?

    @Option(help: ArgumentHelp("Price the office described in this file instead of a client.", valueName: "file"))
    var office: String?

    @Option(help: "The plan to price (default: the one Upkeep recommends).")
    var plan: String?

    @Flag(help: "Price every plan, the recommended one marked.")
    var allPlans = false

    @OptionGroup var options: RootOptions
    @OptionGroup var today: TodayOption

    func validate() throws {
        if (client == nil) == (office == nil) { throw ValidationError("Name a client or give --office FILE, not both.") }
        if plan != nil && allPlans { throw ValidationError("Give --plan or --all-plans, not both.") }
    }

    func run() throws {
        let plans: ClientDocuments.QuotedPlans = allPlans ? .all : plan.map { .plan($0) } ?? .recommended
        do {
            let text: String
            if let office {
                text = try ClientDocuments.quote(office: URL(fileURLWithPath: office), path: office, plans: plans,
                                                 root: options.rootURL, today: today.day)
            } else {
                text = try ClientDocuments.quote(client!, plans: plans, root: options.rootURL, today: today.day)
            }
            print(text, terminator: "")
        } catch {
            throw report(error)
        }
    }
}
