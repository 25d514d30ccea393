import Foundation

/// `upkeep close` and `upkeep reopen`: recording a month's statements as issued, in
/// `content/closed/<YYYY-MM>.md`, and taking that back.
public enum MonthClose {
    /// Closes `month`: every check passes, the month is complete on `today`, and it is the
    /// month after the last closed one (the first closing may be any month: the months before it
    /// stay open, but a change there that moves a closed balance is an error all the same).
    /// Returns what it says it did.
    public static func close(_ month: Month, root: URL, today: Day) throws -> String {
        guard month <= today.monthOf.previous else {
            throw RequestError(description: "\(month.longText) is not complete on \(today); statements run through \(today.monthOf.previous)")
        }
        let (valid, books) = try Pipeline.checked(root: root, today: today)
        let shop = valid.shop
        let path = "content/closed/\(month).md"
        guard !shop.closings.contains(where: { $0.month == month }) else {
            throw RequestError(description: "\(month.longText) is closed already (\(path))")
        }
        if let last = shop.closings.last?.month, month != last.next {
            throw RequestError(description: month < last
                ? "\(month.longText) is before \(last.longText), the last closed month: months are closed in order, and once only"
                : "\(last.next.longText) is not closed: months are closed in order; close \(last.next) first")
        }
        var issued: [ClosedStatement] = []
        for client in shop.clients {
            if let statement = books.statements(of: client).statements.first(where: { $0.month == month }) {
                issued.append(ClosedStatement(statement, client: Located(client.id, at: .computed), money: books.money))
            }
        }
        let total = issued.map(\.amountDue).sum()
        let summary = "\(month.longText): \(issued.count) statement\(issued.count == 1 ? "" : "s"), \(books.money.format(total)) due in all"
        let url = root.appendingPathComponent(path)
        try OutputError.attempt(writing: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try PlainFile.create(Array(text(of: issued, closedOn: today, summary: summary + ", closed with upkeep close on \(today.longText).", money: books.money).utf8), at: url.path)
        }
        return "closed \(summary). Wrote \(path): commit it with the rest of content/. From now on a change that would alter these statements is an error."
    }

    /// `content/closed/<YYYY-MM>.md`.
    static func text(of statements: [ClosedStatement], closedOn: Day, summary: String, money: MoneyFormat) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var out = "---\nclosed: \(closedOn)\nstatements:\n"
        for statement in statements {
            out += "  - client: \(statement.client.value)\n    number: \(quoted(statement.number))\n    account: \(statement.account)\n"
            out += "    amount_due: \(money.plain(statement.amountDue))\n    digest: \(quoted(statement.digest))\n"
            out += statement.lines.isEmpty ? "    lines: []\n" : "    lines:\n" + statement.lines.map { "      - \(quoted($0))\n" }.joined()
        }
        return out + "---\n\(summary) Written by upkeep close; reopen the month with upkeep reopen rather than edit this file.\n"
    }

    /// Reopens `month`, the last closed one: its statements may change again.
    public static func reopen(_ month: Month, root: URL) throws -> String {
        let folder = root.appendingPathComponent("content/closed")
        let closed = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .compactMap { $0.hasSuffix(".md") ? Month(String($0.dropLast(3))) : nil }.sorted()
        guard closed.contains(month) else {
            throw RequestError(description: "\(month.longText) is not closed" + (closed.isEmpty ? "" : " (closed: \(closed.map(\.description).joined(separator: ", ")))"))
        }
        if let later = closed.last, later > month {
            throw RequestError(description: "\(later.longText) is closed after \(month.longText): months are reopened from the last; reopen \(later) first")
        }
        let url = folder.appendingPathComponent("\(month).md")
        let count = (try? String(contentsOf: url, encoding: .utf8))?.components(separatedBy: "\n  - client: ").count ?? 1
        try OutputError.attempt(writing: url.path) { try FileManager.default.removeItem(at: url) }
        return "reopened \(month.longText): its \(count - 1) issued statement\(count == 2 ? "" : "s") may change again with the content, and their new figures will no longer match what clients were sent; close it again with upkeep close \(month) once it is right."
    }
}
