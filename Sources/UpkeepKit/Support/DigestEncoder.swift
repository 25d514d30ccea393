/// A stable digest of any `Encodable` value: every field its `encode(to:)` writes, by name,
/// fed to a `StableHasher`. A value's synthesized conformance names every stored field, so a
/// field added to a type later is in the digest without a word here. Used where a value must
/// be compared with one from an earlier run (`ClientReuse`); faster than describing the value
/// as text by reflection, which took half of a one-edit build.
final class DigestEncoder: Encoder {
    private(set) var hasher = StableHasher()
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The digest of `value`, as 16 hex digits.
    static func digest(_ value: some Encodable) -> String {
        let encoder = DigestEncoder()
        // Encoding into a hasher cannot fail: nothing here throws.
        try! value.encode(to: encoder)
        return encoder.hasher.hex
    }

    /// Marks that start a container or an element, so that the shape is in the digest too.
    fileprivate func mark(_ tag: String) { hasher.add(tag) }
    fileprivate func add(_ text: String) { hasher.add(text) }
    fileprivate func add(integer: some BinaryInteger) { hasher.add(integer: integer) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        mark("{")
        return KeyedEncodingContainer(Keyed(encoder: self))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { mark("["); return Unkeyed(encoder: self) }
    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: DigestEncoder
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil(forKey key: Key) { encoder.add(key.stringValue); encoder.mark("nil") }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            encoder.add(key.stringValue)
            try value.encode(to: encoder)
        }
        // The protocol's own versions of these two throw "not supported".
        mutating func encode(_ value: Int128, forKey key: Key) { encoder.add(key.stringValue); encoder.add(integer: value) }
        mutating func encode(_ value: UInt128, forKey key: Key) { encoder.add(key.stringValue); encoder.add(String(value)) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            encoder.add(key.stringValue)
            return encoder.container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            encoder.add(key.stringValue)
            return encoder.unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.add(key.stringValue); return encoder }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: DigestEncoder
        var codingPath: [any CodingKey] { [] }
        private(set) var count = 0
        init(encoder: DigestEncoder) { self.encoder = encoder }
        mutating func encodeNil() { count += 1; encoder.mark("-"); encoder.mark("nil") }
        mutating func encode<T: Encodable>(_ value: T) throws {
            count += 1
            encoder.mark("-")
            try value.encode(to: encoder)
        }
        mutating func encode(_ value: Int128) { count += 1; encoder.mark("-"); encoder.add(integer: value) }
        mutating func encode(_ value: UInt128) { count += 1; encoder.mark("-"); encoder.add(String(value)) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            count += 1
            encoder.mark("-")
            return encoder.container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            count += 1
            encoder.mark("-")
            return encoder.unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { encoder }
    }

    private struct Single: SingleValueEncodingContainer {
        let encoder: DigestEncoder
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil() { encoder.mark("nil") }
        mutating func encode(_ value: Bool) { encoder.add(value ? "true" : "false") }
        mutating func encode(_ value: String) { encoder.mark("\""); encoder.add(value) }
        mutating func encode(_ value: Double) { encoder.add(String(value.bitPattern)) }
        mutating func encode(_ value: Float) { encoder.add(String(value.bitPattern)) }
        mutating func encode(_ value: Int) { encoder.add(integer: value) }
        mutating func encode(_ value: Int8) { encoder.add(integer: value) }
        mutating func encode(_ value: Int16) { encoder.add(integer: value) }
        mutating func encode(_ value: Int32) { encoder.add(integer: value) }
        mutating func encode(_ value: Int64) { encoder.add(integer: value) }
        mutating func encode(_ value: Int128) { encoder.add(integer: value) }
        mutating func encode(_ value: UInt) { encoder.add(integer: value) }
        mutating func encode(_ value: UInt8) { encoder.add(integer: value) }
        mutating func encode(_ value: UInt16) { encoder.add(integer: value) }
        mutating func encode(_ value: UInt32) { encoder.add(integer: value) }
        mutating func encode(_ value: UInt64) { encoder.add(integer: value) }
        mutating func encode(_ value: UInt128) { encoder.add(String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: encoder) }
    }
}
