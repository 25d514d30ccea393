import CFileSync
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The two trees a build writes.
public enum Tree: String, Sendable, CaseIterable {
    /// Safe to publish: never any client data.
    case `public`
    /// Everything about clients.
    case `private`
}

/// Stage 5 of the pipeline: pages are written into a staging folder beside the output, and
/// swapped into place only when the whole build succeeded and is on the disk. A failed or
/// killed build leaves the previous `public/` and `private/` as they were; a power cut leaves
/// either those or the new ones, whole.
///
/// The tree a swap replaces is kept as `.upkeep-spare-<tree>/` and becomes the next build's
/// staging folder: its files are overwritten in place, those the new build does not write are
/// removed. Creating tens of thousands of new files is what costs most on a typical file
/// system; reusing them makes a rebuild several times faster, at the price of a second copy
/// of the output on disk. A file whose contents are already right is left alone, and one
/// that changed is written over rather than truncated: freeing and reallocating its blocks
/// (and, on ext4, the flush that truncating a file triggers on close) cost more than the
/// whole page.
///
/// Writes may come from several threads at once.
public final class OutputFolder: @unchecked Sendable {
    /// Where `public/` and `private/` live.
    public let destination: URL
    /// The same, as a path.
    let destinationPath: String
    /// `.upkeep-staging/`, beside them, holding the new trees while they are written.
    let staging: URL
    /// The staging trees' paths, to which pages' paths are appended.
    let stagedTrees: [Tree: String]
    let lock = NSLock()
    /// Paths written by this build, as the 64-bit FNV-1a hash of `tree/path`: a large build
    /// writes hundreds of thousands of files, and their names would take more memory than
    /// anything else but the model. (Two paths with the same hash, odds of about one in 10⁹ for
    /// a build of 150,000 files, would leave a file an earlier build wrote in place.)
    var writtenPaths: Set<UInt64> = []
    /// Folders with something written in them and their parents, as `tree/path`.
    var writtenFolders: Set<String> = []
    /// Folders of the staging tree kept as an earlier build left them (`keepFolder`), as `tree/path`.
    var keptFolders: Set<String> = []
    /// Folders of the staging tree known to exist.
    var folders: Set<String> = []
    /// Staging trees this build created empty: nothing in them can be stale, and a file written
    /// there for the first time is new.
    let createdEmpty: Set<Tree>
    /// Writes what the build wrote so far to the disk, in the background (see `writeBack()`).
    let writer = DispatchQueue(label: "upkeep.write-back")
    var writingBack = false
    /// The first write-back that failed (the disk's error is reported once, to that sync only).
    var writeBackFailure: Error?

    static func key(_ path: some StringProtocol) -> UInt64 { Fingerprint.hash(path.utf8) }

    /// Records `tree/path` as written; true the first time. Called with the lock held.
    func recordWritten(_ path: String) -> Bool {
        guard writtenPaths.insert(Self.key(path)).inserted else { return false }
        recordParents(of: path)
        return true
    }

    /// Records the folders holding `tree/path` as having something written in them. Called
    /// with the lock held.
    func recordParents(of path: String) {
        var folder = path[...]
        while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
            folder = folder[..<slash]
            if !writtenFolders.insert(String(folder)).inserted { break }
        }
    }

    static let stagingName = ".upkeep-staging"
    /// Written once the new trees are complete, removed once both are in place: while it
    /// exists, a killed build's swap is finished by the next one.
    static let markerName = ".upkeep-swapping"
    /// The file in `private/` where a build records what its trees were made from
    /// (`BuildInputs`): removed whenever a spare tree takes the live one's place.
    public static let inputsRecord = ".upkeep-inputs"

    static func spareName(_ tree: Tree) -> String { ".upkeep-spare-\(tree.rawValue)" }

    /// Prepares the staging folder (after `recover(in:)`, which leaves none): the spare trees,
    /// or else new empty ones.
    public init(destination: URL) throws {
        self.destination = destination
        destinationPath = destination.path
        self.staging = destination.appendingPathComponent(Self.stagingName)
        let staging = self.staging
        self.stagedTrees = Dictionary(uniqueKeysWithValues: Tree.allCases.map { ($0, staging.appendingPathComponent($0.rawValue).path) })
        let fm = FileManager.default
        var createdEmpty: Set<Tree> = []
        for tree in Tree.allCases {
            let staged = staging.appendingPathComponent(tree.rawValue)
            let spare = destination.appendingPathComponent(Self.spareName(tree))
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            if fm.fileExists(atPath: spare.path) {
                try fm.moveItem(at: spare, to: staged)
            } else {
                try fm.createDirectory(at: staged, withIntermediateDirectories: true)
                createdEmpty.insert(tree)
            }
        }
        self.createdEmpty = createdEmpty
    }

    /// Finishes or undoes what a killed build left, so that `public/` and `private/` are both
    /// from the same build: a swap that had begun (its marker written, the new trees complete)
    /// is completed; a staging folder that was still being written is cleared away; otherwise a
    /// tree left only under its spare name is put back, and, as it may be from an earlier build
    /// than the other tree, the record of the last build's inputs is removed so that the next
    /// build is a full one. Called first by every build (holding the folder's lock), even one
    /// that will fail.
    public static func recover(in destination: URL) throws {
        let fm = FileManager.default
        let staging = destination.appendingPathComponent(stagingName)
        if fm.fileExists(atPath: destination.appendingPathComponent(markerName).path) {
            for tree in Tree.allCases {
                let staged = staging.appendingPathComponent(tree.rawValue)
                guard fm.fileExists(atPath: staged.path) else { continue }
                try swap(staged, into: destination, tree)
            }
            try? fm.removeItem(at: staging)
            try fm.removeItem(at: destination.appendingPathComponent(markerName))
        }
        // A staging folder without the marker is what a build that died half-way left (the lock
        // says none is running). Its trees are incomplete: one is kept as the spare to recycle
        // when there is none, and the rest removed.
        if fm.fileExists(atPath: staging.path) {
            for tree in Tree.allCases {
                let staged = staging.appendingPathComponent(tree.rawValue)
                let spare = destination.appendingPathComponent(spareName(tree))
                if fm.fileExists(atPath: staged.path), !fm.fileExists(atPath: spare.path) {
                    try fm.moveItem(at: staged, to: spare)
                }
            }
            try fm.removeItem(at: staging)
        }
        for tree in Tree.allCases {
            let live = destination.appendingPathComponent(tree.rawValue)
            let spare = destination.appendingPathComponent(spareName(tree))
            if !fm.fileExists(atPath: live.path), fm.fileExists(atPath: spare.path) {
                try fm.moveItem(at: spare, to: live)
                try? fm.removeItem(at: destination.appendingPathComponent(Tree.private.rawValue).appendingPathComponent(inputsRecord))
            }
        }
    }

    /// Moves the live tree to its spare name (if it is there) and `staged` into its place.
    private static func swap(_ staged: URL, into destination: URL, _ tree: Tree) throws {
        let fm = FileManager.default
        let live = destination.appendingPathComponent(tree.rawValue)
        let spare = destination.appendingPathComponent(spareName(tree))
        if fm.fileExists(atPath: live.path) {
            if fm.fileExists(atPath: spare.path) { try fm.removeItem(at: spare) }
            try fm.moveItem(at: live, to: spare)
        }
        try fm.moveItem(at: staged, to: live)
    }

    /// Where a file of the new build is being written.
    public func stagedURL(_ path: String, in tree: Tree) -> URL {
        URL(fileURLWithPath: stagedPath(path, in: tree))
    }

    func stagedPath(_ path: String, in tree: Tree) -> String { stagedTrees[tree]! + "/" + path }

    /// After a failed build: the staging trees become the spare ones again, to be reused.
    public func discard() {
        let fm = FileManager.default
        for tree in Tree.allCases {
            let staged = staging.appendingPathComponent(tree.rawValue)
            let spare = destination.appendingPathComponent(Self.spareName(tree))
            if fm.fileExists(atPath: staged.path), !fm.fileExists(atPath: spare.path) {
                try? fm.moveItem(at: staged, to: spare)
            }
        }
        try? fm.removeItem(at: staging)
    }

    /// Number of files written so far.
    public var count: Int { lock.withLock { writtenPaths.count } }

    /// Removes what an earlier build left in the staging folder and this one did not write
    /// (a tree this build created empty holds only what it wrote, and is not listed), writes
    /// the new trees to the disk, then moves them into place: each live tree is renamed to its
    /// spare name, the new one renamed in, and the renames written to the disk too.
    ///
    /// Without the first sync, a power cut soon after a build could leave the renames on the
    /// disk but not the pages (a file system may record renames before it writes contents):
    /// the previous statements replaced by empty files. It costs what the system would
    /// otherwise spend writing the pages back after the build, most of it already done in the
    /// background while pages were rendered (`writeBack()`).
    public func commit() throws {
        let fm = FileManager.default
        let (written, writtenFolders, kept) = lock.withLock { (writtenPaths, self.writtenFolders, keptFolders) }
        for tree in Tree.allCases where !createdEmpty.contains(tree) {
            for stale in Self.files(under: staging.appendingPathComponent(tree.rawValue).path, prefix: tree.rawValue,
                                    keeping: written, folders: writtenFolders, kept: kept) {
                try fm.removeItem(atPath: staging.path + "/" + stale)
            }
        }
        writer.sync {}
        if let failure = lock.withLock({ writeBackFailure }) { throw failure }
        try Self.sync(staging.path) { upkeep_sync_file_system($0) }
        let marker = destination.appendingPathComponent(Self.markerName)
        try PlainFile.write([], at: marker.path, append: false)
        for tree in Tree.allCases {
            try Self.swap(staging.appendingPathComponent(tree.rawValue), into: destination, tree)
        }
        try fm.removeItem(at: staging)
        try fm.removeItem(at: marker)
        try Self.sync(destination.path) { fsync($0) }
    }


}
