import Foundation

/// Hands a message to a mail transfer agent through a sendmail-compatible command (`sendmail -t
/// -i`, `msmtp -t`…), which reads it on its standard input and takes the recipients from its
/// headers. The command is split on spaces; no shell is involved.
enum Sendmail {
    struct Refused: Error, CustomStringConvertible {
        var description: String
    }

    static func deliver(_ message: [UInt8], command: String) throws {
        let words = command.split(separator: " ").map(String.init)
        guard let program = words.first else { throw Refused(description: "the sendmail command in content/business.md is empty") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.contains("/") ? program : "/usr/bin/env")
        process.arguments = program.contains("/") ? Array(words.dropFirst()) : words
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = errors
        do { try process.run() } catch {
            throw Refused(description: "cannot run '\(program)' (the sendmail command in content/business.md): \(error.localizedDescription)")
        }
        // The message is written on its own thread while the reply is read, so that neither pipe
        // fills up. A command that stops reading early (it refused the message) must not end
        // Upkeep with SIGPIPE: the write fails instead, and the exit status says why.
        signal(SIGPIPE, SIG_IGN)
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: Data(message))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = said.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " / ")
            throw Refused(description: "'\(command)' refused it (exit status \(process.terminationStatus))" + (reason.isEmpty ? "" : ": " + reason))
        }
    }
}
