import Yams

extension MonthClosing {
    static let keys = ["closed", "statements"]

    static func read(month: Month, _ node: Node, _ r: inout ContentReader) -> MonthClosing? {
        guard let f = r.fields(node, of: "closing", accepted: keys) else { return nil }
        let closed: Day? = r.required("closed", in: f)
        let statements: [ClosedStatement] = r.optional("statements", in: f, default: [])
        guard let closed else { return nil }
        return MonthClosing(month: month, closedOn: closed, statements: statements, location: r.location(of: node))
    }
}

extension ClosedStatement: ContentValue {
    public static func read(_ node: Node, _ r: inout ContentReader) -> ClosedStatement? {
        guard let f = r.fields(node, of: "closed statement", accepted: ["client", "number", "account", "amount_due", "digest", "lines"]) else { return nil }
        let client: Located<ID>? = r.required("client", in: f)
        let number: String? = r.required("number", in: f)
        let account: Int? = r.required("account", in: f)
        let digest: String? = r.required("digest", in: f)
        let lines: [String] = r.optional("lines", in: f, default: [])
        var amount: Money?
        if let entry = f.values["amount_due"] {
            amount = r.signedMoney("amount_due", entry.value)
        } else {
            r.error("missing required key 'amount_due' in closed statement", at: node)
        }
        guard let client, let number, let account, let digest, let amount else { return nil }
        return ClosedStatement(client: client, number: number, account: account, amountDue: amount, digest: digest, lines: lines)
    }
}
