import Foundation
import PackagePlugin

/// Generates every view model's field table from its stored properties (see ViewFieldsTool),
/// so the names templates may use are never kept by hand beside the properties they read.
@main
struct ViewFields: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let sources = target.sourceFiles(withSuffix: "swift").map(\.url)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("ViewFields.swift")
        return [.buildCommand(displayName: "Generating the view models' field tables",
                              executable: try context.tool(named: "ViewFieldsTool").url,
                              arguments: [output.path] + sources.map(\.path),
                              inputFiles: sources, outputFiles: [output])]
    }
}
