import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file the build could not write, in words a shop owner can act on: "the disk is full while
/// writing FILE; the previous output is unchanged". Every write goes to the staging folder (or,
/// for one document, beside its file) first, so a failed write never touches the live output.
public struct OutputError: Error, CustomStringConvertible {
    /// The file or folder being written.
    public var path: String
    /// The system's error number (`ENOSPC`...).
    public var code: Int32

    public init(errno code: Int32, writing path: String) {
        self.code = code
        self.path = path
    }

    public var description: String {
        let unchanged = "; the previous output is unchanged"
        switch code {
        case ENOSPC, EDQUOT: return "the disk is full while writing \(path)\(unchanged)"
        case EACCES, EPERM: return "no permission to write \(path)\(unchanged)"
        case EROFS: return "the disk is read-only: cannot write \(path)\(unchanged)"
        case ENOTDIR, EEXIST: return "cannot write \(path): something that is not a folder stands in its way\(unchanged)"
        default: return "cannot write \(path): \(String(cString: strerror(code)))\(unchanged)"
        }
    }

    /// Runs `body`, turning a Foundation file error into an `OutputError` about `path`.
    static func attempt<T>(writing path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as NSError where error.domain == NSCocoaErrorDomain || error.domain == NSPOSIXErrorDomain {
            throw converted(error, path: path)
        }
    }

    /// The system error behind a Foundation file error, with the file it names (or `path`).
    static func converted(_ error: NSError, path: String) -> OutputError {
        let named = (error.userInfo[NSFilePathErrorKey] as? String) ?? path
        if error.domain == NSPOSIXErrorDomain { return OutputError(errno: Int32(error.code), writing: named) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return OutputError(errno: Int32(underlying.code), writing: named)
        }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileWriteOutOfSpace: return OutputError(errno: ENOSPC, writing: named)
        case .fileWriteNoPermission, .fileReadNoPermission: return OutputError(errno: EACCES, writing: named)
        case .fileWriteVolumeReadOnly: return OutputError(errno: EROFS, writing: named)
        default: return OutputError(errno: EIO, writing: named)
        }
    }
}
