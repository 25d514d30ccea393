import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing the new build's files into the staging trees.
extension OutputFolder {
    /// Writes one file of the new build. `path` is relative to its tree and made only of
    /// names the build chose (ids are checked to be safe), never `..`.
    public func write(_ contents: String, to path: String, in tree: Tree) throws {
        try write(Array(contents.utf8), to: path, in: tree)
    }

    public func write(_ bytes: [UInt8], to path: String, in tree: Tree) throws {
        let (staged, first) = try prepare(path, in: tree)
        if first, createdEmpty.contains(tree) {
            // Nothing there yet: no earlier contents to compare with.
            try PlainFile.withFile(at: staged, append: false) { fd in
                try bytes.withUnsafeBufferPointer { try PlainFile.writeAll($0, to: fd, path: staged) }
            }
        } else {
            try PlainFile.replaceContents(of: staged, with: bytes)
        }
    }

    /// Adds `pieces`, one after the other, to the end of a file of the new build (the first
    /// call of a build starts it afresh). They are written in turn, not joined first.
    public func append(_ pieces: [String], to path: String, in tree: Tree) throws {
        let (staged, first) = try prepare(path, in: tree)
        try PlainFile.write(pieces, at: staged, append: !first)
    }

    /// Records a file that something else wrote into the staging folder (a PDF from Chromium).
    public func record(_ path: String, in tree: Tree) throws {
        try prepare(path, in: tree)
    }

    /// Records `path` as written and makes its folder; returns where it is staged, and whether
    /// this is the first time in this build.
    @discardableResult
    func prepare(_ path: String, in tree: Tree) throws -> (staged: String, first: Bool) {
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

    /// Keeps a folder of the staging tree, and all in it, as an earlier build left it: this
    /// build writes nothing there and removes nothing from it. False, and nothing kept, when
    /// the staging tree has no such folder.
    public func keepFolder(_ path: String, in tree: Tree) -> Bool {
        var status = stat()
        guard !createdEmpty.contains(tree), stat(stagedPath(path, in: tree), &status) == 0,
              status.st_mode & S_IFMT == S_IFDIR else { return false }
        let folder = tree.rawValue + "/" + path
        lock.withLock {
            _ = keptFolders.insert(folder)
            recordParents(of: folder)
        }
        return true
    }

    /// Carries `companion` (a page's PDF) over from the previous build when the previous build
    /// had it and wrote `page` with exactly `bytes`: a PDF printed from a page that has not
    /// changed is still that page's. One whose page changed is left behind.
    public func keep(_ companion: String, ifUnchanged page: String, bytes: [UInt8], in tree: Tree) throws {
        // Asked for every statement of a build: a plain stat of the path, no URL built, and the
        // page read only when there is a PDF to keep.
        let live = destinationPath + "/" + tree.rawValue + "/"
        var status = stat()
        guard stat(live + companion, &status) == 0,
              let previous = FileManager.default.contents(atPath: live + page), previous.elementsEqual(bytes) else { return }
        try keep(companion, in: tree)
    }

    /// Carries a file of the previous build over into the new one unchanged, if the previous
    /// build had it.
    public func keep(_ path: String, in tree: Tree) throws {
        let live = destination.appendingPathComponent(tree.rawValue).appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: live.path) else { return }
        try write(Array(try Data(contentsOf: live)), to: path, in: tree)
    }
}
