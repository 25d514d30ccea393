import QREncode

/// A QR code's modules, made by libqrencode (Debian's libqrencode-dev).
public struct QRCode: Sendable, Equatable {
    /// Modules on a side, without the quiet zone.
    public let width: Int
    /// Row by row: true for a dark module.
    public let dark: [Bool]

    /// The code for `bytes` in byte mode, at error correction level M (the level EPC069-12
    /// requires), in the smallest version that holds them; nil when they do not fit any.
    public init?(bytes: [UInt8]) {
        guard !bytes.isEmpty, let code = QRcode_encodeData(Int32(bytes.count), bytes, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        width = Int(code.pointee.width)
        // Bit 0 of each byte libqrencode returns is the module's colour; the others say how it was placed.
        dark = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    public init?(text: String) { self.init(bytes: Array(text.utf8)) }

    /// The symbol version (1–40) the code came out at.
    public var version: Int { (width - 17) / 4 }
}
