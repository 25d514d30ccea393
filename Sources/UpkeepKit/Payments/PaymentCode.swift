/// What the QR code on a statement's payment slip carries.
public enum PaymentCode: Sendable, Equatable {
    /// An EPC069-12 SEPA credit transfer (the "GiroCode" European banking apps scan): for a
    /// business that bills in euros and gives an IBAN.
    case sepaTransfer(String)
    /// The pay-online address, filled in for the statement.
    case payOnline(String)

    public var payload: String {
        switch self {
        case .sepaTransfer(let text), .payOnline(let text): text
        }
    }

    /// The code for paying `amount` (written plain, `684.70`) of statement `number` on
    /// `account`, with `reference` as the transfer's text; nil when the business gives
    /// neither an IBAN in euros nor a pay-online address, or nothing is due.
    public static func make(_ instructions: PaymentInstructions?, currency: Currency, amount: Money, amountText: String,
                            account: String, number: String, reference: String) -> PaymentCode? {
        guard let instructions, amount > .zero else { return nil }
        if currency.code == "EUR", let transfer = instructions.bankTransfer, case .iban(let iban, let bic) = transfer.account,
           amount <= Money(minorUnits: 99_999_999_999) {
            // Version 002 lets the BIC be empty; character set 1 is UTF-8; no purpose and no
            // structured reference, then the remittance text; nothing after the last element.
            let elements = ["BCD", "002", "1", "SCT", bic ?? "", transfer.accountName, iban.electronic, "EUR" + amountText, "", "",
                            String(reference.prefix(140))]
            return .sepaTransfer(elements.joined(separator: "\n"))
        }
        return instructions.payOnline.map { .payOnline($0.address(account: account, statement: number, amount: amountText)) }
    }
}
