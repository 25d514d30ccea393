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
            // The disk fills while writing a page into the staging folder or, as the batches of
            // clients run at once, a proposal's record beside it: both are the build's own files.
            let prefixes = [".upkeep-staging/", ".upkeep-proposals/"].map { "the disk is full while writing \(disk.path)/\($0)" }
            #expect(prefixes.contains { error.description.hasPrefix($0) }, "\(error.description)")
            #expect(error.description.hasSuffix("; the previous output is unchanged"))
        }
        #expect(!FileManager.default.fileExists(atPath: disk.appendingPathComponent("public").path))
        // No half-written record is left behind.
        let records = FileManager.default.enumerator(atPath: disk.appendingPathComponent(".upkeep-proposals").path)
        #expect(!(records?.allObjects.compactMap { $0 as? String } ?? []).contains { $0.hasSuffix(".tmp") })
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

/// `upkeep serve` under idle connections and foreign hosts.
@Suite("serve holds up", .serialized)
struct ServeTests {
    let today = Day(year: 2026, month: 11, day: 29)!

    /// A TCP connection to 127.0.0.1:`port`, sending nothing.
    static func connect(_ port: UInt16) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return fd
    }

    /// Sends a GET for `path` with `host`, and returns the response (status line first), or
    /// nil when none came within `seconds`.
    static func get(_ path: String, host: String, port: UInt16, within seconds: Int = 5) -> String? {
        let fd = connect(port)
        defer { close(fd) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = Array("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8)
        guard send(fd, request, request.count, 0) == request.count else { return nil }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            response += buffer[0..<n]
        }
        return response.isEmpty ? nil : String(decoding: response, as: UTF8.self)
    }

    @Test("100 idle connections do not keep a request from being answered")
    func idleConnections() throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let server = PreviewServer(settings: BuildSettings(root: copy.root, today: today))
        let port = try server.start(port: 0)
        defer { server.stop() }
        let idle = (0..<100).map { _ in Self.connect(port) }
        defer { idle.forEach { close($0) } }
        // Before, with 10 idle connections a request took 7 s, and with 60 none was answered.
        let response = Self.get("/", host: "127.0.0.1:\(port)", port: port, within: 3)
        #expect(response?.hasPrefix("HTTP/1.1 200 OK\r\n") == true)
    }

    @Test("only requests addressed to this machine by name are answered", arguments: [
        ("127.0.0.1", true), ("localhost", true), ("[::1]", true), ("LOCALHOST", true),
        ("attacker.example", false), ("127.0.0.1.nip.io", false), ("", false),
    ])
    func hosts(name: String, answered: Bool) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let server = PreviewServer(settings: BuildSettings(root: copy.root, today: today))
        let port = try server.start(port: 0)
        defer { server.stop() }
        let response = try #require(Self.get("/private/", host: name.isEmpty ? "" : "\(name):\(port)", port: port))
        if answered {
            #expect(response.hasPrefix("HTTP/1.1 200 OK\r\n"))
        } else {
            #expect(response.hasPrefix("HTTP/1.1 421 Misdirected Request\r\n"))
            #expect(!response.contains("Dashboard") && !response.contains("harbor"))
        }
        // The right name on another port is foreign too.
        #expect(Self.get("/private/", host: "127.0.0.1:\(port &+ 1)", port: port)?.hasPrefix("HTTP/1.1 421") == true)
    }

    @Test("a missing page is public/404.html with status 404, inside the trees and outside them", arguments: [
        "/public/nothing.html", "/private/clients/nobody/", "/elsewhere", "/public/../../etc/passwd",
    ])
    func notFound(path: String) throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let server = PreviewServer(settings: BuildSettings(root: copy.root, today: today))
        let port = try server.start(port: 0)
        defer { server.stop() }
        let response = try #require(Self.get(path, host: "localhost:\(port)", port: port))
        #expect(response.hasPrefix("HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=utf-8\r\n"))
        let page = try copy.read("public/404.html")
        #expect(response.hasSuffix("\r\n\r\n" + page))
    }

    @Test("serve says in words what a rebuild did")
    func rebuildWords() async throws {
        let copy = try SampleCopy()
        defer { copy.remove() }
        let messages = Messages()
        let server = PreviewServer(settings: BuildSettings(root: copy.root, today: today)) { messages.add($0) }
        _ = try server.start(port: 0)
        defer { server.stop() }
        #expect(messages.all.first.map { $0.hasPrefix("rebuilt 83 files in ") && $0.hasSuffix(" s") } == true)
        let count = server.buildCount
        // The same bytes written again: the server looks, and nothing changed.
        try copy.write("content/pages/faq.md", try copy.read("content/pages/faq.md"))
        for _ in 0..<100 where server.buildCount <= count { try await Task.sleep(for: .milliseconds(50)) }
        #expect(messages.all.last == "up to date: nothing changed since the last build")
    }
}
