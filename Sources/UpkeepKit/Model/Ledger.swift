import Foundation

/// `content/ledger/<YYYY-MM>.md`: one month of work, charges, payments and credits for all
/// clients; its Markdown body is the message printed on that month's statements.
public struct LedgerMonth: Sendable, Encodable {
    public var month: Month
    public var work: [WorkEntry]
    public var charges: [Charge]
    public var payments: [Payment]
    public var credits: [Credit]
    public var balances: [BalanceAssertion]
    public var message: String
    public var location: SourceLocation
}


/// Work done for a client.
public struct WorkEntry: Sendable, Encodable {
    public enum Place: String, CaseIterable, Sendable, Encodable { case remote, onsite }
    /// Whether the contract covers it; `auto` decides from the client's plan on that day
    /// (maintenance-only plans bill support, unlimited plans cover it, no contract bills all).
    public enum Billing: String, CaseIterable, Sendable, Encodable { case auto, covered, billable }

    public var client: Located<ID>
    public var date: Located<Day>
    public var hours: Hours
    public var place: Place
    public var afterHours: Bool
    public var billing: Billing
    public var summary: String
}

/// A one-off charge: hardware, a project, anything outside the contract.
public struct Charge: Sendable, Encodable {
    public var client: Located<ID>
    public var date: Located<Day>
    public var description: String
    public var quantity: Int
    public var unitPrice: Money
    public var taxable: Bool

    public var amount: Money { unitPrice * quantity }
}

/// Money received from a client.
public struct Payment: Sendable, Encodable {
    public enum Method: String, CaseIterable, Sendable, Encodable { case check, card, transfer, cash, other }

    public var client: Located<ID>
    public var date: Located<Day>
    public var amount: Money
    public var method: Method
    public var reference: String?
}

/// An amount taken off a client's balance: goodwill, a refund of a missed visit…
public struct Credit: Sendable, Encodable {
    public var client: Located<ID>
    public var date: Located<Day>
    public var amount: Money
    public var reason: String
}

/// The owner's statement that a client's balance at the end of `date` is `balance`
/// (negative for a credit balance); the build stops when the books disagree.
public struct BalanceAssertion: Sendable, Encodable {
    public var client: Located<ID>
    public var date: Located<Day>
    public var balance: Money
}
