import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What is found under `content/` or `templates/`, walked the same way by everything that
/// reads them (`check`, the build, the record of a build's inputs), so that they can never
/// disagree about what is there.
///
/// Nothing outside the business folder is read: a symbolic link is followed only when its
/// target is a file inside the business folder. Hidden names (starting with `.`) are skipped.
public enum FolderWalk {
    /// One entry under the walked folder.
    public struct Entry: Sendable {
        public enum Kind: Sendable, Equatable {
            /// A regular file (or a link to one inside the business folder), `size` bytes.
            case file(size: Int)
            case folder
            /// Something that cannot be read as content: why.
            case unusable(String)
        }

        /// Relative to the business folder: `content/clients/acme.md`.
        public var path: String
        /// Where to read it: the real path, every link resolved.
        public var location: String
        public var kind: Kind
    }

    /// Every entry under `root/folder`, depth first, in name order within each folder.
    public static func entries(_ folder: String, in root: URL) -> [Entry] {
        guard let base = realPath(root.path) else { return [] }
        let top = classify(base + "/" + folder, as: folder, inside: base)
        switch top.kind {
        case .folder:
            var result: [Entry] = []
            walk(top.location, as: folder, inside: base, into: &result)
            return result
        case .unusable(let why) where why != "does not exist": return [top]
        default: return []
        }
    }

    private static func walk(_ directory: String, as relative: String, inside base: String, into result: inout [Entry]) {
        guard let entries = FolderListing.entries(of: directory) else { return }
        let names = entries.map(\.name).filter { !$0.hasPrefix(".") }
        for name in names.sorted() {
            let path = relative + "/" + name
            let location = directory + "/" + name
            let entry = classify(location, as: path, inside: base)
            result.append(entry)
            if entry.kind == .folder { walk(location, as: path, inside: base, into: &result) }
        }
    }

    /// What stands at `location` (shown as `path`), following a link only within `base`.
    public static func classify(_ location: String, as path: String, inside base: String) -> Entry {
        var status = stat()
        guard lstat(location, &status) == 0 else {
            return Entry(path: path, location: location, kind: .unusable("does not exist"))
        }
        var target = location
        if status.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realPath(location), stat(resolved, &status) == 0 else {
                return Entry(path: path, location: location,
                             kind: .unusable("is a symbolic link that leads nowhere (its target is missing, or the links go round in a loop)"))
            }
            guard resolved.hasPrefix(base + "/") else {
                return Entry(path: path, location: location,
                             kind: .unusable("is a symbolic link to \(resolved), outside the business folder; Upkeep reads nothing outside it: copy the file in instead"))
            }
            guard status.st_mode & S_IFMT != S_IFDIR else {
                return Entry(path: path, location: location, kind: .unusable("is a symbolic link to a folder; move the folder here instead"))
            }
            target = resolved
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return Entry(path: path, location: target, kind: .file(size: Int(status.st_size)))
        case S_IFDIR: return Entry(path: path, location: target, kind: .folder)
        default: return Entry(path: path, location: target, kind: .unusable("is not a regular file"))
        }
    }

    /// The absolute path with every link resolved, or nil when it leads nowhere.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
