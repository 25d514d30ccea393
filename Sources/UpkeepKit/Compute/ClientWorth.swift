/// What a client was worth to the shop over a stretch of months (the dashboard's 12): what it
/// paid for service against the hours its work took. Figures before tax.
public struct ClientWorth: Sendable, Equatable {
    /// Contract fees and onboarding billed.
    public var fees = Money.zero
    /// Billable work: labour and trip fees.
    public var billedWork = Money.zero
    /// One-off charges (hardware, projects) and late fees.
    public var charges = Money.zero
    /// Work entries: each a problem the shop handled.
    public var incidents = 0
    /// Entries worked outside business hours.
    public var afterHours = 0
    public var coveredHours = Hours(hundredths: 0)
    public var billedHours = Hours(hundredths: 0)
    /// The covered work at the hourly rates, trip fees included: what break/fix would have billed for it.
    public var coveredValue = Money.zero

    /// What the client paid for service: fees and billed work (charges are goods, not time).
    public var paidForService: Money { fees + billedWork }
    public var hours: Hours { Hours(hundredths: coveredHours.hundredths + billedHours.hundredths) }
    /// What the client paid for service ÷ the hours worked, rounded by the rounding rule (nil
    /// without any hours).
    public var effectiveRate: Money? {
        hours.hundredths == 0 ? nil : paidForService.scaled((100, hours.hundredths))
    }

    /// The worth of the statements of `months`.
    public init(_ statements: [Statement], months: ClosedRange<Month>) {
        for statement in statements where months.contains(statement.month) {
            fees += statement.recurring.total
            charges += statement.charges.total
            for line in statement.work {
                guard case .work(let entry, _, _, let labour, let trip, let covered, _) = line.item else { continue }
                incidents += 1
                if entry.afterHours { afterHours += 1 }
                if covered {
                    coveredHours.hundredths += entry.hours.hundredths
                    coveredValue += labour + trip
                } else {
                    billedHours.hundredths += entry.hours.hundredths
                    billedWork += line.amount
                }
            }
        }
    }

    public init() {}
}

/// A break/fix client set against the plan Upkeep would recommend it: what its last 12 months
/// of billed work came to, and what 12 months of that plan's fee (before tax) would have.
public struct Upsell: Sendable, Equatable {
    public var planName: String
    public var spent: Money
    public var planYear: Money
    /// The plan's one-time onboarding, on top of its first year.
    public var onboarding: Money
    /// `spent − planYear`: positive when the plan would have cost less.
    public var difference: Money { spent - planYear }
    public var isCandidate: Bool { spent > planYear }
}

/// A prospect's proposal, as the dashboard lists it.
public struct OpenProposal: Sendable, Equatable {
    public var number: String
    public var planName: String
    /// The recommended plan's monthly total, tax included.
    public var monthlyTotal: Money
    public var validUntil: Day
}
