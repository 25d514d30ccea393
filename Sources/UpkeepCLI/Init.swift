import ArgumentParser
import Foundation
import UpkeepKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a ready-to-build business folder: the sample content and the default templates.")

    @Argument(help: "The new folder (it must not exist, or be empty).")
    var folder: String

    func run() throws {
        do {
            let url = URL(fileURLWithPath: folder).standardizedFileURL
            try BusinessFolder.create(at: url)
            print("created \(url.path): edit content/, then run 'upkeep build' there")
        } catch {
            throw report(error)
        }
    }
}
