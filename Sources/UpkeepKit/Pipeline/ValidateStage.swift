/// What the validate stage made of a business folder: the typed shop, the templates compiled
/// and checked against the view models, and the logo.
public struct ValidBusiness: Sendable {
    public var shop: Shop
    public var templates: Templates
    public var logo: LogoImage?

    /// The render stage's shared services for pages as of `today`.
    func renderContext(today: Day) -> RenderContext {
        RenderContext(templates: templates, business: shop.business, today: today, logo: logo,
                      languages: Languages(business: shop.business, locales: shop.clients.compactMap(\.locale), overrides: shop.labels))
    }
}

/// Stage 2, validate: the typed model, the templates and the logo, or every problem in them at once.
enum ValidateStage {
    static func run(_ loaded: LoadedBusiness) throws(DiagnosticsError) -> ValidBusiness {
        let shop = Validator.validate(loaded.content)
        var problems: [Diagnostic] = []
        if case .failure(let error) = shop { problems += error.diagnostics }
        let logo = (try? shop.get())?.business.logo.map { LogoImage.load($0, root: loaded.root) }
        if case .failure(let problem)? = logo { problems.append(problem) }
        let templates = Templates.compile(loaded.templates)
        if case .failure(let error) = templates { problems += error.diagnostics }
        guard problems.isEmpty, case .success(let shop) = shop, case .success(let templates) = templates else {
            throw DiagnosticsError(problems)
        }
        return ValidBusiness(shop: shop, templates: templates, logo: try? logo?.get())
    }
}
