import Foundation

/// `upkeep init`: a new business folder from the defaults built into the binary.
public enum BusinessFolder {
    /// What a new folder holds: the owner's own shop (a `business.md` to fill in, the plans, price
    /// book, pages and comparison settings to edit, the templates; no clients), or the sample.
    public enum Kind: Sendable { case own, sample }

    /// The files `init` writes, relative to the new folder.
    public static func files(_ kind: Kind) -> [(path: String, base64: String)] {
        switch kind {
        case .sample:
            return EmbeddedDefaults.files.filter { $0.path.hasPrefix("content/") || $0.path.hasPrefix("templates/") }
        case .own:
            let kept = ["content/pricebook.md", "content/comparison.md", "content/plans/", "content/pages/", "templates/"]
            return EmbeddedDefaults.files.compactMap { file in
                if file.path == "starter/business.md" { return ("content/business.md", file.base64) }
                return kept.contains { file.path.hasPrefix($0) || file.path == $0 } ? file : nil
            }
        }
    }

    /// Keeps what a build writes, and what Upkeep keeps beside it, out of git.
    public static let gitignore = """
        # Written by upkeep build: rebuilt from content/ and templates/ at any time.
        /public/
        /private/
        # Upkeep's staging and spare trees, its lock, and the records of proposals written.
        /.upkeep-*
        /.upkeep-lock

        """

    /// Creates `folder` (new or empty: nothing is ever overwritten) with the files of `kind` and a
    /// `.gitignore`, then makes it a git repository when git is installed. Returns whether it did.
    @discardableResult
    public static func create(at folder: URL, _ kind: Kind = .own) throws -> Bool {
        let fm = FileManager.default
        if fm.fileExists(atPath: folder.path) {
            let existing = try fm.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
            guard existing.isEmpty else {
                throw RequestError(description: "\(folder.path) is not empty; upkeep init only creates a new business folder")
            }
        }
        for (path, base64) in files(kind) + [(".gitignore", Data(gitignore.utf8).base64EncodedString())] {
            let url = folder.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(base64Encoded: base64)!.write(to: url)
        }
        return gitInit(folder)
    }

    /// `git init` in `folder`, when git is on the PATH and the folder is not in a repository already.
    static func gitInit(_ folder: URL) -> Bool {
        guard !FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "init", "--quiet", folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
