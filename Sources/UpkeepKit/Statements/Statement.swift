/// One line of a statement, with every figure needed to re-derive its amount.
public struct StatementLine: Sendable {
    public enum Item: Sendable {
        /// A line of the contract's monthly price; `days` of `of` when prorated.
        case recurring(PriceLine, plan: String, from: Day, to: Day, days: Int, of: Int)
        /// The contract's one-time onboarding fee, on the statement of its start month.
        case onboarding(plan: String, proposal: String?)
        /// Work done; `covered` work is shown at no charge with its `value`.
        case work(WorkEntry, rate: Money, multiplier: Ratio?, labour: Money, tripFee: Money, covered: Bool, plan: String?)
        case charge(Charge)
        /// The late fee on `late`, the part of the balance unpaid more than the grace days after
        /// it was due, the oldest of it since `since`.
        case lateFee(LateFeePolicy, late: Money, since: Day)
        case payment(Payment)
        case credit(Credit)
        case tax(name: String, rate: Ratio, of: Money)
    }

    public var date: Day
    public var item: Item
    /// What it adds to the balance: charges positive, payments and credits negative; covered work zero.
    public var amount: Money
}

/// Unpaid balance by how long it has been past due, as at the statement date.
public struct Aging: Sendable, Equatable {
    public var current = Money.zero
    public var days1to30 = Money.zero
    public var days31to60 = Money.zero
    public var days61to90 = Money.zero
    public var over90 = Money.zero

    public var total: Money { current + days1to30 + days31to60 + days61to90 + over90 }

    /// Adds `amount` due on `due` to its bucket as at `date`.
    mutating func add(_ amount: Money, due: Day, asAt date: Day) {
        switch due.days(until: date) {
        case ...0: current += amount
        case 1...30: days1to30 += amount
        case 31...60: days31to60 += amount
        case 61...90: days61to90 += amount
        default: over90 += amount
        }
    }
}

extension Sequence<StatementLine> {
    /// The sum of the lines' amounts.
    public var total: Money { reduce(.zero) { $0 + $1.amount } }
}

/// A client's statement for one month.
/// A contract that covers fewer workstations (or servers) than the client lists (the newest are
/// covered), or more (those not on record are priced as new).
public struct PartialCoverage: Sendable, Equatable {
    public enum Kind: String, Sendable { case workstations, servers }
    public var kind: Kind
    public var covered: Int
    public var listed: Int
}

public struct Statement: Sendable {
    public var clientID: ID
    public var month: Month
    public var account: String
    /// `10482-2610`: the account and the month, the same in every build.
    public var number: String
    /// The last day of the month.
    public var date: Day
    public var dueDate: Day
    public var previousBalance: Money
    public var recurring: [StatementLine]
    public var work: [StatementLine]
    public var charges: [StatementLine]
    public var payments: [StatementLine]
    public var credits: [StatementLine]
    public var taxes: [StatementLine]
    public var aging: Aging
    /// The ledger month's Markdown message.
    public var message: String
    /// The due date of the oldest part of the balance still unpaid after it was due, as at the
    /// statement date (nil: nothing is past due).
    public var oldestPastDue: Day?
    /// Devices the client lists that a contract in force this month leaves out (it covers the newest).
    public var partialCoverage: [PartialCoverage] = []

    /// Contract fees, billable work and one-off charges.
    public var newCharges: Money { recurring.total + work.total + charges.total }
    public var tax: Money { taxes.total }
    /// Payments received, as a positive amount.
    public var paymentsReceived: Money { -payments.total }
    /// Credits, as a positive amount.
    public var creditsApplied: Money { -credits.total }
    /// What was due before the statement date and is still unpaid: part of `amountDue`.
    public var pastDue: Money { aging.total - aging.current }
    /// The month's late fee (zero when none).
    public var lateFee: Money { charges.filter { if case .lateFee = $0.item { true } else { false } }.total }
    /// Negative for a credit balance.
    public var amountDue: Money { previousBalance + newCharges + tax - paymentsReceived - creditsApplied }
    public var usesProration: Bool {
        recurring.contains { if case .recurring(_, _, _, _, let days, let of) = $0.item { days < of } else { false } }
    }
    /// Every line, in statement order.
    public var lines: [StatementLine] { recurring + work + charges + payments + credits + taxes }
}
