import CFileSync
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Getting the new trees onto the disk: in the background while pages are written, and all of
/// it before they are swapped in.
extension OutputFolder {
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
    static func sync(_ path: String, with flush: (Int32) -> Int32) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(errno: errno, writing: path) }
        defer { close(fd) }
        guard flush(fd) == 0 else { throw OutputError(errno: errno, writing: path) }
    }
}
