import Foundation
import Testing
@testable import UpkeepKit

/// The installed binary (Scripts/install into a temporary prefix, once for all these tests):
/// what a shop owner without Swift runs.
@Suite("Installed", .serialized, .enabled(if: Installed.wanted))
struct InstallTests {
    /// No Swift toolchain: only the system's programs and the installed ones.
    static func environment(_ prefix: URL, extra: [String: String] = [:]) -> [String: String] {
        ["PATH": prefix.appendingPathComponent("bin").path + ":/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
            .merging(extra) { $1 }
    }

    @Test("the binary needs no Swift and no libcmark (only Debian's libqrencode4), and installs its man page and completions")
    func staticBinary() throws {
        let prefix = try Installed.prefix()
        let binary = prefix.appendingPathComponent("bin/upkeep").path
        let libraries = try Tool.run("ldd", [binary])
        #expect(!libraries.contains("libswift") && !libraries.contains("libFoundation") && !libraries.contains("libcmark"), "\(libraries)")
        // Debian ships no static libqrencode: the binary needs its small runtime package.
        #expect(libraries.contains("libqrencode.so.4 => /"), "\(libraries)")
        for file in ["share/man/man1/upkeep.1", "share/bash-completion/completions/upkeep", "share/zsh/site-functions/_upkeep",
                     "share/fish/vendor_completions.d/upkeep.fish"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file)")
        }
        let version = try Installed.run("upkeep --version", prefix: prefix)
        #expect(version.output.hasPrefix("\(UpkeepVersion.number) (commit ") && version.status == 0)
        // No Swift on this PATH, and init, check and build all the same.
        #expect(try Installed.run("command -v swift", prefix: prefix).status != 0)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upkeep-installed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Installed.run("upkeep init --sample '\(folder.path)' && cd '\(folder.path)' && upkeep check --today 2026-11-29 && upkeep build --today 2026-11-29", prefix: prefix)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("wrote 83 files into public/ and private/"))
    }

    @Test("the README's first day, end to end, with the installed binary")
    func firstDay() throws {
        let prefix = try Installed.prefix()
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let day = try #require(readme.components(separatedBy: "## Your first day\n").dropFirst().first?.components(separatedBy: "\n## ").first)
        let blocks = day.components(separatedBy: "```sh\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count == 4)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upkeep-first-day-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Installed.run("set -e; cd '\(folder.path)'\n" + blocks.joined(), prefix: prefix)
        #expect(run.status == 0, "\(run.output)")
        // What each step should have left.
        let shop = folder.appendingPathComponent("my-shop")
        // (The proposal was written, then left out of the build once the client had signed.)
        #expect(run.output.contains("my-shop/private/clients/acme-dental/proposal.html"))
        for path in [".gitignore", "content/contracts/acme-dental.md",
                     "private/clients/acme-dental/statement-2026-12.pdf", "content/closed/2026-12.md", "private/outbox/2026-12/acme-dental.eml",
                     "public/index.html"] {
            #expect(FileManager.default.fileExists(atPath: shop.appendingPathComponent(path).path), "\(path)")
        }
        #expect(!run.output.contains("error:"))
        #expect(run.output.contains("Acme Dental is now an active client"))
        #expect(run.output.contains("written to the outbox, not sent (--dry-run) 1: acme-dental"))
    }

    @Test("colour on a terminal only, never in a pipe, and not with NO_COLOR; progress on a terminal for a long build, not with --quiet")
    func terminal() throws {
        let prefix = try Installed.prefix()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("upkeep-tty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Installed.run("upkeep init --sample '\(folder.path)'", prefix: prefix)
        try "---\nname: X\nstatus: prospect\ncontact:\n  name: Y\nrecommend: busines\n---\n"
            .write(to: folder.appendingPathComponent("content/clients/x.md"), atomically: true, encoding: .utf8)
        let check = "upkeep check --root '\(folder.path)' --today 2026-11-29"
        let piped = try Installed.run(check, prefix: prefix)
        #expect(piped.status == 1 && piped.output.contains("error:") && !piped.output.contains("\u{1B}["))
        let tty = try Installed.run("script -qec \"\(check)\" /dev/null", prefix: prefix)
        #expect(tty.output.contains("\u{1B}[1;31merror:\u{1B}[0m") && tty.output.contains("\u{1B}[33m'busines'\u{1B}[0m"))
        let plain = try Installed.run("script -qec \"\(check)\" /dev/null", prefix: prefix, extra: ["NO_COLOR": "1"])
        #expect(plain.output.contains("error:") && !plain.output.contains("\u{1B}[1;31m"))
        // A business big enough to take more than a second.
        let big = FileManager.default.temporaryDirectory.appendingPathComponent("upkeep-big-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: big) }
        _ = try Tool.run("python3", [repositoryRoot.appendingPathComponent("Benchmarks/synth.py").path, "6000", big.path])
        let build = "upkeep build --root '\(big.path)' --today 2026-12-01 --force"
        let shown = try Installed.run("script -qec \"\(build)\" /dev/null", prefix: prefix)
        #expect(shown.output.contains("writing clients: ") && shown.output.contains(" of 6000"), "\(shown.output.suffix(300))")
        let quiet = try Installed.run("script -qec \"\(build) --quiet\" /dev/null", prefix: prefix)
        #expect(!quiet.output.contains("writing clients") && quiet.output.contains("wrote "))
        let piping = try Installed.run(build, prefix: prefix)
        #expect(!piping.output.contains("writing clients"))
    }
}

/// Installs upkeep once, into a temporary prefix, with Scripts/install (its own build folder,
/// .build-install/, so it does not wait on the tests' own build).
enum Installed {
    /// CI runs these; elsewhere they run when asked (UPKEEP_TEST_INSTALL=1), as the first one
    /// builds a release binary (a few minutes).
    static var wanted: Bool {
        ProcessInfo.processInfo.environment["CI"] == "true" || ProcessInfo.processInfo.environment["UPKEEP_TEST_INSTALL"] == "1"
    }

    nonisolated(unsafe) private static var installed: URL?
    private static let lock = NSLock()

    static func prefix() throws -> URL {
        try lock.withLock {
            if let installed { return installed }
            let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("upkeep-prefix-\(UUID().uuidString)")
            let result = try run("'\(repositoryRoot.appendingPathComponent("Scripts/install").path)' '\(prefix.path)'", prefix: prefix,
                                 extra: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
            guard result.status == 0 else { throw RequestError(description: "Scripts/install failed:\n\(result.output.suffix(2000))") }
            installed = prefix
            return prefix
        }
    }

    /// Runs `command` with `sh`, in the installed binary's environment; its output and errors, and its exit status.
    static func run(_ command: String, prefix: URL, extra: [String: String] = [:]) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = InstallTests.environment(prefix, extra: extra)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }
}
