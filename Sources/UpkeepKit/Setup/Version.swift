/// `upkeep --version`.
public enum UpkeepVersion {
    public static let number = "0.2.0"
    /// The commit the binary was built from, its first 12 hex digits ("unknown" outside git).
    public static var commit: String { EmbeddedDefaults.commit }
    public static var description: String { "\(number) (commit \(commit))" }
}
