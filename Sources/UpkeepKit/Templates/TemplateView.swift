import Mustache

/// A view model: the values one template lays out.
///
/// Templates read fields by name through `fields`, a table of the type's stored properties,
/// instead of by reflection, which made up most of a build's time. A test checks that every
/// view model's table lists exactly its stored properties, so a field can't be forgotten.
/// Being a `MustacheParent` too, a view renders the same through swift-mustache, which the
/// tests use as the reference for Upkeep's own renderer (`CompiledTemplate`).
public protocol TemplateView: MustacheParent, Sendable {
    static var fields: [String: @Sendable (Self) -> TemplateValue] { get }
    /// The field `name`, or nil when the view has no such field or it has no value. A
    /// requirement (with the one implementation below) so that each view type reads its own
    /// table directly, instead of working out the table's generic type on every look-up.
    func field(_ name: String) -> TemplateValue?
}

extension TemplateView {
    public func field(_ name: String) -> TemplateValue? {
        guard let value = Self.fields[name]?(self) else { return nil }
        if case .absent = value { return nil }
        return value
    }

    public func child(named name: String) -> Any? {
        field(name)?.mustacheValue
    }
}
