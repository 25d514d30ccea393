import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import UpkeepKit

/// One writer at a time, and a build that never loses what it had.
@Suite("One writer at a time", .serialized)
struct BuildLockTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    @Test("20 rounds of two builds at once: both trees from one build, the journal as a lone build writes it")
    func concurrentBuilds() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let lone = try snapshot(of: copy.url("private"))
        let journal = try #require(lone["exports/ledger.journal"])
        let waits = Counter()
        for _ in 0..<20 {
            let errors = Counter()
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                do {
                    _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, force: true,
                                                         waiting: .wait(notify: { _ in waits.add() })))
                } catch {
                    errors.add()
                }
            }
            #expect(errors.value == 0)
            #expect(try snapshot(of: copy.url("private")) == lone)
            #expect(FileManager.default.contents(atPath: copy.url("private/exports/ledger.journal").path) == journal)
            #expect(FileManager.default.fileExists(atPath: copy.url("public/index.html").path))
        }
        // The second of each pair waited, at least most times (the first may finish before the
        // second starts, on a fast machine).
        #expect(waits.value > 0)
    }

    @Test("a build while serve rebuilds: both finish, the trees are whole")
    func buildWhileServing() async throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let server = PreviewServer(settings: BuildSettings(root: copy.root, today: today))
        _ = try server.start(port: 0)
        defer { server.stop() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        let lone = try snapshot(of: copy.url("private"))
        let faq = try copy.read("content/pages/faq.md")
        for round in 0..<20 {
            let count = server.buildCount
            // A change the server sees and rebuilds for, with a build of our own at the same time.
            try copy.write("content/pages/faq.md", faq + "\nRound \(round).\n")
            _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, force: true))
            for _ in 0..<100 where server.buildCount <= count { try await Task.sleep(for: .milliseconds(50)) }
            #expect(server.buildError == nil)
            _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, force: true))
            var now = try snapshot(of: copy.url("private"))
            now["index.html"] = lone["index.html"]
            #expect(now.keys.sorted() == lone.keys.sorted())
            #expect(now["exports/ledger.journal"] == lone["exports/ledger.journal"])
        }
    }

    @Test("a second writer waits and says whom for, once; with --no-wait it fails at once with that message")
    func waitingAndNoWait() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let messages = Messages()
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? BuildLock.holding(copy.root, for: "statement", waiting: .fail) {
                started.signal()
                release.wait()
            }
        }
        started.wait()
        do {
            _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, waiting: .fail))
            Issue.record("a build ran while the folder was locked")
        } catch let error as BuildLock.BusyError {
            #expect(error.description.hasPrefix("the statement started at "))
            #expect(error.description.contains(" by process \(getpid()) is still writing into this folder; not waiting (--no-wait)."))
        }
        #expect(!FileManager.default.fileExists(atPath: copy.url("public").path))
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { release.signal() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, waiting: .wait(notify: { messages.add($0) })))
        #expect(messages.all.count == 1)
        #expect(messages.all.first?.hasPrefix("waiting for the statement started at ") == true)
        #expect(FileManager.default.fileExists(atPath: copy.url("public/index.html").path))
    }

    @Test("a staging folder left by a build that died is cleared before anything is called up to date")
    func deadBuildIsCleared() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, force: true))
        // What a build killed half-way leaves: a staging folder holding the spare trees, part written.
        let staging = copy.url(".upkeep-staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: copy.url(".upkeep-spare-public"), to: staging.appendingPathComponent("public"))
        try Data("half".utf8).write(to: staging.appendingPathComponent("public/junk.html"))
        let report = try Pipeline.build(BuildSettings(root: copy.root, today: today))
        #expect(report.upToDate)
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(FileManager.default.fileExists(atPath: copy.url(".upkeep-spare-public").path))
        // The recycled tree's leftover is not published by the next build.
        _ = try Pipeline.build(BuildSettings(root: copy.root, today: today, force: true))
        #expect(!FileManager.default.fileExists(atPath: copy.url("public/junk.html").path))
    }

    @Test("a full disk is said in words, and the previous output is kept")
    func fullDisk() throws {
        guard getuid() == 0 else {
            print("skipped: mounting a small file system for a full disk needs root")
            return
        }
        let copy = try SampleCopy()
        defer { copy.remove() }
        let disk = copy.url("small-disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard mount("tmpfs", disk.path, "tmpfs", 0, "size=256k") == 0 else {
            print("skipped: cannot mount a tmpfs here (\(String(cString: strerror(errno))))")
            return
        }
        defer { umount(disk.path) }
        do {
            _ = try Pipeline.build(BuildSettings(root: copy.root, output: disk, today: today))
            Issue.record("a build onto a full disk succeeded")
        } catch let error as OutputError {
            #expect(error.description.hasPrefix("the disk is full while writing \(disk.path)/.upkeep-staging/"))
            #expect(error.description.hasSuffix("; the previous output is unchanged"))
        }
        #expect(!FileManager.default.fileExists(atPath: disk.appendingPathComponent("public").path))
    }
}

/// A count shared between threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

/// Messages collected from any thread.
final class Messages: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ message: String) { lock.withLock { list.append(message) } }
    var all: [String] { lock.withLock { list } }
}
