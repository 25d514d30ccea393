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
}

/// A percentage that may exceed 100% (a bad year has 200% of the expected incidents).
struct YearShare {
    var ratio: Ratio
}

public struct IncidentRate: Sendable {
    public var fromYears: Int
    public var incidents: Quantity
}

/// The office the public comparison sheet is made for: no client's data, only what the
/// shop describes here.
public struct ExampleOffice: Sendable {
    /// `A ten-person office`
    public var name: String
    public var workstations: [DeviceGroup]
    public var servers: [DeviceGroup]
    public var services: [Located<ID>]
    public var visitsPerYear: Int
    public var callsPerMonth: Int
    public var termMonths: Int?

    /// The office as a prospect, so that it is priced and recommended like any client.
    public var asClient: Client {
        Client(id: ID("example-office"), name: name, status: .prospect, contact: Contact(name: "", title: nil, email: nil, phone: nil),
               billingAddress: nil, workstations: workstations, servers: servers, services: services,
               visitsPerYear: visitsPerYear, callsPerMonth: callsPerMonth, recommend: nil, recommendBecause: nil,
               termMonths: termMonths, body: "", location: SourceLocation(path: "content/comparison.md", line: 1, column: 1))
    }
}
