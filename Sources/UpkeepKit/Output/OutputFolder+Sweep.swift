#if canImport(Glibc)
import Glibc
#endif

/// Finding what an earlier build left in a recycled staging tree and this one did not write.
extension OutputFolder {
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
}
