/// Finding what an earlier build left in a recycled staging tree and this one did not write.
extension OutputFolder {
    /// What under `folder` is not in `written` (files), `folders` (folders with something
    /// written in them) or `kept` (folders kept whole), as paths relative to the staging
    /// folder; listed with `readdir`, which names each entry's type without a `stat` per file.
    static func files(under folder: String, prefix: String, keeping written: Set<UInt64>, folders: Set<String>,
                      kept: Set<String>) -> [String] {
        guard let entries = FolderListing.entries(of: folder) else { return [] }
        var stale: [String] = []
        for entry in entries {
            let name = entry.name
            let relative = prefix + "/" + name
            if entry.isFolder {
                if kept.contains(relative) {
                    continue
                } else if folders.contains(relative) {
                    stale += files(under: folder + "/" + name, prefix: relative, keeping: written, folders: folders, kept: kept)
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
