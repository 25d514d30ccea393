import ArgumentParser
import Foundation
import UpkeepKit

/// Options every subcommand that reads a business folder takes.
struct RootOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The business folder, holding content/ and templates/.", valueName: "dir"))
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL }
}

/// `--no-wait`, for every subcommand that writes into the business folder.
struct LockOptions: ParsableArguments {
    @Flag(name: .customLong("no-wait"), help: "Fail at once instead of waiting when another upkeep command is writing into this folder.")
    var noWait = false

    /// Waits, saying so once on stderr, or fails at once with --no-wait.
    var waiting: BuildLock.Waiting {
        noWait ? .fail : .wait(notify: { message in FileHandle.standardError.write(Data((message + "\n").utf8)) })
    }
}

/// `--today`, for every subcommand whose output depends on the date.
/// A date argument: `YYYY-MM-DD`, within the dates content may hold.
func parseDay(_ text: String) throws -> Day {
    switch Day.parse(text) {
    case .success(let day) where ContentLimits.days.contains(day): return day
    case .success: throw ValidationError("'\(text)' is out of range: \(ContentLimits.daysText)")
    case .failure: throw ValidationError("'\(text)' is not a date written YYYY-MM-DD")
    }
}

struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The day to treat as today (default: the system clock's date).", valueName: "YYYY-MM-DD"),
            transform: parseDay)
    var today: Day?

    /// The given day, or the clock's local date: the only place Upkeep reads the clock.
    var day: Day {
        if let today { return today }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Prints problems as `path:line:column: error: message`, one per line, then exits with status 1.
/// On a terminal (and without `NO_COLOR`) the place is bold, `error:` red and quoted text
/// yellow; in a pipe or a file, never.
func report(_ error: Error) -> ExitCode {
    let text: String
    if let diagnostics = error as? DiagnosticsError {
        let count = diagnostics.diagnostics.count
        let stage = diagnostics.stage.map { ", found by the \($0) stage" } ?? ""
        text = diagnostics.description.split(separator: "\n").map { Terminal.standardError.colored(String($0)) }.joined(separator: "\n")
            + "\n\(count) error\(count == 1 ? "" : "s")\(stage)\n"
    } else {
        text = Terminal.standardError.colored(DiagnosticText.escaped("error: \(error)")) + "\n"
    }
    FileHandle.standardError.write(Data(text.utf8))
    return ExitCode(1)
}

/// Runs a command that writes one file: prints its path, or reports what went wrong.
func writeOne(_ write: () throws -> URL) throws {
    do {
        print("wrote \(try write().path)")
    } catch {
        throw report(error)
    }
}
