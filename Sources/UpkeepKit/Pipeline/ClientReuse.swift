import Foundation

/// A build after one edit renders and writes the clients that edit concerns, not all of them:
/// every other client's folder is left as the staging tree has it.
///
/// Each full build records in its `private/` tree a digest per client of everything that
/// client's pages are made from (`digest(of:)`). The staging tree a build starts from is the
/// one the last-but-one build wrote (`OutputFolder`), so a client's folder there is kept only
/// when that tree's digest, the live tree's and this build's are the same: the two builds
/// before wrote the same pages for the client and carried the same PDFs, and this one would
/// too. Anything else renders the client as a cold build does: no record or an unreadable one,
/// one from another program (the shared digest holds the program's size and time), a build
/// with `--force` (which records but keeps nothing), `--month` or `--pdf` (which keep nothing
/// and write an empty record), or a build that failed or was killed part-way (the staging tree's record is
/// removed before anything is written in it).
///
/// The pages themselves are not read back: a page edited by hand in `private/` may be kept by a
/// later build while the client does not change. `--force` writes every page anew.
struct ClientReuse: Sendable {
    static let recordPath = ".upkeep-clients"
    static let header = "upkeep-clients-1"

    /// This build's part of every client's digest that is not the client's own: the shared
    /// inputs, the list of clients (account and proposal numbers are drawn from it) and every
    /// ledger month's message.
    private let shared: String
    private let staged: [Substring: Substring]
    private let live: [Substring: Substring]
    /// False when this build records nothing and keeps nothing.
    let recording: Bool

    /// Reads the staging tree's record and removes it, then the live tree's.
    init(_ books: Books, _ settings: BuildSettings, inputs: BuildInputs.Digests?, output: OutputFolder) {
        let stagedRecord = output.stagedPath(Self.recordPath, in: .private)
        let stagedText = FileManager.default.contents(atPath: stagedRecord)
        try? FileManager.default.removeItem(atPath: stagedRecord)
        recording = inputs != nil && settings.statementMonth == nil && !settings.pdf
        var hasher = StableHasher()
        hasher.add(inputs?.shared ?? "")
        for client in books.shop.clients { hasher.add(client.id.rawValue) }
        for month in books.shop.ledger { hasher.add("\(month.month)"); hasher.add(month.message) }
        shared = hasher.hex
        let useful = recording && !settings.force
        let liveText = FileManager.default.contents(atPath: output.destinationPath + "/" + Tree.private.rawValue + "/" + Self.recordPath)
        staged = useful ? Self.parse(stagedText) : [:]
        live = useful ? Self.parse(liveText) : [:]
    }

    /// A record's digests by client; none unless it is whole and of this version.
    private static func parse(_ data: Data?) -> [Substring: Substring] {
        guard let data else { return [:] }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(header), lines.last == "end" else { return [:] }
        lines = Array(lines.dropFirst().dropLast())
        var digests: [Substring: Substring] = [:]
        for line in lines {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { return [:] }
            digests[parts[0]] = parts[1]
        }
        return digests
    }

    /// Everything `client`'s pages are made from, beside the shared inputs: its file, its
    /// contracts and its ledger entries, every field of each (where it stands in its file
    /// included, so that a line added above it counts as a change), by `DigestEncoder`.
    func digest(of client: Client, in shop: Shop) -> String {
        var hasher = StableHasher()
        hasher.add(shared)
        hasher.add(DigestEncoder.digest(client))
        hasher.add(DigestEncoder.digest(shop.contracts(of: client.id)))
        hasher.add(DigestEncoder.digest(shop.ledger(of: client.id)))
        return hasher.hex
    }

    /// Whether the staging tree's folder of `client` already holds what this build would write.
    func canKeep(_ client: ID, digest: String) -> Bool {
        let key = Substring(client.rawValue)
        return staged[key] == Substring(digest) && live[key] == Substring(digest)
    }

    /// The record of this build's digests, in client order.
    static func record(_ digests: [(ID, String)]) -> String {
        ([header] + digests.map { "\($0.0.rawValue) \($0.1)" } + ["end"]).joined(separator: "\n")
    }
}
