import Yams

/// `content/contracts/<id>.md`: a signed managed-services agreement.
public struct Contract: Sendable, Identifiable {
    public var id: ID
    public var client: Located<ID>
    public var start: Day
    public var termMonths: Int
    /// Last day of service when the contract was ended early or not renewed (nil: runs on).
    public var end: Day?
    /// The terms in force from `start`.
    public var terms: ContractTerms
    /// Effective-dated changes, in date order.
    public var changes: [ContractChange]
    /// Markdown: private notes.
    public var notes: String
    public var location: SourceLocation
    /// The terms from each change on, in date order, computed once: `terms(on:)` finds a day's
    /// terms by binary search, so a contract with thousands of changes costs no more per
    /// statement than one with a few.
    private let timeline: [(from: Day, terms: ContractTerms)]

    public init(id: ID, client: Located<ID>, start: Day, termMonths: Int, end: Day?, terms: ContractTerms,
                changes: [ContractChange], notes: String, location: SourceLocation) {
        self.id = id
        self.client = client
        self.start = start
        self.termMonths = termMonths
        self.end = end
        self.terms = terms
        self.changes = changes
        self.notes = notes
        self.location = location
        var current = terms
        timeline = changes.map { change in
            current = change.applied(to: current)
            return (change.from.value, current)
        }
    }

    static let keys = ["client", "start", "term_months", "end"] + ContractTerms.keys + ["changes"]

    static func read(id: ID, _ node: Node, body: String, _ r: inout ContentReader) -> Contract? {
        guard let f = r.fields(node, of: "contract", accepted: keys) else { return nil }
        let client: Located<ID>? = r.required("client", in: f)
        let start: Day? = r.required("start", in: f)
        let term = r.termMonths("term_months", in: f, required: true)
        let end: Day? = r.optional("end", in: f)
        let plan: Located<ID>? = r.required("plan", in: f)
        let terms = ContractTerms.read(f, plan: plan, &r)
        let changes: [ContractChange] = r.optional("changes", in: f, default: [])
        guard let client, let start, let term, let terms else { return nil }
        if term == 0 { r.error("'term_months' must be at least 1", at: r.location(of: "term_months", in: f)) }
        if let end, end < start {
            r.error("the contract ends (\(end)) before it starts (\(start))", at: r.location(of: "end", in: f))
        }
        for (change, next) in zip(changes, changes.dropFirst()) where next.from.value <= change.from.value {
            r.error("changes must be in date order: \(next.from.value) comes after \(change.from.value)", at: next.from.location)
        }
        for change in changes where change.from.value <= start {
            r.error("a change from \(change.from.value) must come after the contract's start (\(start))", at: change.from.location)
        }
        return Contract(id: id, client: client, start: start, termMonths: term, end: end, terms: terms,
                        changes: changes, notes: body, location: r.location(of: node))
    }

    /// The last day of the initial term: the start plus the term, less a day.
    public var termEnd: Day { start.adding(months: termMonths).adding(days: -1) }

    /// Whether the contract's service ends later than `other`'s (a contract with no end runs on).
    func runsLonger(than other: Contract) -> Bool {
        guard let otherEnd = other.end else { return false }
        return end.map { $0 > otherEnd } ?? true
    }

    /// Whether the contract covers `day`.
    public func isInForce(on day: Day) -> Bool {
        start <= day && end.map { day <= $0 } ?? true
    }

    /// The terms in force on `day`: the start terms with every change up to that day applied.
    public func terms(on day: Day) -> ContractTerms {
        let count = changeCount(through: day)
        return count == 0 ? terms : timeline[count - 1].terms
    }

    /// The days after `start` and up to `end` on which a change takes effect, in order.
    public func changeDays(after start: Day, through end: Day) -> [Day] {
        timeline[changeCount(through: start)...].prefix { $0.from <= end }.map(\.from)
    }

    /// How many changes take effect on or before `day`, by binary search (changes are in date
    /// order; `check` refuses them otherwise).
    private func changeCount(through day: Day) -> Int {
        timeline.partitionPoint { $0.from > day }
    }
}

/// What a contract covers and at what price: what an effective-dated change may change.
public struct ContractTerms: Sendable {
    public var plan: Located<ID>
    /// Workstations covered (nil: the client's whole inventory).
    public var workstations: Int?
    /// Servers covered (nil: the client's whole inventory).
    public var servers: Int?
    public var addons: [Located<ID>]
    public var visitsPerYear: Int
    /// Negotiated discount on the monthly fee.
    public var discount: Ratio?

    static let keys = ["plan", "workstations", "servers", "addons", "visits_per_year", "discount"]

    static func read(_ f: Fields, plan: Located<ID>?, _ r: inout ContentReader) -> ContractTerms? {
        let workstations: Int? = r.optional("workstations", in: f)
        let servers: Int? = r.optional("servers", in: f)
        let addons: [Located<ID>] = r.optional("addons", in: f, default: [])
        let visits: Int = r.optional("visits_per_year", in: f, default: 0)
        let discount: Percentage? = r.optional("discount", in: f)
        guard let plan else { return nil }
        return ContractTerms(plan: plan, workstations: workstations, servers: servers, addons: addons,
                             visitsPerYear: visits, discount: discount?.ratio)
    }
}

/// "3 more workstations from 2026-11-15", "plan upgrade from 2027-01-01": each key given
/// replaces that term from the `from` day on.
public struct ContractChange: ContentValue, Sendable {
    public var from: Located<Day>
    public var plan: Located<ID>?
    public var workstations: Int?
    public var servers: Int?
    public var addons: [Located<ID>]?
    public var visitsPerYear: Int?
    public var discount: Ratio?
    /// Why, as printed on the statement: "3 workstations added".
    public var note: String?

    public static func read(_ node: Node, _ r: inout ContentReader) -> ContractChange? {
        guard let f = r.fields(node, of: "contract change", accepted: ["from", "note"] + ContractTerms.keys) else { return nil }
        let from: Located<Day>? = r.required("from", in: f)
        let change = ContractChange(
            from: from ?? Located(Day(ordinal: 0), at: r.location(of: node)),
            plan: r.optional("plan", in: f), workstations: r.optional("workstations", in: f),
            servers: r.optional("servers", in: f), addons: r.optional("addons", in: f),
            visitsPerYear: r.optional("visits_per_year", in: f),
            discount: (r.optional("discount", in: f) as Percentage?)?.ratio, note: r.optional("note", in: f))
        if from != nil, [f.has("plan"), f.has("workstations"), f.has("servers"), f.has("addons"),
                         f.has("visits_per_year"), f.has("discount")].allSatisfy({ !$0 }) {
            r.error("a contract change must change something: \(ContractTerms.keys.joined(separator: ", "))", at: node)
            return nil
        }
        return from == nil ? nil : change
    }

    func applied(to terms: ContractTerms) -> ContractTerms {
        var t = terms
        if let plan { t.plan = plan }
        if let workstations { t.workstations = workstations }
        if let servers { t.servers = servers }
        if let addons { t.addons = addons }
        if let visitsPerYear { t.visitsPerYear = visitsPerYear }
        if let discount { t.discount = discount }
        return t
    }
}
