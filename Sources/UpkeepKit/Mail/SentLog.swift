import Foundation

/// `content/sent/<YYYY-MM>.log`: one line per statement handed to the mail transfer agent,
/// `client number address message-id date`, so that sending the month again sends nothing twice.
/// It lives in `content/` to be committed with the month's closing.
struct SentLog {
    let url: URL

    init(root: URL, month: Month) {
        url = root.appendingPathComponent("content/sent/\(month).log")
    }

    /// The clients whose statement was sent.
    func sent() -> Set<ID> {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").compactMap { $0.split(separator: " ").first.map { ID(String($0)) } })
    }

    func record(_ client: ID, number: String, address: String, messageID: String, date: String) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try PlainFile.write(["\(client) \(number) \(address) \(messageID) \(date)\n"], at: url.path, append: true)
    }
}
