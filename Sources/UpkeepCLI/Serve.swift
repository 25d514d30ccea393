import ArgumentParser
import Foundation
import UpkeepKit

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview public/ and private/ on 127.0.0.1, rebuilding whenever content/ or templates/ change.")

    @Option(help: "The port to listen on.")
    var port: UInt16 = 8080

    @OptionGroup var options: RootOptions
    @OptionGroup var today: TodayOption

    func run() throws {
        let server = PreviewServer(settings: BuildSettings(root: options.rootURL, today: today.day)) { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
        do {
            let port = try server.start(port: port)
            print("serving http://127.0.0.1:\(port)/ (public) and http://127.0.0.1:\(port)/private/; Ctrl-C to stop")
        } catch {
            throw report(error)
        }
        while true { sleep(3600) }
    }
}
