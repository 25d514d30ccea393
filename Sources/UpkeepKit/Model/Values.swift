/// A percentage written with a `%` sign: `5%`, `8.875%`.
public struct Percentage: Hashable, Sendable {
    public var ratio: Ratio
    public init(_ ratio: Ratio) { self.ratio = ratio }
}

/// A multiplier written as a plain number: `1.5` for time and a half.
public struct Multiplier: Hashable, Sendable {
    public var ratio: Ratio
    public init(_ ratio: Ratio) { self.ratio = ratio }
}

/// A value together with where it was written, for errors found after reading.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
extension Located: Encodable where Value: Encodable {}

/// The id of another content item (a client, plan, add-on…): lowercase letters, digits and dashes.
public struct ID: Hashable, Comparable, Sendable, CustomStringConvertible, Encodable {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static func < (a: ID, b: ID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { rawValue }
}
