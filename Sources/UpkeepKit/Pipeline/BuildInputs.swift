import Foundation

/// A digest of everything a build's output depends on: every file under `content/` and
/// `templates/` (path and bytes), the options, and the `upkeep` program itself. Recorded in
/// `private/.upkeep-inputs` by every build; a build whose digest equals the recorded one
/// would write exactly the same trees, so it leaves them as they are.
///
/// The files are found by `FolderWalk`, as `check` finds them. Anything it cannot use (a link
/// out of the folder or to nowhere, a file that cannot be read) leaves no digest: such a build
/// is never "up to date", and fails exactly as `check` does.
public enum BuildInputs {
    public static let recordPath = OutputFolder.inputsRecord

    public static func digest(_ settings: BuildSettings) -> String? {
        var hasher = StableHasher()
        hasher.add("upkeep-build-inputs-2")
        hasher.add(programIdentity())
        hasher.add("\(settings.today)|\(settings.statementMonth.map(String.init(describing:)) ?? "-")|\(settings.pdf)")
        for folder in ["content", "templates"] {
            var files: [FolderWalk.Entry] = []
            for entry in FolderWalk.entries(folder, in: settings.root) {
                switch entry.kind {
                case .file: files.append(entry)
                case .folder: hasher.add(entry.path + "/")
                case .unusable: return nil
                }
            }
            // Each file hashed on its own, on every core; the hashes are added in path order.
            let hashes = Parallel.map(files) { entry -> UInt64? in
                // Mapped, not read: a large file (an oversized logo that check will refuse) costs no memory.
                (try? Data(contentsOf: URL(fileURLWithPath: entry.location), options: .alwaysMapped))
                    .map { data in data.withUnsafeBytes { Fingerprint.hash($0) } }
            }
            for (entry, hash) in zip(files, hashes) {
                guard let hash else { return nil }
                hasher.add(entry.path)
                hasher.add(String(hash, radix: 16))
            }
        }
        return hasher.hex
    }

    /// Size and modification time of the running program: a new `upkeep` may write differently.
    static func programIdentity() -> String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path)|\(size)|\(modified)"
    }

    /// The digest the live output was built from, if any.
    static func recorded(in output: URL) -> String? {
        guard FileManager.default.fileExists(atPath: output.appendingPathComponent("public").path) else { return nil }
        let url = output.appendingPathComponent("private").appendingPathComponent(recordPath)
        return FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// FNV-1a, 64 bits (`Fingerprint.hash`), over a stream of strings and bytes: the same input
/// gives the same value in every run (Swift's own `Hasher` is seeded afresh for each process).
struct StableHasher {
    private var state = Fingerprint.offsetBasis

    /// Adds `text` and a separator byte, so that "ab"+"c" and "a"+"bc" differ.
    mutating func add(_ text: String) {
        state = Fingerprint.hash(CollectionOfOne(0xff), from: Fingerprint.hash(text.utf8, from: state))
    }

    var hex: String {
        let text = String(state, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
