import Yams

extension ComparisonSettings {
    static let keys = ["incident_rates", "hours_per_incident", "onsite_share", "after_hours_share", "staff_affected",
                       "hours_down", "staff_hour_cost", "prevented_share", "quiet_year", "bad_year", "example_office"]

    static func read(_ node: Node, body: String, _ r: inout ContentReader) -> ComparisonSettings? {
        guard let f = r.fields(node, of: "comparison", accepted: keys) else { return nil }
        let d = defaults
        let rates: [IncidentRate] = r.optional("incident_rates", in: f, default: d.incidentRates)
        if f.has("incident_rates"), !rates.contains(where: { $0.fromYears == 0 }) {
            r.error("'incident_rates' needs a bracket with 'from_years: 0' so that every device has a rate",
                    at: r.location(of: "incident_rates", in: f))
        }
        return ComparisonSettings(
            incidentRates: rates.sorted { $0.fromYears < $1.fromYears },
            hoursPerIncident: r.optional("hours_per_incident", in: f, default: d.hoursPerIncident),
            onsiteShare: (r.optional("onsite_share", in: f) as Percentage?)?.ratio ?? d.onsiteShare,
            afterHoursShare: (r.optional("after_hours_share", in: f) as Percentage?)?.ratio ?? d.afterHoursShare,
            staffAffected: r.optional("staff_affected", in: f, default: d.staffAffected),
            hoursDown: r.optional("hours_down", in: f, default: d.hoursDown),
            staffHourCost: r.optional("staff_hour_cost", in: f, default: d.staffHourCost),
            preventedShare: (r.optional("prevented_share", in: f) as Percentage?)?.ratio ?? d.preventedShare,
            quietYear: (r.optional("quiet_year", in: f) as YearShare?)?.ratio ?? d.quietYear,
            badYear: (r.optional("bad_year", in: f) as YearShare?)?.ratio ?? d.badYear,
            exampleOffice: r.optional("example_office", in: f), narrative: body)
    }
}

extension YearShare: ContentValue {
    static func read(_ node: Node, _ r: inout ContentReader) -> YearShare? {
        let requirement = "must be a percentage such as 50% or 200%"
        guard let text = r.scalar(node, requirement), text.hasSuffix("%") else {
            r.invalid(node, requirement)
            return nil
        }
        guard case .success(let value) = DecimalText.parse(String(text.dropLast()), fractionDigits: 4),
              value >= 0, value <= 100_000_000 else {
            r.invalid(node, requirement)
            return nil
        }
        return YearShare(ratio: Ratio(perMillion: value))
    }
}

extension IncidentRate: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> IncidentRate? {
        guard let f = r.fields(node, of: "incident rate", accepted: ["from_years", "incidents"]) else { return nil }
        let from: Int? = r.required("from_years", in: f)
        let incidents: Quantity? = r.required("incidents", in: f)
        guard let from, let incidents else { return nil }
        return IncidentRate(fromYears: from, incidents: incidents)
    }
}

extension ExampleOffice: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> ExampleOffice? {
        guard let f = r.fields(node, of: "example office", accepted: ["name", "workstations", "servers", "services",
                                                                      "visits_per_year", "calls_per_month", "term_months"]) else { return nil }
        let name: String? = r.required("name", in: f)
        let office = ExampleOffice(name: name ?? "", f, &r)
        return name == nil ? nil : office
    }

    /// The office that `f` describes with a client's keys (`workstations`, `servers`, `services`,
    /// `visits_per_year`, `calls_per_month`, `term_months`), called `name`.
    init(name: String, _ f: Fields, _ r: inout ContentReader) {
        self.init(name: name, workstations: r.optional("workstations", in: f, default: []),
                  servers: r.optional("servers", in: f, default: []),
                  services: r.optional("services", in: f, default: []),
                  visitsPerYear: r.optional("visits_per_year", in: f, default: 0),
                  callsPerMonth: r.optional("calls_per_month", in: f, default: 0),
                  termMonths: r.termMonths("term_months", in: f))
    }
}
