import Yams

/// `content/comparison.md`: the assumptions of the break/fix cost model, the example office of
/// the public comparison sheet, and (its body) the narrative printed on every sheet. Every
/// assumption has a default, and every sheet prints the values it used.
public struct ComparisonSettings: Sendable {
    /// Incidents a device has a year, by its age: a device uses the bracket with the highest
    /// `from_years` not above its age.
    public var incidentRates: [IncidentRate]
    public var hoursPerIncident: Hours
    /// Share of incidents that need someone on site (the rest are fixed remotely).
    public var onsiteShare: Ratio
    /// Share of incidents handled after hours, at the after-hours multiplier.
    public var afterHoursShare: Ratio
    /// Downtime: staff who cannot work during an incident…
    public var staffAffected: Quantity
    /// …for this many hours…
    public var hoursDown: Hours
    /// …at this cost per staff hour.
    public var staffHourCost: Money
    /// Share of incidents that managed services prevent (monitoring, patching, replacing failing parts early).
    public var preventedShare: Ratio
    /// Incidents in a quiet year and in a bad year, as a share of the expected number.
    public var quietYear: Ratio
    public var badYear: Ratio
    /// The office of the public sheet (nil: no public sheet).
    public var exampleOffice: ExampleOffice?
    /// Markdown: on prevention and predictability.
    public var narrative: String

    public static let defaults = ComparisonSettings(
        incidentRates: [IncidentRate(fromYears: 0, incidents: Quantity(hundredths: 100)),
                        IncidentRate(fromYears: 4, incidents: Quantity(hundredths: 200)),
                        IncidentRate(fromYears: 7, incidents: Quantity(hundredths: 350))],
        hoursPerIncident: Hours(hundredths: 150), onsiteShare: .percent(40), afterHoursShare: .percent(10),
        staffAffected: Quantity(hundredths: 100), hoursDown: Hours(hundredths: 300), staffHourCost: Money(minorUnits: 3500),
        preventedShare: .percent(50), quietYear: .percent(50), badYear: .percent(200), exampleOffice: nil, narrative: "")

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

/// A percentage that may exceed 100% (a bad year has 200% of the expected incidents).
struct YearShare: ContentValue {
    var ratio: Ratio
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

public struct IncidentRate: ContentValue, Sendable {
    public var fromYears: Int
    public var incidents: Quantity

    public static func read(_ node: Node, _ r: inout ContentReader) -> IncidentRate? {
        guard let f = r.fields(node, of: "incident rate", accepted: ["from_years", "incidents"]) else { return nil }
        let from: Int? = r.required("from_years", in: f)
        let incidents: Quantity? = r.required("incidents", in: f)
        guard let from, let incidents else { return nil }
        return IncidentRate(fromYears: from, incidents: incidents)
    }
}

/// The office the public comparison sheet is made for: no client's data, only what the
/// shop describes here.
public struct ExampleOffice: ContentValue, Sendable {
    /// `A ten-person office`
    public var name: String
    public var workstations: [DeviceGroup]
    public var servers: [DeviceGroup]
    public var services: [Located<ID>]
    public var visitsPerYear: Int
    public var callsPerMonth: Int
    public var termMonths: Int?

    public static func read(_ node: Node, _ r: inout ContentReader) -> ExampleOffice? {
        guard let f = r.fields(node, of: "example office", accepted: ["name", "workstations", "servers", "services",
                                                                      "visits_per_year", "calls_per_month", "term_months"]) else { return nil }
        let name: String? = r.required("name", in: f)
        let office = ExampleOffice(name: name ?? "", workstations: r.optional("workstations", in: f, default: []),
                                   servers: r.optional("servers", in: f, default: []),
                                   services: r.optional("services", in: f, default: []),
                                   visitsPerYear: r.optional("visits_per_year", in: f, default: 0),
                                   callsPerMonth: r.optional("calls_per_month", in: f, default: 0),
                                   termMonths: r.termMonths("term_months", in: f))
        return name == nil ? nil : office
    }

    /// The office as a prospect, so that it is priced and recommended like any client.
    public var asClient: Client {
        Client(id: ID("example-office"), name: name, status: .prospect, contact: Contact(name: "", title: nil, email: nil, phone: nil),
               billingAddress: nil, workstations: workstations, servers: servers, services: services,
               visitsPerYear: visitsPerYear, callsPerMonth: callsPerMonth, recommend: nil, recommendBecause: nil,
               termMonths: termMonths, body: "", location: SourceLocation(path: "content/comparison.md", line: 1, column: 1))
    }
}
