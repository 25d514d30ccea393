import ArgumentParser
import UpkeepKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build public/ (the pricing site) and private/ (everything about clients).")

    @OptionGroup var options: RootOptions
    @OptionGroup var today: TodayOption

    func run() throws {
        do {
            let report = try Pipeline.build(BuildSettings(root: options.rootURL, today: today.day))
            print("wrote \(report.filesWritten) files into public/ and private/")
        } catch {
            throw report(error)
        }
    }
}
