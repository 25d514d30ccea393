#if canImport(Glibc)
import Glibc
#endif

/// What one folder holds, as `readdir` lists it (in the order it lists it), without `.` and `..`.
enum FolderListing {
    struct Entry {
        var name: String
        /// As `readdir` says, without a `stat`: false for anything it does not call a folder.
        var isFolder: Bool
    }

    /// The folder's entries, or nil when it cannot be opened.
    static func entries(of folder: String) -> [Entry]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var entries: [Entry] = []
        while let entry = readdir(stream) {
            // The name is read where it lies, up to its terminating zero: a record is only as
            // long as its name, so copying the whole `d_name` array reads past the last record
            // of the buffer, into memory that may not be there (it crashed on 10,000 clients).
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            entries.append(Entry(name: name, isFolder: entry.pointee.d_type == UInt8(DT_DIR)))
        }
        return entries
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
}
