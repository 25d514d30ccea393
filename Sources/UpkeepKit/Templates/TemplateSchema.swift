/// What a template may do with each field, from the type of the view model's property: show
/// it, test it, enter it, or repeat over it. Generated with the field tables (`ViewFields`).
enum FieldShape: Sendable, Equatable {
    case text, optionalText, number, flag
    /// A list of texts: a section repeats over it, `{{.}}` shows each.
    case texts
    case view(String), optionalView(String)
    /// A list of views.
    case views(String)

    /// The view a section over this field enters, if any.
    var entered: String? {
        switch self {
        case .view(let name), .optionalView(let name), .views(let name): name
        default: nil
        }
    }

    /// What it is, in words, for an error.
    var described: String {
        switch self {
        case .text, .optionalText: "a text"
        case .number: "a number"
        case .flag: "a yes/no"
        case .texts: "a list of texts"
        case .view, .optionalView: "a group of fields"
        case .views: "a list"
        }
    }
}

/// Every view model's fields (`views`, by type name) and the view each page template renders
/// (`pages`, by template name); both are generated from the view models' declarations.
enum TemplateSchema {}
