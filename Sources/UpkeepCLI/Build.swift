import ArgumentParser
import Foundation
import UpkeepKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build public/ (the pricing site) and private/ (everything about clients).")

    @OptionGroup var options: RootOptions
    @OptionGroup var lock: LockOptions
    @OptionGroup var today: TodayOption

    @Option(help: ArgumentHelp("Write statements for this month only; other months' statements stay as they were.", valueName: "YYYY-MM"),
            transform: parseMonth)
    var month: Month?

    @Flag(help: "Also print every statement written to PDF beside its HTML, through headless Chromium.")
    var pdf = false

    @Flag(help: "Rebuild even when nothing changed since the last build.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print no progress (it is printed only to a terminal, and only for a build of more than a second).")
    var quiet = false

    func run() throws {
        let terminal = Terminal.standardError
        do {
            var settings = BuildSettings(root: options.rootURL, today: today.day, statementMonth: month, pdf: pdf, force: force,
                                         waiting: lock.waiting)
            if terminal.isTerminal, !quiet {
                let started = Date()
                let lock = NSLock()
                settings.progress = { step in
                    guard Date().timeIntervalSince(started) > 1 else { return }
                    lock.withLock { terminal.progress("\(step.step): \(step.done) of \(step.total)") }
                }
            }
            let report = try Pipeline.build(settings)
            terminal.clearProgress()
            print(report.upToDate ? "up to date: nothing changed since the last build"
                  : "wrote \(report.filesWritten) files into public/ and private/" + report.keptClause)
        } catch {
            terminal.clearProgress()
            throw report(error)
        }
    }
}
