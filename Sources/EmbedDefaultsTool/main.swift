import Foundation

// Writes a Swift file holding every file under the given folders, base64-encoded, and the commit
// the build is made from:
//   EmbedDefaultsTool OUTPUT ROOT COMMIT FOLDER...
let arguments = CommandLine.arguments
guard arguments.count >= 5 else {
    FileHandle.standardError.write(Data("usage: EmbedDefaultsTool OUTPUT ROOT COMMIT FOLDER...\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[2])
let commit = arguments[3]
var entries: [(String, String)] = []
for folder in arguments[4...] {
    let base = root.appendingPathComponent(folder)
    guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                      options: [.skipsHiddenFiles]) else { continue }
    for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
        let relative = folder + "/" + String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
        entries.append((relative, try Data(contentsOf: url).base64EncodedString()))
    }
}
entries.sort { $0.0 < $1.0 }
var swift = "// Generated at build time by EmbedDefaultsTool from the repository's \(arguments[4...].joined(separator: ", ")). Do not edit.\n\n"
swift += "enum EmbeddedDefaults {\n    /// Path relative to a business folder, and the file's bytes in base64.\n"
swift += "    static let files: [(path: String, base64: String)] = [\n"
for (path, data) in entries {
    swift += "        (\"\(path)\", \"\(data)\"),\n"
}
swift += "    ]\n\n    /// The commit the binary was built from (\"unknown\" outside a git repository).\n"
swift += "    static let commit = \"\(commit)\"\n}\n"
try Data(swift.utf8).write(to: URL(fileURLWithPath: arguments[1]))
