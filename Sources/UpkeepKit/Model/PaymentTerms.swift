/// How clients pay the shop (`payment:` in business.md): printed on every statement that asks
/// for money, and on its tear-off slip.
public struct PaymentInstructions: Sendable {
    /// The payee for checks: `Northside Computer Care LLC`.
    public var checksPayableTo: String?
    public var bankTransfer: BankTransfer?
    /// The pay-online address, with `{account}`, `{statement}` and `{amount}` filled in per statement.
    public var payOnline: PayLink?
    /// A line of the owner's own, printed as written.
    public var note: String?
    /// The owner's words under the past-due notice (nil: the locale's standard reminder).
    public var pastDueReminder: String?

    public init(checksPayableTo: String? = nil, bankTransfer: BankTransfer? = nil, payOnline: PayLink? = nil,
                note: String? = nil, pastDueReminder: String? = nil) {
        self.checksPayableTo = checksPayableTo
        self.bankTransfer = bankTransfer
        self.payOnline = payOnline
        self.note = note
        self.pastDueReminder = pastDueReminder
    }
}

/// The account a client pays into by bank transfer.
public struct BankTransfer: Sendable {
    public enum Account: Sendable {
        /// An international account, with its bank's BIC when given.
        case iban(IBAN, bic: String?)
        /// A domestic account number and the bank's routing number (US ABA, UK sort code…).
        case domestic(account: String, routing: String)
    }

    /// Whose account it is: the beneficiary of a transfer.
    public var accountName: String
    public var bank: String?
    public var account: Account
}

/// An International Bank Account Number whose check digits are right.
public struct IBAN: Sendable, Equatable {
    /// Upper case, no spaces: `DE89370400440532013000`, as banks exchange it.
    public var electronic: String

    /// In groups of four, as it is printed: `DE89 3704 0044 0532 0130 00`.
    public var printed: String {
        var groups: [Substring] = []
        var rest = Substring(electronic)
        while !rest.isEmpty { groups.append(rest.prefix(4)); rest = rest.dropFirst(4) }
        return groups.joined(separator: " ")
    }
}

/// A pay-online address with placeholders: `https://pay.example/?ref={statement}&amount={amount}`.
public struct PayLink: Sendable {
    public static let placeholders = ["account", "statement", "amount"]
    public var template: String

    /// The address for one statement; `amount` is written plain (`684.70`). The values are
    /// digits, dashes and a point, so they need no escaping in a URL.
    public func address(account: String, statement: String, amount: String) -> String {
        Placeholders.fill(template, ["account": account, "statement": statement, "amount": amount])
    }
}

/// The late fee (`late_fee:` in business.md), charged on a statement when some of the balance
/// carried from earlier statements is still unpaid more than `graceDays` after its due date.
/// It is compensation for paying late, not a sale, so no tax applies to it; and it is never
/// charged on earlier late fees.
public struct LateFeePolicy: Sendable, Equatable {
    public enum Charge: Sendable, Equatable {
        /// The same amount each month anything is late.
        case flat(Money)
        /// A percentage a month of what is late, rounded by the rounding rule.
        case percentPerMonth(Ratio)
    }

    public var charge: Charge
    public var graceDays: Int
    public var minimum: Money?
    public var cap: Money?

    /// The fee on `late`, the amount past due beyond the grace days (zero: no fee).
    public func fee(on late: Money) -> Money {
        guard late > .zero else { return .zero }
        var fee: Money
        switch charge {
        case .flat(let amount): fee = amount
        case .percentPerMonth(let rate): fee = late.applying(rate)
        }
        if let minimum, fee < minimum { fee = minimum }
        if let cap, fee > cap { fee = cap }
        return fee
    }
}
