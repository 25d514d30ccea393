import Foundation

/// The two trees a build writes.
public enum Tree: String, Sendable, CaseIterable {
    /// Safe to publish: never any client data.
    case `public`
    /// Everything about clients.
    case `private`
}

/// Stage 5 of the pipeline: pages are written into a staging folder beside the output, and
/// swapped into place only when the whole build succeeded. A failed or killed build leaves
/// the previous `public/` and `private/` as they were.
public struct OutputFolder {
    /// Where `public/` and `private/` live.
    public let destination: URL
    /// `.upkeep-staging/`, beside them, holding the new trees while they are written.
    let staging: URL
    private(set) var written = 0

    static let stagingName = ".upkeep-staging"
    static func backupName(_ tree: Tree) -> String { ".upkeep-previous-\(tree.rawValue)" }

    /// Prepares an empty staging folder (after `recover(in:)`).
    public init(destination: URL) throws {
        self.destination = destination
        self.staging = destination.appendingPathComponent(Self.stagingName)
        let fm = FileManager.default
        if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
        for tree in Tree.allCases {
            try fm.createDirectory(at: staging.appendingPathComponent(tree.rawValue), withIntermediateDirectories: true)
        }
    }

    /// A swap interrupted between its two renames left a tree only under its backup name:
    /// put it back. A backup beside a complete tree is a leftover: remove it.
    /// Called first by every build, even one that will fail.
    public static func recover(in destination: URL) throws {
        let fm = FileManager.default
        for tree in Tree.allCases {
            let live = destination.appendingPathComponent(tree.rawValue)
            let backup = destination.appendingPathComponent(backupName(tree))
            guard fm.fileExists(atPath: backup.path) else { continue }
            if fm.fileExists(atPath: live.path) {
                try fm.removeItem(at: backup)
            } else {
                try fm.moveItem(at: backup, to: live)
            }
        }
    }

    /// Writes one file of the new build. `path` is relative to its tree and made only of
    /// names the build chose (ids are checked to be safe), never `..`.
    public mutating func write(_ contents: String, to path: String, in tree: Tree) throws {
        try write(Array(contents.utf8), to: path, in: tree)
    }

    public mutating func write(_ bytes: [UInt8], to path: String, in tree: Tree) throws {
        precondition(!path.split(separator: "/").contains(".."), "output paths never leave their tree")
        let url = stagedURL(path, in: tree)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        written += 1
    }

    /// Where a file of the new build is being written.
    public func stagedURL(_ path: String, in tree: Tree) -> URL {
        staging.appendingPathComponent(tree.rawValue).appendingPathComponent(path)
    }

    /// Carries a file or folder of the previous build over into the new one unchanged, if the
    /// previous build had it.
    public mutating func keep(_ path: String, in tree: Tree) throws {
        let fm = FileManager.default
        let live = destination.appendingPathComponent(tree.rawValue).appendingPathComponent(path)
        guard fm.fileExists(atPath: live.path) else { return }
        let target = stagedURL(path, in: tree)
        try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fm.copyItem(at: live, to: target)
    }

    /// Number of files written so far.
    public var count: Int { written }

    /// Moves the new trees into place: each old tree is renamed aside, the new one renamed in,
    /// then the old one removed.
    public func commit() throws {
        let fm = FileManager.default
        for tree in Tree.allCases {
            let live = destination.appendingPathComponent(tree.rawValue)
            let backup = destination.appendingPathComponent(Self.backupName(tree))
            if fm.fileExists(atPath: live.path) { try fm.moveItem(at: live, to: backup) }
            try fm.moveItem(at: staging.appendingPathComponent(tree.rawValue), to: live)
            if fm.fileExists(atPath: backup.path) { try fm.removeItem(at: backup) }
        }
        try fm.removeItem(at: staging)
    }

    /// Removes the staging folder of a build that failed.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
