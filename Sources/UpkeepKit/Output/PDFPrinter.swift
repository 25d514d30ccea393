import Foundation

/// Prints HTML files to PDF through headless Chromium (`--pdf`).
public struct PDFPrinter: Sendable {
    public let executable: String

    /// Finds Chromium on the PATH, or explains how to install it.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PDFPrinter {
        let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            for name in names {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return PDFPrinter(executable: path) }
            }
        }
        throw PDFError(description: "--pdf needs Chromium to print, and none was found on the PATH; install it with: sudo apt-get install chromium")
    }

    /// Writes `html`'s PDF next to it, with the same name ending in `.pdf`.
    public func print(_ html: URL) throws {
        let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--print-to-pdf=\(pdf.path)", html.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw PDFError(description: "Chromium could not print \(html.lastPathComponent) (exit status \(process.terminationStatus))")
        }
    }
}

public struct PDFError: Error, CustomStringConvertible {
    public var description: String
}
