import ArgumentParser
import Foundation
import UpkeepKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a business folder for your shop: a business.md to fill in, plans, price book and templates to edit; no clients.")

    @Argument(help: "The new folder (it must not exist, or be empty).")
    var folder: String

    @Flag(help: "Lay out the sample business (Northside Computer Care, its clients and a year of ledger) instead.")
    var sample = false

    func run() throws {
        do {
            let url = URL(fileURLWithPath: folder).standardizedFileURL
            let git = try BusinessFolder.create(at: url, sample ? .sample : .own)
            let next = sample ? "run 'upkeep build' there" : "fill in content/business.md ('upkeep check' lists what is left), then add your clients"
            print("created \(url.path)\(git ? " (a git repository)" : ""): \(next)")
        } catch {
            throw report(error)
        }
    }
}
