import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writer at a time in a business folder. Every command that writes into `public/` or
/// `private/` (a build, `serve`'s rebuilds, `proposal`, `compare`, `statement`) holds an
/// exclusive `flock` on `.upkeep-lock`, beside the staging folder, from before it looks at
/// the output until it has finished with it. The lock is the kernel's: it is released when
/// the holder exits, however it exits, so a killed build never leaves the folder locked.
///
/// The holder writes what it is and when it started into the file, for the message a second
/// writer prints: "waiting for the build started at 10:02:11 by process 4411".
public final class BuildLock: @unchecked Sendable {
    /// What a second writer does when the folder is locked.
    public enum Waiting: Sendable {
        /// Waits for the lock, after telling `notify` once why.
        case wait(notify: @Sendable (String) -> Void)
        /// Fails at once with a `BusyError`.
        case fail
    }

    /// Thrown with `.fail` when another command holds the lock.
    public struct BusyError: Error, CustomStringConvertible {
        public var holder: String
        public var description: String { "\(holder) is still writing into this folder; not waiting (--no-wait). Try again when it has finished." }
    }

    static let fileName = ".upkeep-lock"

    private let descriptor: Int32

    /// Takes the lock of the output folder `destination` (created if missing) for `activity`
    /// ("build", "statement"...), waiting or failing as `waiting` says.
    init(in destination: URL, for activity: String, waiting: Waiting) throws {
        try OutputError.attempt(writing: destination.path) {
            try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        }
        let path = destination.appendingPathComponent(Self.fileName).path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(errno: errno, writing: path) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                let code = errno
                close(fd)
                throw OutputError(errno: code, writing: path)
            }
            let holder = Self.holder(fd)
            switch waiting {
            case .fail:
                close(fd)
                throw BusyError(holder: holder)
            case .wait(let notify):
                notify("waiting for \(holder)")
                while flock(fd, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let code = errno
                        close(fd)
                        throw OutputError(errno: code, writing: path)
                    }
                }
            }
        }
        descriptor = fd
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        let record = Array("the \(activity) started at \(formatter.string(from: Date())) by process \(getpid())".utf8)
        // Best effort: the record only words the message of a writer that waits.
        if ftruncate(fd, 0) == 0 { _ = record.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } }
    }

    /// What the holder wrote of itself (it writes it right after taking the lock, so a little
    /// patience finds it), or a plain description when it wrote nothing.
    private static func holder(_ fd: Int32) -> String {
        var bytes = [UInt8](repeating: 0, count: 256)
        for _ in 0..<20 {
            let n = pread(fd, &bytes, bytes.count, 0)
            if n > 0 { return String(decoding: bytes[..<n], as: UTF8.self) }
            usleep(10_000)
        }
        return "another upkeep command"
    }

    /// Runs `body` holding the lock of `destination`.
    public static func holding<T>(_ destination: URL, for activity: String, waiting: Waiting, _ body: () throws -> T) throws -> T {
        let lock = try BuildLock(in: destination, for: activity, waiting: waiting)
        defer { lock.release() }
        return try body()
    }

    /// Clears the record and releases the lock (closing the file releases it).
    func release() {
        _ = ftruncate(descriptor, 0)
        close(descriptor)
    }
}
