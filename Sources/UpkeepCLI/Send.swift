import ArgumentParser
import Foundation
import UpkeepKit

struct Send: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "E-mail a closed month's statements, each with its PDF, through the sendmail command in business.md; each is sent once.")

    @Option(help: ArgumentHelp("The month whose statements to send.", valueName: "YYYY-MM"), transform: parseMonth)
    var month: Month

    @Option(help: "Send one client's statement only.")
    var client: String?

    @Flag(help: "Write the messages to private/outbox/<YYYY-MM>/, send nothing.")
    var dryRun = false

    @Flag(help: "Send again statements that were sent before.")
    var resend = false

    @Flag(help: "Send a month that is not closed.")
    var draft = false

    @OptionGroup var options: RootOptions
    @OptionGroup var today: TodayOption
    @OptionGroup var lock: LockOptions

    func run() throws {
        do {
            let request = SendStatements.Request(month: month, client: client, dryRun: dryRun, resend: resend, draft: draft)
            let report = try SendStatements.run(request, root: options.rootURL, today: today.day, now: Date(), waiting: lock.waiting)
            print(report.description)
            if !report.complete { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw report(error)
        }
    }
}
