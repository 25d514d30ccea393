import Foundation

/// An e-mail as RFC 5322 and MIME write it: a plain-text part and an HTML part as alternatives,
/// and one attachment. Every part is base64 in lines of 76 characters, so no line is too long
/// and every byte survives any mail transfer agent. Lines end with CRLF.
public struct MailMessage: Sendable {
    public struct Address: Sendable {
        public var name: String
        public var email: String
    }

    public var from: Address
    public var to: Address
    public var subject: String
    /// RFC 5322 date: `Mon, 05 Oct 2026 09:30:00 +0000`.
    public var date: String
    /// `<71621-2609.20261005093000@northsidecare.example>`
    public var messageID: String
    public var text: String
    public var html: String
    public var attachmentName: String
    public var attachmentType: String
    public var attachment: [UInt8]

    /// The message's bytes; `boundary` marks its parts (it never occurs in base64).
    public func bytes(boundary: String) -> [UInt8] {
        var out = ""
        func line(_ text: String) { out += text + "\r\n" }
        line("From: \(Self.header(from))")
        line("To: \(Self.header(to))")
        line("Subject: \(Self.encoded(subject))")
        line("Date: \(date)")
        line("Message-ID: \(messageID)")
        line("MIME-Version: 1.0")
        line("Content-Type: multipart/mixed; boundary=\"\(boundary)-mixed\"")
        line("")
        line("--\(boundary)-mixed")
        line("Content-Type: multipart/alternative; boundary=\"\(boundary)-alt\"")
        line("")
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            line("--\(boundary)-alt")
            line("Content-Type: \(type); charset=utf-8")
            line("Content-Transfer-Encoding: base64")
            line("")
            out += Self.base64Lines(Array(body.utf8))
        }
        line("--\(boundary)-alt--")
        line("--\(boundary)-mixed")
        line("Content-Type: \(attachmentType); name=\"\(attachmentName)\"")
        line("Content-Disposition: attachment; filename=\"\(attachmentName)\"")
        line("Content-Transfer-Encoding: base64")
        line("")
        out += Self.base64Lines(attachment)
        line("--\(boundary)-mixed--")
        return Array(out.utf8)
    }

    static func base64Lines(_ bytes: [UInt8]) -> String {
        let text = Data(bytes).base64EncodedString()
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let end = text.index(index, offsetBy: 76, limitedBy: text.endIndex) ?? text.endIndex
            out += text[index..<end] + "\r\n"
            index = end
        }
        return out
    }

    /// `"Name" <address>`, the name encoded when it is not plain ASCII.
    static func header(_ address: Address) -> String {
        let name = address.name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" }
            ? "\"\(address.name)\"" : encoded(address.name)
        return "\(name) <\(address.email)>"
    }

    /// RFC 2047: text with anything but printable ASCII as `=?UTF-8?B?…?=`, in pieces short
    /// enough for a header line.
    static func encoded(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) else { return text }
        var pieces: [String] = [], piece: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if piece.count + bytes.count > 45 { pieces.append("=?UTF-8?B?\(Data(piece).base64EncodedString())?="); piece = [] }
            piece += bytes
        }
        if !piece.isEmpty { pieces.append("=?UTF-8?B?\(Data(piece).base64EncodedString())?=") }
        return pieces.joined(separator: "\r\n ")
    }

    /// RFC 5322's date, in UTC.
    public static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
