import ArgumentParser
import UpkeepKit

struct Accept: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a prospect's signed proposal into content/contracts/<client>.md, and the prospect into an active client.")

    @Argument(help: "The client's id: the name of its file in content/clients/, without .md.")
    var client: String

    @Option(help: "The plan the client ticked (its id, the name of its file in content/plans/).")
    var plan: String

    @Option(help: ArgumentHelp("The day the client signed.", valueName: "YYYY-MM-DD"), transform: parseDay)
    var signed: Day

    @Option(help: ArgumentHelp("The first day of service (default: the 1st of the month after signing).", valueName: "YYYY-MM-DD"),
            transform: parseDay)
    var start: Day?

    @Option(help: ArgumentHelp("Optional add-ons the client ticked, by id, separated by commas.", valueName: "a,b"))
    var addons: String?

    @Option(help: ArgumentHelp("The fingerprint printed on the signed copy; refused if the content has changed since.", valueName: "XXXX-XXXX-XXXX"))
    var fingerprint: String?

    @Flag(help: "Accept a proposal past its valid-until date.")
    var force = false

    @OptionGroup var options: RootOptions
    @OptionGroup var today: TodayOption

    func run() throws {
        let request = AcceptanceRequest(client: client, plan: plan, signed: signed, start: start,
                                        addons: addons.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? [],
                                        fingerprint: fingerprint, force: force)
        do {
            print(try AcceptProposal.run(request, root: options.rootURL, today: today.day).summary)
        } catch {
            throw report(error)
        }
    }
}
