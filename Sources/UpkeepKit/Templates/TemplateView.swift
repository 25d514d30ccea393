/// A view model: the values one template lays out.
///
/// Templates read fields by name through `fields`, a table of the type's stored properties that
/// the ViewFields build plugin generates from the declaration (see Sources/ViewFieldsTool), so a
/// field is written once, as a property. Reading them through the table rather than by
/// reflection keeps rendering fast: reflection made up most of a build's time.
public protocol TemplateView: Sendable {
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
}

/// A view model that is a whole page: the one `template` renders (`templates/<template>.mustache`).
public protocol PageView: TemplateView {
    static var template: String { get }
}
