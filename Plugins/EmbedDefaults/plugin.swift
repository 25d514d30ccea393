import Foundation
import PackagePlugin

/// Embeds the repository's `content/` (the sample business), `templates/` and `starter/` (the
/// business.md a new shop starts from) into UpkeepKit at build time, so that `upkeep init` can
/// lay out a new business folder from the binary alone, and the defaults are never kept by
/// hand in two places.
@main
struct EmbedDefaults: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["content", "templates", "starter"]
        var inputs: [URL] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedDefaults.swift")
        return [.buildCommand(displayName: "Embedding the default content and templates",
                              executable: try context.tool(named: "EmbedDefaultsTool").url,
                              arguments: [output.path, root.path] + folders,
                              inputFiles: inputs, outputFiles: [output])]
    }
}
