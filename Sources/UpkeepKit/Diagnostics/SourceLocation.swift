/// Where something was written: used by every error that points back at content.
public struct SourceLocation: Hashable, Sendable, Encodable {
    public var path: String
    // Stored small: every value read from content carries its location.
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.storedLine = Int32(clamping: line)
        self.storedColumn = Int32(clamping: column)
    }

    /// For values Upkeep makes itself, written in no file.
    public static let computed = SourceLocation(path: "", line: 0, column: 0)
}
