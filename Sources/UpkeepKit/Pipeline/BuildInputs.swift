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

    /// The digest of every input (`all`), and of those that are not one client's: every file
    /// but the clients', the contracts' and the ledger's, with the same options and program
    /// (`shared`, the part of each client's digest that `ClientReuse` does not take from the
    /// client's own content).
    public struct Digests: Sendable, Equatable {
        public var all: String
        public var shared: String
    }

    public static func digest(_ settings: BuildSettings) -> Digests? {
        var all = StableHasher(), shared = StableHasher()
        func add(_ text: String, toShared: Bool = true) {
            all.add(text)
            if toShared { shared.add(text) }
        }
        add("upkeep-build-inputs-3")
        add(programIdentity())
        add("\(settings.today)|\(settings.statementMonth.map(String.init(describing:)) ?? "-")|\(settings.pdf)")
        for folder in ["content", "templates"] {
            var files: [FolderWalk.Entry] = []
            for entry in FolderWalk.entries(folder, in: settings.root) {
                switch entry.kind {
                case .file: files.append(entry)
                case .folder: add(entry.path + "/")
                case .unusable: return nil
                }
            }
            // Each file hashed on its own, on every core; the hashes are added in path order.
            let hashes = Parallel.map(files) { Fingerprint.ofFile(at: $0.location) }
            for (entry, hash) in zip(files, hashes) {
                guard let hash else { return nil }
                let clients = folder == "content" && isClients(entry.path.dropFirst(folder.count + 1))
                add(entry.path, toShared: !clients)
                add(String(hash, radix: 16), toShared: !clients)
            }
        }
        return Digests(all: all.hex, shared: shared.hex)
    }

    /// Whether a file under `content/` holds clients' own content: a client, a contract or
    /// ledger entries (a ledger month's message is shared, and `ClientReuse` adds it).
    static func isClients(_ relative: Substring) -> Bool {
        switch ContentLoader.kind(of: String(relative)) {
        case .client?, .contract?, .ledger?: true
        default: false
        }
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
