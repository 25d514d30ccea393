import Yams

extension Contract {
    static let keys = ["client", "start", "term_months", "end"] + ContractTerms.keys
        + ["changes", "onboarding_fee", "proposal", "fingerprint", "signed"]

    static func read(id: ID, _ node: Node, body: String, _ r: inout ContentReader) -> Contract? {
        guard let f = r.fields(node, of: "contract", accepted: keys) else { return nil }
        let client: Located<ID>? = r.required("client", in: f)
        let start: Day? = r.required("start", in: f)
        let term = r.termMonths("term_months", in: f, required: true)
        let end: Day? = r.optional("end", in: f)
        let plan: Located<ID>? = r.required("plan", in: f)
        let terms = ContractTerms.read(f, plan: plan, &r)
        let changes: [ContractChange] = r.optional("changes", in: f, default: [])
        let onboardingFee: Money? = r.optional("onboarding_fee", in: f)
        let proposal: String? = r.optional("proposal", in: f)
        let fingerprint: String? = r.optional("fingerprint", in: f)
        let signed: Day? = r.optional("signed", in: f)
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
                        changes: changes, onboardingFee: onboardingFee, proposal: proposal, fingerprint: fingerprint,
                        signed: signed, notes: body, location: r.location(of: node))
    }
}

extension ContractTerms {
    static let keys = ["plan", "workstations", "servers", "addons", "visits_per_year", "discount"]

    static func read(_ f: Fields, plan: Located<ID>?, _ r: inout ContentReader) -> ContractTerms? {
        let workstations: Located<Int>? = r.optional("workstations", in: f)
        let servers: Located<Int>? = r.optional("servers", in: f)
        let addons: [Located<ID>] = r.optional("addons", in: f, default: [])
        let visits: Int = r.optional("visits_per_year", in: f, default: 0)
        let discount: Percentage? = r.optional("discount", in: f)
        guard let plan else { return nil }
        return ContractTerms(plan: plan, workstations: workstations, servers: servers, addons: addons,
                             visitsPerYear: visits, discount: discount?.ratio)
    }
}

extension ContractChange: ContentValue {
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
}
