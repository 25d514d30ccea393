import Foundation

/// Appends to the files every client contributes to (the month's CSV, the journal) on a queue
/// of its own, in the order asked, while the pages of the next clients are rendered: with two
/// cores, both would otherwise wait at the end of every batch while one appended.
///
/// At most one batch of rows waits to be written: `append` first waits for the one before.
final class SharedFileWriter: @unchecked Sendable {
    private let output: OutputFolder
    private let queue = DispatchQueue(label: "upkeep.shared-files")
    private let pending = DispatchGroup()
    private let lock = NSLock()
    private var failure: Error?

    init(_ output: OutputFolder) { self.output = output }

    /// Appends each of `files` (path, pieces) in turn, once the earlier appends are done.
    func append(_ files: [(path: String, pieces: [String])], in tree: Tree) throws {
        try wait()
        queue.async(group: pending) { [output, self] in
            do {
                for file in files { try output.append(file.pieces, to: file.path, in: tree) }
            } catch {
                lock.withLock { failure = failure ?? error }
            }
        }
    }

    /// Waits for every append asked for; throws the first that failed.
    func wait() throws {
        pending.wait()
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}
