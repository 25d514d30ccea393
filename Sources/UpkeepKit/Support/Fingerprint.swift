import Foundation

/// A short fingerprint of a document's exact content, printed on it so that a signed paper
/// copy can be matched to the version it accepted: `3F2A-91C0-77B0`. FNV-1a, 64 bits: a
/// check against accidental difference, not a security seal.
public enum Fingerprint {
    public static func hash(_ text: String) -> UInt64 { hash(text.utf8) }

    /// FNV-1a's starting state.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over `bytes`, from `state` (the starting state, or where an earlier call ended).
    public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, from state: UInt64 = offsetBasis) -> UInt64 {
        var hash = state
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Eight hex digits of the hash, for file names that change with their content.
    public static func shortHex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        let hex = String(hash(bytes) >> 32, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    public static func shortHex(_ text: String) -> String { shortHex(text.utf8) }

    /// The first 48 bits of the hash in three groups of four hex digits.
    public static func of<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        let hex = String(hash(bytes), radix: 16, uppercase: true)
        let digits = Array(String(repeating: "0", count: 16 - hex.count) + hex)
        return [String(digits[0..<4]), String(digits[4..<8]), String(digits[8..<12])].joined(separator: "-")
    }

    /// Stands in the page where the fingerprint goes while the page is hashed.
    public static let placeholder = "FINGERPRINT-PENDING"

    /// Hashes a page rendered with `placeholder` in place of its fingerprint, then puts the
    /// fingerprint in.
    public static func seal(_ page: [UInt8]) -> [UInt8] {
        let mark = Array(placeholder.utf8), fingerprint = Array(of(page).utf8)
        var sealed: [UInt8] = []
        sealed.reserveCapacity(page.count)
        var index = 0
        while index < page.count {
            if page[index] == mark[0], page[index...].starts(with: mark) {
                sealed += fingerprint
                index += mark.count
            } else {
                sealed.append(page[index])
                index += 1
            }
        }
        return sealed
    }
}
