import Mustache

/// A view model: the values one template lays out.
///
/// Templates read fields by name through `fields`, a table of the type's stored properties,
/// instead of by reflection, which made up most of a build's time. A test checks that every
/// view model's table lists exactly its stored properties, so a field can't be forgotten.
public protocol TemplateView: MustacheParent, Sendable {
    static var fields: [String: @Sendable (Self) -> Any?] { get }
}

extension TemplateView {
    public func child(named name: String) -> Any? {
        Self.fields[name]?(self)
    }
}
