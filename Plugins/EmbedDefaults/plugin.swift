import Foundation
import PackagePlugin

/// Embeds the repository's `content/` (the sample business), `templates/` and `starter/` (the
/// business.md a new shop starts from) into UpkeepKit at build time, so that `upkeep init` can
/// lay out a new business folder from the binary alone, and the defaults are never kept by
/// hand in two places; and `site/`, the pricing page's script, which the build writes as it is.
@main
struct EmbedDefaults: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["content", "templates", "starter", "site"]
        var inputs: [URL] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        // The commit the binary is built from, for `upkeep --version`: read from .git, with no
        // git program needed ("unknown" outside a repository).
        let git = root.appendingPathComponent(".git")
        var commit = "unknown"
        if let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) {
            if head.hasPrefix("ref: ") {
                let ref = String(head.dropFirst(5))
                let packed = (try? String(contentsOf: git.appendingPathComponent("packed-refs"), encoding: .utf8)) ?? ""
                let loose = try? String(contentsOf: git.appendingPathComponent(ref), encoding: .utf8)
                commit = loose?.trimmingCharacters(in: .whitespacesAndNewlines)
                    ?? packed.split(separator: "\n").first { $0.hasSuffix(" " + ref) }.map { String($0.prefix(40)) } ?? "unknown"
                inputs.append(git.appendingPathComponent(ref))
            } else {
                commit = head
            }
            inputs.append(git.appendingPathComponent("HEAD"))
        }
        inputs = inputs.filter { FileManager.default.fileExists(atPath: $0.path) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedDefaults.swift")
        return [.buildCommand(displayName: "Embedding the default content and templates",
                              executable: try context.tool(named: "EmbedDefaultsTool").url,
                              arguments: [output.path, root.path, String(commit.prefix(12))] + folders,
                              inputFiles: inputs, outputFiles: [output])]
    }
}
