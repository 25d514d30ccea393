/// The e-mail that carries one statement: what it says, to whom, with the statement attached.
enum StatementMail {
    static func message(_ statement: Statement, client: Client, to address: String, business: Business, language: Language,
                        html: [UInt8], pdf: [UInt8], date: String, stamp: String) -> MailMessage {
        let words = language.labels.mail, money = language.money, fill = Placeholders.fill
        let month = language.long(statement.month)
        let due = statement.amountDue
        let owed = due > .zero ? fill(words.owedDue, ["amount": money.format(due)])
            : due < .zero ? fill(words.owedCredit, ["amount": money.format(-due)]) : words.owedNothing
        let greeting = client.contact.name.isEmpty ? words.hello : fill(words.dear, ["name": client.contact.name])
        var text = greeting + "\n\n" + fill(words.attached, ["month": month, "shop": business.name]) + "\n\n"
        text += fill(words.number, ["number": statement.number, "account": statement.account]) + "\n"
        if due > .zero {
            text += fill(words.amountDue, ["amount": money.format(due), "date": language.long(statement.dueDate)]) + "\n"
            if let since = statement.oldestPastDue {
                text += fill(language.statement.pastDueNotice, ["amount": money.format(statement.pastDue), "date": language.long(since)]) + "\n"
            }
        } else if due < .zero {
            text += fill(words.credit, ["amount": money.format(-due)]) + "\n"
        } else {
            text += words.nothing + "\n"
        }
        text += "\n" + fill(words.questions, ["phone": business.phone]) + "\n\n\(business.name)\n"
        let domain = business.email.split(separator: "@").last.map(String.init) ?? "upkeep.invalid"
        return MailMessage(from: .init(name: business.name, email: business.email), to: .init(name: client.name, email: address),
                           subject: fill(words.subject, ["shop": business.name, "month": month, "owed": owed]), date: date,
                           messageID: "<\(statement.number).\(stamp)@\(domain)>", text: text, html: String(decoding: html, as: UTF8.self),
                           attachmentName: "statement-\(statement.month).pdf", attachmentType: "application/pdf", attachment: pdf)
    }
}
