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
    /// `.upkeep-staging/`, beside them, holding the new trees while they are written.
    let staging: URL
    /// The staging trees' paths, to which pages' paths are appended.
    private let stagedTrees: [Tree: String]
    private let lock = NSLock()
    /// Paths written by this build, as the 64-bit FNV-1a hash of `tree/path`: a large build
    /// writes hundreds of thousands of files, and their names would take more memory than
    /// anything else but the model. (Two paths with the same hash, odds of about one in 10⁹ for
    /// a build of 150,000 files, would leave a file an earlier build wrote in place.)
    private var writtenPaths: Set<UInt64> = []
    /// Folders with something written in them and their parents, as `tree/path`.
    private var writtenFolders: Set<String> = []
    /// Folders of the staging tree known to exist.
    private var folders: Set<String> = []
    /// Staging trees this build created empty: nothing in them can be stale, and a file written
    /// there for the first time is new.
    private let createdEmpty: Set<Tree>
    /// Writes what the build wrote so far to the disk, in the background (see `writeBack()`).
    private let writer = DispatchQueue(label: "upkeep.write-back")
    private var writingBack = false
    /// The first write-back that failed (the disk's error is reported once, to that sync only).
    private var writeBackFailure: Error?

    private static func key(_ path: some StringProtocol) -> UInt64 { Fingerprint.hash(path.utf8) }

    /// Records `tree/path` as written; true the first time. Called with the lock held.
    private func recordWritten(_ path: String) -> Bool {
        guard writtenPaths.insert(Self.key(path)).inserted else { return false }
        var folder = path[...]
        while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
            folder = folder[..<slash]
            if !writtenFolders.insert(String(folder)).inserted { break }
        }
        return true
    }

    static let stagingName = ".upkeep-staging"
    /// Written once the new trees are complete, removed once both are in place: while it
    /// exists, a killed build's swap is finished by the next one.
    static let markerName = ".upkeep-swapping"
    static func spareName(_ tree: Tree) -> String { ".upkeep-spare-\(tree.rawValue)" }

    /// Prepares the staging folder (after `recover(in:)`, which leaves none): the spare trees,
    /// or else new empty ones.
    public init(destination: URL) throws {
        self.destination = destination
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
                try? fm.removeItem(at: destination.appendingPathComponent(Tree.private.rawValue).appendingPathComponent(BuildInputs.recordPath))
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

    private func stagedPath(_ path: String, in tree: Tree) -> String { stagedTrees[tree]! + "/" + path }

    /// Writes one file of the new build. `path` is relative to its tree and made only of
    /// names the build chose (ids are checked to be safe), never `..`.
    public func write(_ contents: String, to path: String, in tree: Tree) throws {
        try write(Array(contents.utf8), to: path, in: tree)
    }

    public func write(_ bytes: [UInt8], to path: String, in tree: Tree) throws {
        let (staged, first) = try prepare(path, in: tree)
        if first, createdEmpty.contains(tree) {
            // Nothing there yet: no earlier contents to compare with.
            try Self.withFile(at: staged, append: false) { fd in
                try bytes.withUnsafeBufferPointer { try Self.writeAll($0, to: fd, path: staged) }
            }
        } else {
            try Self.replaceContents(of: staged, with: bytes)
        }
    }

    /// Adds `pieces`, one after the other, to the end of a file of the new build (the first
    /// call of a build starts it afresh). They are written in turn, not joined first.
    public func append(_ pieces: [String], to path: String, in tree: Tree) throws {
        let (staged, first) = try prepare(path, in: tree)
        try Self.writeFile(pieces, at: staged, append: !first)
    }

    /// Records a file that something else wrote into the staging folder (a PDF from Chromium).
    public func record(_ path: String, in tree: Tree) throws {
        try prepare(path, in: tree)
    }

    /// Records `path` as written and makes its folder; returns where it is staged, and whether
    /// this is the first time in this build.
    @discardableResult
    private func prepare(_ path: String, in tree: Tree) throws -> (staged: String, first: Bool) {
        precondition(!path.utf8.split(separator: UInt8(ascii: "/")).contains { $0.elementsEqual("..".utf8) },
                     "output paths never leave their tree")
        let staged = stagedPath(path, in: tree)
        let folder = String(staged[..<staged.utf8.lastIndex(of: UInt8(ascii: "/"))!])
        let (first, known) = lock.withLock {
            (recordWritten(tree.rawValue + "/" + path), folders.contains(folder))
        }
        if !known {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            lock.withLock { _ = folders.insert(folder) }
        }
        return (staged, first)
    }

    /// Makes the file at `path` hold `bytes`: compared with what it holds (a page of an earlier
    /// build, in a recycled tree), then written over it only if different, and cut short only
    /// if it was longer. Plain POSIX calls, no temporary file and no fsync per file: the staging
    /// folder is swapped in only once complete, and written to the disk as a whole first.
    static func replaceContents(of path: String, with bytes: [UInt8]) throws {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(errno: errno, writing: path) }
        defer { close(fd) }
        let held = compare(fd, with: bytes)
        guard held != .same else { return }
        // pread left the file offset at the start.
        try bytes.withUnsafeBufferPointer { try writeAll($0, to: fd, path: path) }
        if held == .longer, ftruncate(fd, off_t(bytes.count)) != 0 {
            throw OutputError(errno: errno, writing: path)
        }
    }

    private enum Held { case same, different, longer }

    /// What the file holds compared with `bytes`, read a block at a time (a large page is not
    /// read whole into memory).
    private static func compare(_ fd: Int32, with bytes: [UInt8]) -> Held {
        let block = 64 * 1024
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: min(bytes.count, block) + 1) { buffer in
            bytes.withUnsafeBytes { expected in
                var offset = 0
                while true {
                    let left = bytes.count - offset
                    // One byte more than is left to compare, to see whether the file goes on.
                    let n = pread(fd, buffer.baseAddress!, min(left, block) + 1, off_t(offset))
                    // A file that cannot be read is written over whole and cut to length.
                    if n < 0 { return .longer }
                    if n == 0 { return left == 0 ? .same : .different }
                    if left > 0, memcmp(buffer.baseAddress!, expected.baseAddress! + offset, min(n, left)) != 0 {
                        var status = stat()
                        return fstat(fd, &status) == 0 && Int(status.st_size) <= bytes.count ? .different : .longer
                    }
                    if n > left { return .longer }
                    offset += n
                }
            }
        }
    }

    /// Writes or appends with plain POSIX calls.
    static func writeFile(_ pieces: [String], at path: String, append: Bool) throws {
        try withFile(at: path, append: append) { fd in
            for var piece in pieces {
                try piece.withUTF8 { try writeAll($0, to: fd, path: path) }
            }
        }
    }

    /// Opens the file at `path` for writing, created if missing and emptied first unless
    /// `append`, for `body`.
    private static func withFile(at path: String, append: Bool, _ body: (Int32) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0o644)
        guard fd >= 0 else { throw OutputError(errno: errno, writing: path) }
        defer { close(fd) }
        try body(fd)
    }

    /// Writes every byte at the file's offset, however many calls it takes.
    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            guard n > 0 else { throw OutputError(errno: n == 0 ? ENOSPC : errno, writing: path) }
            offset += n
        }
    }

    /// Carries a file of the previous build over into the new one unchanged, if the previous
    /// build had it.
    public func keep(_ path: String, in tree: Tree) throws {
        let live = destination.appendingPathComponent(tree.rawValue).appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: live.path) else { return }
        try write(Array(try Data(contentsOf: live)), to: path, in: tree)
    }

    /// What under `folder` is not in `written` (files) or `folders` (folders with something
    /// written in them), as paths relative to the staging folder; listed with `readdir`, which
    /// names each entry's type without a `stat` per file.
    static func files(under folder: String, prefix: String, keeping written: Set<UInt64>, folders: Set<String>) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var stale: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let relative = prefix + "/" + name
            if entry.pointee.d_type == UInt8(DT_DIR) {
                if folders.contains(relative) {
                    stale += files(under: folder + "/" + name, prefix: relative, keeping: written, folders: folders)
                } else {
                    stale.append(relative)
                }
            } else if !written.contains(key(relative)) {
                stale.append(relative)
            }
        }
        return stale
    }

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
    /// otherwise spend writing the pages back after the build (1.5 s for 10,000 clients here),
    /// most of it already done in the background while pages were rendered (`writeBack()`).
    public func commit() throws {
        let fm = FileManager.default
        let (written, writtenFolders) = lock.withLock { (writtenPaths, self.writtenFolders) }
        for tree in Tree.allCases where !createdEmpty.contains(tree) {
            for stale in Self.files(under: staging.appendingPathComponent(tree.rawValue).path, prefix: tree.rawValue,
                                    keeping: written, folders: writtenFolders) {
                try fm.removeItem(atPath: staging.path + "/" + stale)
            }
        }
        writer.sync {}
        if let failure = lock.withLock({ writeBackFailure }) { throw failure }
        try Self.sync(staging.path) { upkeep_sync_file_system($0) }
        let marker = destination.appendingPathComponent(Self.markerName)
        try Self.writeFile([], at: marker.path, append: false)
        for tree in Tree.allCases {
            try Self.swap(staging.appendingPathComponent(tree.rawValue), into: destination, tree)
        }
        try fm.removeItem(at: staging)
        try fm.removeItem(at: marker)
        try Self.sync(destination.path) { fsync($0) }
    }

    /// Starts writing what the build wrote so far to the disk, in the background, unless that is
    /// already under way. Called between batches of pages: the writing back then shares the
    /// cores with rendering instead of leaving them idle while `commit` waits for all of it.
    func writeBack() {
        let idle = lock.withLock { () -> Bool in
            if writingBack { return false }
            writingBack = true
            return true
        }
        guard idle else { return }
        writer.async { [self] in
            do {
                try Self.sync(staging.path) { upkeep_sync_file_system($0) }
                lock.withLock { writingBack = false }
            } catch {
                lock.withLock { writingBack = false; writeBackFailure = writeBackFailure ?? error }
            }
        }
    }

    /// Calls `flush` (`syncfs` or `fsync`) on the folder at `path`.
    private static func sync(_ path: String, with flush: (Int32) -> Int32) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(errno: errno, writing: path) }
        defer { close(fd) }
        guard flush(fd) == 0 else { throw OutputError(errno: errno, writing: path) }
    }
}
