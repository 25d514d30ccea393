import Foundation

/// `upkeep send`: one e-mail per statement of a month, written to `private/outbox/<YYYY-MM>/`
/// and handed to the mail transfer agent; each one sent is logged, so a second run sends
/// nothing twice.
public enum SendStatements {
    public struct Request: Sendable {
        public var month: Month
        /// One client only (nil: every client with a statement that month).
        public var client: String?
        /// Write the messages to the outbox, send nothing.
        public var dryRun = false
        /// Send again statements the log says were sent.
        public var resend = false
        /// Allow a month that is not closed.
        public var draft = false

        public init(month: Month, client: String? = nil, dryRun: Bool = false, resend: Bool = false, draft: Bool = false) {
            self.month = month
            self.client = client
            self.dryRun = dryRun
            self.resend = resend
            self.draft = draft
        }
    }

    /// What a run did, client by client.
    public struct Report: Sendable {
        public var sent: [String] = []
        public var written: [String] = []
        public var alreadySent: [String] = []
        public var noAddress: [String] = []
        public var failed: [String] = []

        public var complete: Bool { noAddress.isEmpty && failed.isEmpty }

        public var description: String {
            var lines: [String] = []
            if !sent.isEmpty { lines.append("sent \(sent.count): \(sent.joined(separator: ", "))") }
            if !written.isEmpty { lines.append("written to the outbox, not sent (--dry-run) \(written.count): \(written.joined(separator: ", "))") }
            if !alreadySent.isEmpty { lines.append("sent before, not again (--resend to send them again) \(alreadySent.count): \(alreadySent.joined(separator: ", "))") }
            for client in noAddress { lines.append("not sent, no address: \(client)") }
            for failure in failed { lines.append("not sent: \(failure)") }
            return lines.isEmpty ? "nothing to send" : lines.joined(separator: "\n")
        }
    }

    /// Sends at `now` (the messages' date); `today` decides which months are complete.
    public static func run(_ request: Request, root: URL, today: Day, now: Date,
                           waiting: BuildLock.Waiting = .wait(notify: { _ in })) throws -> Report {
        let month = request.month
        guard month <= today.monthOf.previous else {
            throw RequestError(description: "\(month.longText) is not complete on \(today); statements run through \(today.monthOf.previous)")
        }
        let (valid, books) = try Pipeline.checked(root: root, today: today)
        let shop = valid.shop
        guard request.draft || shop.closings.contains(where: { $0.month == month }) else {
            throw RequestError(description: "\(month.longText) is not closed: close it first (upkeep close \(month)), so that what is sent cannot change, or send drafts with --draft")
        }
        let clients = try request.client.map { [try ClientDocuments.client($0, in: shop)] } ?? shop.clients
        let renderer = Renderer(books: books, context: valid.renderContext(today: today))
        let log = SentLog(root: root, month: month)
        let date = MailMessage.date(now)
        let stamp = String(Int(now.timeIntervalSince1970))
        var report = Report()
        // The log is read with the lock held: a second `send` started meanwhile waits, then
        // finds what this one sent.
        try BuildLock.holding(root, for: "send", waiting: waiting) {
            let alreadySent = log.sent()
            for client in clients {
                guard let statement = books.statements(of: client).statements.first(where: { $0.month == month }) else { continue }
                let name = client.id.rawValue
                guard let address = client.statementEmail else {
                    report.noAddress.append("\(name) (add billing_email to content/clients/\(name).md)")
                    continue
                }
                if alreadySent.contains(client.id), !request.resend {
                    report.alreadySent.append(name)
                    continue
                }
                let pdf = try builtPDF(of: statement, client: client, renderer: renderer, root: root)
                let html = try renderer.statement(statement, of: client, standalone: true).bytes
                let mail = StatementMail.message(statement, client: client, to: address, business: shop.business,
                                                 language: renderer.context.languages.of(client),
                                                 html: html, pdf: pdf, date: date, stamp: stamp)
                let bytes = mail.bytes(boundary: "upkeep-\(statement.number)-\(stamp)")
                let eml = root.appendingPathComponent("private/outbox/\(month)/\(name).eml")
                try OutputError.attempt(writing: eml.path) { try PlainFile.createFolderAndWrite(bytes, at: eml.path) }
                if request.dryRun {
                    report.written.append(name)
                    continue
                }
                do {
                    try Sendmail.deliver(bytes, command: shop.business.sendmail)
                } catch {
                    report.failed.append("\(name) to \(address): \(error)")
                    continue
                }
                try OutputError.attempt(writing: log.url.path) {
                    try log.record(client.id, number: statement.number, address: address, messageID: mail.messageID, date: date)
                }
                report.sent.append(name)
            }
        }
        return report
    }

    /// The statement's PDF as the build printed it: the built page must be the one the content
    /// gives now (or the client would be sent something else than the statement on file).
    static func builtPDF(of statement: Statement, client: Client, renderer: Renderer, root: URL) throws -> [UInt8] {
        let path = ClientFolder.statement(client.id, statement.month)
        let html = root.appendingPathComponent("private/" + path)
        let pdf = root.appendingPathComponent("private/" + ClientFolder.pdf(beside: path))
        guard let built = FileManager.default.contents(atPath: html.path), [UInt8](built) == (try renderer.statement(statement, of: client).bytes),
              let printed = FileManager.default.contents(atPath: pdf.path) else {
            throw RequestError(description: "private/\(ClientFolder.pdf(beside: path)) is missing or older than the content: run upkeep build --pdf first")
        }
        return [UInt8](printed)
    }
}
