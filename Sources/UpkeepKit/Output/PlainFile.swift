import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One file written with plain POSIX calls: compared and written over in place, appended to,
/// or created; every failure an `OutputError` with the system's reason.
enum PlainFile {
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

    /// Writes `bytes` to a new file at `path` beside its final name, then renames it there, making
    /// its folder first: a reader sees the old file or the new one, whole.
    static func createFolderAndWrite(_ bytes: [UInt8], at path: String) throws {
        let folder = String(path[..<path.lastIndex(of: "/")!])
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/." + path[path.index(after: path.lastIndex(of: "/")!)...] + ".tmp"
        do {
            try withFile(at: temporary, append: false) { fd in try bytes.withUnsafeBufferPointer { try writeAll($0, to: fd, path: temporary) } }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else { throw OutputError(errno: errno, writing: path) }
    }

    /// Creates the file at `path` with `bytes`, only if nothing has that name: an `OutputError`
    /// (EEXIST) otherwise. Written whole or removed.
    static func create(_ bytes: [UInt8], at path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            // Checked just before by the command: another one running at the same time wrote it.
            if errno == EEXIST { throw RequestError(description: "\(path) was written just now by another command; nothing was changed") }
            throw OutputError(errno: errno, writing: path)
        }
        defer { close(fd) }
        do {
            try bytes.withUnsafeBufferPointer { try writeAll($0, to: fd, path: path) }
        } catch {
            unlink(path)
            throw error
        }
    }

    /// Writes or appends with plain POSIX calls.
    static func write(_ pieces: [String], at path: String, append: Bool) throws {
        try withFile(at: path, append: append) { fd in
            for var piece in pieces {
                try piece.withUTF8 { try writeAll($0, to: fd, path: path) }
            }
        }
    }

    /// Opens the file at `path` for writing, created if missing and emptied first unless
    /// `append`, for `body`.
    static func withFile(at path: String, append: Bool, _ body: (Int32) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0o644)
        guard fd >= 0 else { throw OutputError(errno: errno, writing: path) }
        defer { close(fd) }
        try body(fd)
    }

    /// Writes every byte at the file's offset, however many calls it takes.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            guard n > 0 else { throw OutputError(errno: n == 0 ? ENOSPC : errno, writing: path) }
            offset += n
        }
    }
}
