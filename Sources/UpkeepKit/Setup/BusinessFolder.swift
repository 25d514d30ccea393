import Foundation

/// `upkeep init`: a new business folder from the defaults built into the binary.
public enum BusinessFolder {
    /// The files `init` writes, relative to the new folder.
    public static var defaultFiles: [String] { EmbeddedDefaults.files.map(\.path) }

    /// Creates `folder` with the sample content and the default templates. The folder must be
    /// new or empty: nothing is ever overwritten.
    public static func create(at folder: URL) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: folder.path) {
            let existing = try fm.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
            guard existing.isEmpty else {
                throw RequestError(description: "\(folder.path) is not empty; upkeep init only creates a new business folder")
            }
        }
        for (path, base64) in EmbeddedDefaults.files {
            let url = folder.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(base64Encoded: base64)!.write(to: url)
        }
    }
}
