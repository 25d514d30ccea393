/// What kind of support a plan gives: the article's "maintenance only or unlimited support".
public enum SupportKind: String, CaseIterable, Sendable {
    /// Preventive maintenance only; support calls are billed by the hour.
    case maintenance
    /// Maintenance plus support calls at no extra charge.
    case unlimited

    public var label: String {
        switch self {
        case .maintenance: "Maintenance only"
        case .unlimited: "Unlimited support"
        }
    }
}

/// `content/plans/<id>.md`: one tier of managed service.
public struct Plan: Sendable, Identifiable {
    public var id: ID
    public var name: String
    /// One line shown under the plan's name.
    public var summary: String
    public var support: SupportKind
    public var perWorkstation: Money
    public var perServer: Money
    public var responseTime: String
    public var includes: [String]
    public var excludes: [String]
    /// Add-ons that this plan includes at no extra charge.
    public var includedAddons: [Located<ID>]
    /// Position among the plans, lowest first (good, better, best).
    public var order: Int
    /// The plan the pricing page marks as the one most offices choose (`recommended: true`; at most one plan).
    public var recommended: Bool
    /// Markdown description.
    public var description: String
    public var location: SourceLocation
}
