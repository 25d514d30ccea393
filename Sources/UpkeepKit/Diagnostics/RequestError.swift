/// A request the content cannot satisfy: an unknown client or plan, a month with no statement,
/// a month not yet complete, a folder `init` will not write into. The CLI prints it as an error.
public struct RequestError: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}
