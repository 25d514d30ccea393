/// A file the render stage made: where it goes, and its bytes.
public struct RenderedFile: Sendable {
    public var path: String
    public var tree: Tree
    public var bytes: [UInt8]
}

/// Stage 4, render: the books' documents as files. Each view only formats what the books hold;
/// the templates lay it out.
public struct Renderer: Sendable {
    public let books: Books
    public let context: RenderContext

    public init(books: Books, context: RenderContext) {
        self.books = books
        self.context = context
    }

    /// `public/`: the pricing page (with `pricebook.json` and its calculator's script), the public comparison sheet, `404.html`, `robots.txt` and
    /// (with a base URL) `sitemap.xml`; and in both trees the hashed stylesheet and the logo.
    /// Nothing about clients.
    public func site() throws -> [RenderedFile] {
        let shop = books.shop
        var files: [RenderedFile] = []
        var pages = ["index.html"]
        if let (office, example) = books.example {
            files.append(try comparison(example, subject: office.name, path: "compare/index.html", tree: .public,
                                        policy: shop.business.proposalComparison))
            pages.append("compare/index.html")
        }
        let pricing = PricingPageView.make(books, context)
        files.append(RenderedFile(path: "index.html", tree: .public, bytes: try context.templates.render(pricing)))
        files.append(RenderedFile(path: "pricebook.json", tree: .public, bytes: Array(pricing.calculator.priceBookJSON.utf8)))
        files.append(RenderedFile(path: CalculatorView.scriptName, tree: .public, bytes: CalculatorView.script))
        files.append(RenderedFile(path: "404.html", tree: .public, bytes: try context.templates.render(NotFoundView.make(shop, context))))
        for tree in Tree.allCases {
            files.append(RenderedFile(path: context.stylesheetName, tree: tree, bytes: Array(context.templates.stylesheet.utf8)))
            if let logo = context.logo { files.append(RenderedFile(path: logo.publicPath, tree: tree, bytes: logo.data)) }
        }
        files.append(RenderedFile(path: "robots.txt", tree: .public, bytes: Array(SiteFiles.robots(baseURL: shop.business.baseURL).utf8)))
        if let sitemap = SiteFiles.sitemap(baseURL: shop.business.baseURL, pages: pages) {
            files.append(RenderedFile(path: "sitemap.xml", tree: .public, bytes: Array(sitemap.utf8)))
        }
        return files
    }

    /// A break/fix comparison sheet for `subject`, at `path` in `tree` (the public one holds no client data).
    public func comparison(_ comparison: Comparison, subject: String, path: String, tree: Tree, policy: ComparisonPolicy,
                           language: Language? = nil) throws -> RenderedFile {
        let view = ComparisonView.make(comparison, subject: subject, path: path, tree: tree, policy: policy, shop: books.shop, context: context,
                                       language: language ?? context.languages.business)
        return RenderedFile(path: path, tree: tree, bytes: try context.templates.render(view))
    }

    /// A client's quarterly review.
    public func review(_ review: QuarterlyReview) throws -> RenderedFile {
        let plan = books.shop.contracts(of: review.client.id).last { $0.isInForce(on: review.quarter.lastDay) }
            .flatMap { books.shop.plan($0.terms(on: review.quarter.lastDay).plan.value)?.name }
        let view = ReviewView.make(review, plan: plan, shop: books.shop, context: context)
        return RenderedFile(path: ClientFolder.review(review.client.id, review.quarter), tree: .private, bytes: try context.templates.render(view))
    }

    /// A client's comparison sheet.
    public func comparison(of client: Client, _ comparison: Comparison) throws -> RenderedFile {
        try self.comparison(comparison, subject: client.name, path: ClientFolder.comparison(client.id), tree: .private,
                            policy: client.proposalComparison ?? books.shop.business.proposalComparison, language: context.languages.of(client))
    }

    /// A proposal, rendered and then sealed with its fingerprint; and the record of its figures
    /// under that fingerprint (`ProposalFigures`).
    public func proposal(_ proposal: Proposal) throws -> (page: RenderedFile, figures: ProposalFigures, fingerprint: String) {
        let page = try context.templates.render(ProposalView.make(proposal, books.shop, context))
        let fingerprint = Fingerprint.of(page)
        let figures = ProposalFigures(proposal, fingerprint: fingerprint, money: context.money)
        return (RenderedFile(path: ClientFolder.proposal(proposal.client.id), tree: .private, bytes: Fingerprint.seal(page)),
                figures,
                fingerprint)
    }

    /// One month's statement; `standalone` with its stylesheet and logo inline, to be e-mailed.
    public func statement(_ statement: Statement, of client: Client, standalone: Bool = false) throws -> RenderedFile {
        RenderedFile(path: ClientFolder.statement(client.id, statement.month), tree: .private,
                     bytes: try context.templates.render(StatementView.make(statement, client: client, context: context, standalone: standalone)))
    }

    /// `private/preview-<YYYY-MM>.html`.
    public func preview(_ preview: MonthPreview) throws -> RenderedFile {
        RenderedFile(path: PreviewView.path(preview.month), tree: .private, bytes: try context.templates.render(PreviewView.make(preview, context)))
    }

    /// `private/index.html`.
    public func dashboard(_ figures: DashboardFigures) throws -> RenderedFile {
        RenderedFile(path: "index.html", tree: .private, bytes: try context.templates.render(DashboardView.make(figures, books, context)))
    }
}
