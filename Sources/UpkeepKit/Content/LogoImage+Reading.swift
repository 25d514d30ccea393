import Foundation

extension LogoImage {
    static let types = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "svg": "image/svg+xml",
                        "gif": "image/gif", "webp": "image/webp"]

    /// Reads the logo `business.md` names, or says what is wrong at its `logo:` line: a file
    /// inside `content/` (a link only to a file inside the business folder), an image of a known
    /// type, at most `ContentLimits.logoBytes`. `check` and the build both ask here.
    public static func load(_ logo: Located<String>, root: URL) -> Result<LogoImage, Diagnostic> {
        let path = logo.value
        func problem(_ message: String) -> Result<LogoImage, Diagnostic> {
            .failure(Diagnostic(at: logo.location, message: message))
        }
        let ext = (path as NSString).pathExtension.lowercased()
        guard let mime = types[ext] else {
            return problem("the logo must be an image file ending in \(types.keys.sorted().map { "." + $0 }.joined(separator: ", ")), found '\(path)'")
        }
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains(".."), let base = FolderWalk.realPath(root.path) else {
            return problem("the logo's path is relative to content/ and stays inside it, such as 'logo.png'; found '\(path)'")
        }
        let entry = FolderWalk.classify(base + "/content/" + path, as: "content/" + path, inside: base)
        switch entry.kind {
        case .unusable("does not exist"): return problem("the logo 'content/\(path)' does not exist")
        case .unusable(let why): return problem("the logo 'content/\(path)' \(why)")
        case .folder: return problem("the logo 'content/\(path)' is a folder, not an image")
        case .file(let size) where size > ContentLimits.logoBytes:
            return problem("the logo 'content/\(path)' is \(size) bytes; at most \(ContentLimits.logoBytes) (2 MiB) are accepted, as every document carries it")
        case .file:
            guard let data = FileManager.default.contents(atPath: entry.location), data.count <= ContentLimits.logoBytes else {
                return problem("the logo 'content/\(path)' cannot be read")
            }
            return .success(LogoImage(data: [UInt8](data), fileExtension: ext, mediaType: mime, base64: data.base64EncodedString()))
        }
    }
}
