extension StatementView {
    /// How to pay a statement, and its tear-off slip; made only when something is due.
    public struct PaymentView: TemplateView {
        public struct Fact: TemplateView {
            public var label: String
            public var value: String
        }

        /// `By check, payable to Northside Computer Care LLC`
        public var byCheck: String?
        /// The account to transfer to, fact by fact (empty when the business gives none).
        public var transfer: [Fact]
        public var hasTransfer: Bool
        /// The pay-online address for this statement.
        public var online: String?
        /// The owner's own line.
        public var note: String?
        public var remitTo: Party
        public var amountDue: String
        public var dueDate: String
        /// The QR code as inline SVG, with what to do with it.
        public var qrSVG: String?
        public var qrCaption: String?

        static func make(_ s: Statement, business: Business, language: Language) -> PaymentView? {
            guard s.amountDue > .zero else { return nil }
            let words = language.statement, money = language.money
            let instructions = business.payment
            let reference = Placeholders.fill(words.transferReference, ["number": s.number])
            var transfer: [Fact] = []
            if let bank = instructions?.bankTransfer {
                transfer.append(Fact(label: words.accountName, value: bank.accountName))
                if let name = bank.bank { transfer.append(Fact(label: words.bank, value: name)) }
                switch bank.account {
                case .iban(let iban, let bic):
                    transfer.append(Fact(label: words.iban, value: iban.printed))
                    if let bic { transfer.append(Fact(label: words.bic, value: bic)) }
                case .domestic(let account, let routing):
                    transfer.append(Fact(label: words.accountNumber, value: account))
                    transfer.append(Fact(label: words.routingNumber, value: routing))
                }
                transfer.append(Fact(label: words.reference, value: reference))
            }
            let amount = money.plain(s.amountDue)
            let online = instructions?.payOnline?.address(account: s.account, statement: s.number, amount: amount)
            let code = PaymentCode.make(instructions, currency: business.currency, amount: s.amountDue, amountText: amount,
                                        account: s.account, number: s.number, reference: reference)
            let caption: String?
            switch code {
            case .sepaTransfer?: caption = words.scanToTransfer
            case .payOnline?: caption = words.scanToPayOnline
            case nil: caption = nil
            }
            return PaymentView(
                byCheck: instructions?.checksPayableTo.map { Placeholders.fill(words.byCheck, ["payee": $0]) },
                transfer: transfer, hasTransfer: !transfer.isEmpty, online: online, note: instructions?.note,
                remitTo: Party(name: business.name, lines: business.address.lines),
                amountDue: money.format(s.amountDue), dueDate: language.long(s.dueDate),
                qrSVG: code.flatMap { QRCode(text: $0.payload) }.map { $0.svg(label: caption ?? "") }, qrCaption: caption)
        }
    }
}
