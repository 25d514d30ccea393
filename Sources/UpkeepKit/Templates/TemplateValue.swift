/// A field's value as templates see it: text to show, a yes/no to test, a view model to enter,
/// or a list to repeat. View models hand their fields over in this form (see `TemplateView`),
/// so rendering never has to guess a value's type at run time.
public enum TemplateValue: Sendable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case view(any TemplateView)
    case list([TemplateValue])
    /// An optional field with no value: a section over it is skipped, and a name that finds it
    /// keeps looking in the enclosing views, as Mustache does with a missing name.
    case absent

    public init(_ text: String) { self = .text(text) }
    public init(_ text: String?) { self = text.map(TemplateValue.text) ?? .absent }
    public init(_ number: Int) { self = .number(number) }
    public init(_ flag: Bool) { self = .flag(flag) }
    public init(_ view: some TemplateView) { self = .view(view) }
    public init(_ view: (some TemplateView)?) { self = view.map { .view($0) } ?? .absent }
    public init(_ texts: [String]) { self = .list(texts.map(TemplateValue.text)) }
    public init(_ views: [some TemplateView]) { self = .list(views.map { .view($0) }) }
}
