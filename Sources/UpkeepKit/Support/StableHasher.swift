/// FNV-1a, 64 bits (`Fingerprint.hash`), over a stream of strings and bytes: the same input
/// gives the same value in every run (Swift's own `Hasher` is seeded afresh for each process).
struct StableHasher {
    private var state = Fingerprint.offsetBasis

    /// Adds `text` and a separator byte, so that "ab"+"c" and "a"+"bc" differ.
    mutating func add(_ text: String) {
        state = Fingerprint.hash(CollectionOfOne(0xff), from: Fingerprint.hash(text.utf8, from: state))
    }

    /// Adds an integer as a marker byte and its 16 bytes: no text made for it.
    mutating func add(integer: some BinaryInteger) {
        var bytes = (0xfe as UInt8, Int128(truncatingIfNeeded: integer).littleEndian)
        state = withUnsafeBytes(of: &bytes.1) { Fingerprint.hash($0, from: Fingerprint.hash(CollectionOfOne(bytes.0), from: state)) }
    }

    var hex: String {
        let text = String(state, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
