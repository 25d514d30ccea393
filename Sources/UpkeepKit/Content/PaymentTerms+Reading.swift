import Yams

extension PaymentInstructions: ContentValue {
    static let keys = ["checks_payable_to", "bank_transfer", "pay_online", "note", "past_due_reminder"]

    public static func read(_ node: Node, _ r: inout ContentReader) -> PaymentInstructions? {
        guard let f = r.fields(node, of: "payment", accepted: keys) else { return nil }
        let instructions = PaymentInstructions(
            checksPayableTo: r.optional("checks_payable_to", in: f), bankTransfer: r.optional("bank_transfer", in: f),
            payOnline: r.optional("pay_online", in: f), note: r.optional("note", in: f),
            pastDueReminder: r.optional("past_due_reminder", in: f))
        if !f.has("checks_payable_to"), !f.has("bank_transfer"), !f.has("pay_online") {
            r.error("payment says nothing about how to pay: give at least one of checks_payable_to, bank_transfer, pay_online", at: node)
        }
        return instructions
    }
}

extension BankTransfer: ContentValue {
    static let keys = ["account_name", "bank", "iban", "bic", "account_number", "routing_number"]

    public static func read(_ node: Node, _ r: inout ContentReader) -> BankTransfer? {
        guard let f = r.fields(node, of: "bank_transfer", accepted: keys) else { return nil }
        let name: String? = r.required("account_name", in: f)
        let bank: String? = r.optional("bank", in: f)
        let international = f.has("iban") || f.has("bic"), domestic = f.has("account_number") || f.has("routing_number")
        let account: Account?
        switch (international, domestic) {
        case (true, false):
            let iban: IBAN? = r.required("iban", in: f)
            let bic: BIC? = r.optional("bic", in: f)
            account = iban.map { .iban($0, bic: bic?.text) }
        case (false, true):
            let number: AccountNumber? = r.required("account_number", in: f)
            let routing: RoutingNumber? = r.required("routing_number", in: f)
            if let number, let routing { account = .domestic(account: number.text, routing: routing.text) } else { account = nil }
        default:
            r.error("bank_transfer needs either iban (and bic) or account_number and routing_number, not both", at: node)
            account = nil
        }
        if let name, case .iban? = account, r.currencyCode == "EUR", name.count > 70 {
            r.error("'account_name' is longer than the 70 characters a SEPA transfer's QR code can carry", at: f.values["account_name"]!.value)
        }
        guard let name, let account else { return nil }
        return BankTransfer(accountName: name, bank: bank, account: account)
    }
}

extension IBAN: ContentValue {
    /// Two letters, two check digits and up to 30 letters and digits, spaces allowed between;
    /// the check digits must agree with the rest (ISO 13616: the number mod 97 is 1).
    public static func read(_ node: Node, _ r: inout ContentReader) -> IBAN? {
        guard let text = r.scalar(node, "must be an IBAN such as DE89 3704 0044 0532 0130 00") else { return nil }
        let compact = String(text.filter { $0 != " " }).uppercased()
        let scalars = Array(compact.unicodeScalars)
        let letter = { (c: Unicode.Scalar) in ("A"..."Z").contains(c) }, digit = { (c: Unicode.Scalar) in ("0"..."9").contains(c) }
        guard (15...34).contains(scalars.count), letter(scalars[0]), letter(scalars[1]), digit(scalars[2]), digit(scalars[3]),
              scalars.allSatisfy({ letter($0) || digit($0) }) else {
            r.invalid(node, "must be an IBAN: a country code, two check digits and the account, such as DE89 3704 0044 0532 0130 00")
            return nil
        }
        // Move the first four characters to the end, letters to 10…35, and take the number mod 97.
        var remainder = 0
        for c in scalars[4...] + scalars[..<4] {
            let value = digit(c) ? Int(c.value - 48) : Int(c.value - 55)
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97
        }
        guard remainder == 1 else {
            r.invalid(node, "is not a valid IBAN: its check digits do not match (a digit mistyped?)")
            return nil
        }
        return IBAN(electronic: compact)
    }
}

/// A bank's BIC (SWIFT code): 8 or 11 letters and digits.
struct BIC: ContentValue {
    var text: String
    static func read(_ node: Node, _ r: inout ContentReader) -> BIC? {
        let requirement = "must be a BIC of 8 or 11 letters and digits, such as COBADEFFXXX"
        guard let text = r.scalar(node, requirement) else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 8 || scalars.count == 11, scalars[..<6].allSatisfy({ ("A"..."Z").contains($0) }),
              scalars[6...].allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) else {
            r.invalid(node, requirement)
            return nil
        }
        return BIC(text: text)
    }
}

/// A domestic account number: digits, with spaces or dashes between.
struct AccountNumber: ContentValue {
    var text: String
    static func read(_ node: Node, _ r: inout ContentReader) -> AccountNumber? {
        let requirement = "must be an account number: digits, with spaces or dashes between"
        guard let text = r.scalar(node, requirement) else { return nil }
        guard text.contains(where: \.isDigit), text.allSatisfy({ $0.isDigit || $0 == " " || $0 == "-" }) else {
            r.invalid(node, requirement)
            return nil
        }
        return AccountNumber(text: text)
    }
}

/// A bank's routing number: for a US business, nine digits whose ABA checksum is right
/// (3, 7 and 1 times the digits in turn add up to a multiple of 10); elsewhere, digits with
/// spaces or dashes between (a UK sort code is `20-00-00`).
struct RoutingNumber: ContentValue {
    var text: String
    static func read(_ node: Node, _ r: inout ContentReader) -> RoutingNumber? {
        guard let number = AccountNumber.read(node, &r) else { return nil }
        guard r.currencyCode == "USD" else { return RoutingNumber(text: number.text) }
        let digits = number.text.compactMap(\.wholeNumberValue)
        let weights = [3, 7, 1, 3, 7, 1, 3, 7, 1]
        guard digits.count == 9, number.text.allSatisfy(\.isDigit) else {
            r.invalid(node, "must be a 9-digit ABA routing number")
            return nil
        }
        guard zip(digits, weights).map(*).reduce(0, +) % 10 == 0 else {
            r.invalid(node, "is not a valid ABA routing number: its check digit does not match (a digit mistyped?)")
            return nil
        }
        return RoutingNumber(text: number.text)
    }
}

extension PayLink: ContentValue {
    /// An absolute http(s) address once `{account}`, `{statement}` and `{amount}` are filled
    /// in; any other `{…}` is an error.
    public static func read(_ node: Node, _ r: inout ContentReader) -> PayLink? {
        guard let text = r.scalar(node, "must be a web address such as https://pay.example.com/?ref={statement}") else { return nil }
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                r.invalid(node, "has a '{' with no '}'")
                return nil
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard PayLink.placeholders.contains(name) else {
                var message = "has an unknown placeholder '{\(name)}'"
                if let near = Suggestion.closest(to: name, among: PayLink.placeholders) { message += " (did you mean '{\(near)}'?)" }
                r.invalid(node, message + "; placeholders: {account}, {statement}, {amount}")
                return nil
            }
            rest = rest[rest.index(after: close)...]
        }
        let link = PayLink(template: text)
        guard WebAddress.isValid(link.address(account: "1", statement: "1-2601", amount: "1.00")) else {
            r.invalid(node, "must be an absolute http or https address such as https://pay.example.com/?ref={statement}")
            return nil
        }
        return link
    }
}

extension LateFeePolicy: ContentValue {
    static let keys = ["flat", "percent_per_month", "grace_days", "minimum", "cap"]

    public static func read(_ node: Node, _ r: inout ContentReader) -> LateFeePolicy? {
        guard let f = r.fields(node, of: "late_fee", accepted: keys) else { return nil }
        let charge: Charge?
        switch (f.has("flat"), f.has("percent_per_month")) {
        case (true, false): charge = (r.required("flat", in: f) as Money?).map(Charge.flat)
        case (false, true): charge = (r.required("percent_per_month", in: f) as Percentage?).map { .percentPerMonth($0.ratio) }
        default:
            r.error("late_fee needs one of flat (an amount) or percent_per_month (such as 1.5%), not both", at: node)
            charge = nil
        }
        let policy = charge.map {
            LateFeePolicy(charge: $0, graceDays: r.optional("grace_days", in: f, default: 0),
                          minimum: r.optional("minimum", in: f), cap: r.optional("cap", in: f))
        }
        if let policy, let minimum = policy.minimum, let cap = policy.cap, minimum > cap {
            r.error("late_fee's minimum is more than its cap", at: r.location(of: "minimum", in: f))
            return nil
        }
        return policy
    }
}

extension Character {
    fileprivate var isDigit: Bool { ("0"..."9").contains(self) }
}
