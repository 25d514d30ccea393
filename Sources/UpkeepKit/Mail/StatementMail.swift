/// The e-mail that carries one statement: what it says, to whom, with the statement attached.
enum StatementMail {
    static func message(_ statement: Statement, client: Client, to address: String, business: Business, money: MoneyFormat,
                        html: [UInt8], pdf: [UInt8], date: String, stamp: String) -> MailMessage {
        let month = statement.month.longText
        let due = statement.amountDue
        let owed = due > .zero ? "\(money.format(due)) due" : due < .zero ? "in credit \(money.format(-due))" : "nothing due"
        let greeting = client.contact.name.isEmpty ? "Hello," : "Dear \(client.contact.name),"
        var text = "\(greeting)\n\nYour statement for \(month) from \(business.name) is attached.\n\n"
        text += "Statement \(statement.number), account \(statement.account)\n"
        if due > .zero {
            text += "Amount due: \(money.format(due)) by \(statement.dueDate.longText)\n"
        } else if due < .zero {
            text += "Your account is in credit: \(money.format(-due)). There is nothing to pay.\n"
        } else {
            text += "There is nothing to pay.\n"
        }
        text += "\nQuestions about it? Call \(business.phone) or reply to this e-mail.\n\n\(business.name)\n"
        let domain = business.email.split(separator: "@").last.map(String.init) ?? "upkeep.invalid"
        return MailMessage(from: .init(name: business.name, email: business.email), to: .init(name: client.name, email: address),
                           subject: "\(business.name): your statement for \(month), \(owed)", date: date,
                           messageID: "<\(statement.number).\(stamp)@\(domain)>", text: text, html: String(decoding: html, as: UTF8.self),
                           attachmentName: "statement-\(statement.month).pdf", attachmentType: "application/pdf", attachment: pdf)
    }
}
