import Foundation

/// What a build is asked to do.
public struct BuildSettings: Sendable {
    /// The business folder: `content/` and `templates/` are read from it.
    public var root: URL
    /// The folder `public/` and `private/` are written into (usually `root`).
    public var output: URL
    /// The day the build treats as today. Nothing in the build reads the clock.
    public var today: Day

    public init(root: URL, output: URL? = nil, today: Day) {
        self.root = root
        self.output = output ?? root
        self.today = today
    }
}

/// What a finished build wrote.
public struct BuildReport: Sendable {
    public var filesWritten: Int
}

/// The whole of Upkeep as one pipeline: load → validate → compute → render → write.
/// Each stage is a plain function; a stage that finds problems stops the build with all of them.
public enum Pipeline {
    /// Load and validate: the model, or every problem in the content.
    public static func check(root: URL) -> Result<Shop, DiagnosticsError> {
        Validator.validate(ContentLoader.load(root: root))
    }

    /// Builds `public/` and `private/`; on any error the previous trees stay as they were.
    public static func build(_ settings: BuildSettings) throws -> BuildReport {
        try OutputFolder.recover(in: settings.output)
        let shop = try check(root: settings.root).get()
        let context = try RenderContext(root: settings.root, shop: shop, today: settings.today)
        var output = try OutputFolder(destination: settings.output)
        do {
            try render(shop, context, into: &output)
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
        return BuildReport(filesWritten: output.count)
    }

    /// Renders every page of the site and the private documents.
    static func render(_ shop: Shop, _ context: RenderContext, into output: inout OutputFolder) throws {
        try output.write(context.templates.render("public-index", PublicIndexView.make(shop, context)),
                         to: "index.html", in: .public)
        try output.write(context.templates.render("private-index", PrivateIndexView.make(shop, context)),
                         to: "index.html", in: .private)
        if let (office, comparison) = Comparison.example(in: shop, today: context.today) {
            try output.write(ComparisonView.render(comparison, subject: office.name, isPublic: true, shop: shop, context: context),
                             to: "compare/index.html", in: .public)
        }
        for client in shop.clients {
            guard let comparison = Comparison.make(for: client, in: shop, today: context.today) else { continue }
            try output.write(ComparisonView.render(comparison, subject: client.name, isPublic: false, shop: shop, context: context),
                             to: "comparisons/\(client.id).html", in: .private)
        }
        let numbers = ProposalNumbers(clients: shop.clients.map(\.id))
        for client in shop.clients where client.status == .prospect {
            guard let proposal = Proposal.make(for: client, in: shop, numbers: numbers, today: context.today) else { continue }
            try output.write(ProposalView.render(proposal, shop, context), to: "proposals/\(client.id).html", in: .private)
        }
    }
}
