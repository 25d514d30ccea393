import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `upkeep serve`: serves `public/` and `private/` on 127.0.0.1, rebuilds when a file under
/// `content/` or `templates/` changes, and answers with the build's errors instead of stale
/// pages while the content is broken. Foundation and the C socket API only: a preview for one
/// person on one machine, not a web server for the public.
///
/// Each connection is served on a thread of its own, with a deadline for its request, so idle
/// or slow connections hold up no one else. Only requests addressed to this machine by name
/// (`Host: 127.0.0.1:PORT`, `localhost:PORT`, `[::1]:PORT`) are answered: a web page elsewhere
/// cannot reach `/private/` by pointing a name of its own at 127.0.0.1 (DNS rebinding).
/// Rebuilds take the business folder's lock, like any build.
public final class PreviewServer: @unchecked Sendable {
    public let settings: BuildSettings
    private let lock = NSLock()
    private var failure: String?
    private var builds = 0
    private var socket: Int32 = -1
    private var port: UInt16 = 0
    private var connections = 0
    private var watched: [String: Date] = [:]
    private let log: @Sendable (String) -> Void

    /// Connections served at once; more are closed at once.
    static let maximumConnections = 512
    /// Time a connection has to send its request.
    static let requestDeadline: TimeInterval = 10

    public init(settings: BuildSettings, log: @escaping @Sendable (String) -> Void = { _ in }) {
        var settings = settings
        settings.waiting = .wait(notify: log)
        self.settings = settings
        self.log = log
    }

    /// The errors of the last build, or nil when it succeeded.
    public var buildError: String? { lock.withLock { failure } }
    /// Builds run so far.
    public var buildCount: Int { lock.withLock { builds } }

    /// Builds, binds 127.0.0.1:`port` (0: any free port) and returns the port.
    public func start(port: UInt16) throws -> UInt16 {
        watched = snapshot()
        rebuild()
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw RequestError(description: "cannot open a socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socket, 128) == 0 else {
            let reason = String(cString: strerror(errno))
            close(socket)
            throw RequestError(description: "cannot listen on 127.0.0.1:\(port): \(reason)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        self.port = UInt16(bigEndian: actual.sin_port)
        Thread.detachNewThread { [self] in watch() }
        Thread.detachNewThread { [self] in acceptLoop() }
        return self.port
    }

    /// Stops accepting connections.
    public func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    // MARK: Building

    private func rebuild() {
        let outcome: String?
        let started = Date()
        do {
            let report = try Pipeline.build(settings)
            outcome = nil
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            log(report.upToDate ? "up to date: nothing changed since the last build" : "rebuilt \(report.filesWritten) files in \(seconds) s" + report.keptClause)
        } catch {
            outcome = (error as? DiagnosticsError)?.description ?? "\(error)"
            log("build failed:\n\(outcome!)")
        }
        lock.withLock {
            failure = outcome
            builds += 1
        }
    }

    /// Modification times of every file under `content/` and `templates/`.
    private func snapshot() -> [String: Date] {
        var result: [String: Date] = [:]
        for folder in ["content", "templates"] {
            let base = settings.root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.contentModificationDateKey]) else { continue }
            for case let url as URL in walker {
                result[url.path] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? .distantPast
            }
        }
        return result
    }

    private func watch() {
        while true {
            Thread.sleep(forTimeInterval: 0.3)
            let now = snapshot()
            if now != watched {
                watched = now
                rebuild()
            }
        }
    }

    // MARK: Serving

    private func acceptLoop() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 { return }
            let admitted = lock.withLock {
                guard connections < Self.maximumConnections else { return false }
                connections += 1
                return true
            }
            guard admitted else { close(client); continue }
            // A thread each: a connection that sends nothing blocks only its own.
            Thread.detachNewThread { [self] in
                respond(to: client)
                close(client)
                lock.withLock { connections -= 1 }
            }
        }
    }

    private func respond(to client: Int32) {
        // Each wait for bytes ends after a second, and the whole request must arrive in time.
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var sendTimeout = timeval(tv_sec: Int(Self.requestDeadline), tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &sendTimeout, socklen_t(MemoryLayout<timeval>.size))
        let deadline = Date().addingTimeInterval(Self.requestDeadline)
        var request = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.ends(with: "\r\n\r\n"), request.count < 65_536 {
            let n = recv(client, &buffer, buffer.count, 0)
            if n > 0 { request += buffer[0..<n]; continue }
            guard n < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else { break }
        }
        guard request.ends(with: "\r\n\r\n") else { return }
        let lines = String(decoding: request, as: UTF8.self).split(separator: "\r\n")
        let line = (lines.first ?? "").split(separator: " ")
        guard line.count >= 2, line[0] == "GET" || line[0] == "HEAD" else {
            return send(client, status: "405 Method Not Allowed", type: "text/plain", body: Array("GET only\n".utf8))
        }
        let host = lines.dropFirst().first { $0.lowercased().hasPrefix("host:") }.map { $0.dropFirst(5).trimmingCharacters(in: .whitespaces) }
        guard let host, allowedHosts.contains(host.lowercased()) else {
            return send(client, status: "421 Misdirected Request", type: "text/plain",
                        body: Array("This preview answers only at http://127.0.0.1:\(port)/ or http://localhost:\(port)/\n".utf8))
        }
        if let error = buildError {
            let page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"2\"><title>Build failed</title></head><body><h1>The build failed</h1><p>Fix these and save; this page reloads by itself.</p><pre>\(escapeXML(error))</pre></body></html>"
            return send(client, status: "500 Internal Server Error", type: "text/html; charset=utf-8", body: Array(page.utf8))
        }
        var path = String(line[1].split(separator: "?").first ?? "/").removingPercentEncoding ?? "/"
        if path == "/" { path = "/public/index.html" }
        let parts = path.split(separator: "/").map(String.init)
        func notFound() {
            let page = FileManager.default.contents(atPath: settings.output.appendingPathComponent("public/404.html").path)
            send(client, status: "404 Not Found", type: "text/html; charset=utf-8", body: [UInt8](page ?? Data("not found\n".utf8)))
        }
        guard let tree = parts.first, Tree(rawValue: tree) != nil, !parts.contains(".."), !parts.contains(".") else { return notFound() }
        var url = settings.output.appendingPathComponent(parts.joined(separator: "/"))
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("index.html")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return notFound() }
        let types = ["html": "text/html; charset=utf-8", "css": "text/css", "svg": "image/svg+xml", "png": "image/png",
                     "jpg": "image/jpeg", "pdf": "application/pdf", "xml": "application/xml", "txt": "text/plain; charset=utf-8",
                     "csv": "text/csv; charset=utf-8", "journal": "text/plain; charset=utf-8"]
        send(client, status: "200 OK", type: types[url.pathExtension] ?? "application/octet-stream",
             body: line[0] == "HEAD" ? [] : [UInt8](data))
    }

    /// The `Host` values this server answers to: its own address and port, by number or name.
    private var allowedHosts: Set<String> {
        let names = ["127.0.0.1", "localhost", "[::1]"]
        return Set(names.map { "\($0):\(port)" } + (port == 80 ? names : []))
    }

    private func send(_ client: Int32, status: String, type: String, body: [UInt8]) {
        let head = "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
        let bytes = Array(head.utf8) + body
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            sent += n
        }
    }
}

extension Array where Element == UInt8 {
    func ends(with text: String) -> Bool {
        let suffix = Array(text.utf8)
        return count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
