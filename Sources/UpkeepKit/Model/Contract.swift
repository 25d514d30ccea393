/// `content/contracts/<id>.md`: a signed managed-services agreement.
public struct Contract: Sendable, Identifiable, Encodable {
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
    /// The one-time onboarding fee, before tax, billed on the statement of the start month
    /// (nil: none).
    public var onboardingFee: Money?
    /// Where the contract came from, when `upkeep accept` wrote it: the proposal's number and
    /// fingerprint, and the day the client signed.
    public var proposal: String?
    public var fingerprint: String?
    public var signed: Day?
    /// Markdown: private notes.
    public var notes: String
    public var location: SourceLocation
    /// The terms from each change on, in date order, computed once: `terms(on:)` finds a day's
    /// terms by binary search, so a contract with thousands of changes costs no more per
    /// statement than one with a few.
    private let timeline: [DatedTerms]

    private struct DatedTerms: Sendable, Encodable {
        var from: Day
        var terms: ContractTerms
    }

    public init(id: ID, client: Located<ID>, start: Day, termMonths: Int, end: Day?, terms: ContractTerms,
                changes: [ContractChange], onboardingFee: Money? = nil, proposal: String? = nil, fingerprint: String? = nil,
                signed: Day? = nil, notes: String, location: SourceLocation) {
        self.id = id
        self.client = client
        self.start = start
        self.termMonths = termMonths
        self.end = end
        self.terms = terms
        self.changes = changes
        self.onboardingFee = onboardingFee
        self.proposal = proposal
        self.fingerprint = fingerprint
        self.signed = signed
        self.notes = notes
        self.location = location
        var current = terms
        timeline = changes.map { change in
            current = change.applied(to: current)
            return DatedTerms(from: change.from.value, terms: current)
        }
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
public struct ContractTerms: Sendable, Encodable {
    public var plan: Located<ID>
    /// Workstations covered (nil: the client's whole inventory), where the count was written.
    public var workstations: Located<Int>?
    /// Servers covered (nil: the client's whole inventory).
    public var servers: Located<Int>?
    public var addons: [Located<ID>]
    public var visitsPerYear: Int
    /// Negotiated discount on the monthly fee.
    public var discount: Ratio?
}

/// "3 more workstations from 2026-11-15", "plan upgrade from 2027-01-01": each key given
/// replaces that term from the `from` day on.
public struct ContractChange: Sendable, Encodable {
    public var from: Located<Day>
    public var plan: Located<ID>?
    public var workstations: Located<Int>?
    public var servers: Located<Int>?
    public var addons: [Located<ID>]?
    public var visitsPerYear: Int?
    public var discount: Ratio?
    /// Why, as printed on the statement: "3 workstations added".
    public var note: String?

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
