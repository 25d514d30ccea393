import Foundation

// Writes a Swift file holding every file under the given folders, base64-encoded:
//   EmbedDefaultsTool OUTPUT ROOT FOLDER...
let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(Data("usage: EmbedDefaultsTool OUTPUT ROOT FOLDER...\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[2])
var entries: [(String, String)] = []
for folder in arguments[3...] {
    let base = root.appendingPathComponent(folder)
    guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                      options: [.skipsHiddenFiles]) else { continue }
    for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
        let relative = folder + "/" + String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
        entries.append((relative, try Data(contentsOf: url).base64EncodedString()))
    }
}
entries.sort { $0.0 < $1.0 }
var swift = "// Generated at build time by EmbedDefaultsTool from the repository's \(arguments[3...].joined(separator: " and ")). Do not edit.\n\n"
swift += "enum EmbeddedDefaults {\n    /// Path relative to a business folder, and the file's bytes in base64.\n"
swift += "    static let files: [(path: String, base64: String)] = [\n"
for (path, data) in entries {
    swift += "        (\"\(path)\", \"\(data)\"),\n"
}
swift += "    ]\n}\n"
try Data(swift.utf8).write(to: URL(fileURLWithPath: arguments[1]))
