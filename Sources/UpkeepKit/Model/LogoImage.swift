/// The business's logo, as read from `content/`.
public struct LogoImage: Sendable {
    public var data: [UInt8]
    /// `png`, `jpg`, `svg`…, lowercased.
    public var fileExtension: String
    /// `image/png`…
    public var mediaType: String
    public var base64: String
}
