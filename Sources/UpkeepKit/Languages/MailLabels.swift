/// The words of the e-mail that carries a statement. `{name}`s are filled in.
public struct MailLabels: LabelTable {
    public var hello: String
    public var dear: String
    public var attached: String
    public var number: String
    public var amountDue: String
    public var credit: String
    public var nothing: String
    public var questions: String
    public var subject: String
    public var owedDue: String
    public var owedCredit: String
    public var owedNothing: String

    public static let english = MailLabels(
        hello: "Hello,",
        dear: "Dear {name},",
        attached: "Your statement for {month} from {shop} is attached.",
        number: "Statement {number}, account {account}",
        amountDue: "Amount due: {amount} by {date}",
        credit: "Your account is in credit: {amount}. There is nothing to pay.",
        nothing: "There is nothing to pay.",
        questions: "Questions about it? Call {phone} or reply to this e-mail.",
        subject: "{shop}: your statement for {month}, {owed}",
        owedDue: "{amount} due",
        owedCredit: "in credit {amount}",
        owedNothing: "nothing due")

    public static let german = MailLabels(
        hello: "Guten Tag,",
        dear: "Guten Tag {name},",
        attached: "anbei Ihr Kontoauszug für {month} von {shop}.",
        number: "Kontoauszug {number}, Kundenkonto {account}",
        amountDue: "Zu zahlen: {amount} bis {date}",
        credit: "Ihr Konto weist ein Guthaben von {amount} auf. Sie müssen nichts zahlen.",
        nothing: "Sie müssen nichts zahlen.",
        questions: "Fragen dazu? Rufen Sie uns an unter {phone} oder antworten Sie auf diese E-Mail.",
        subject: "{shop}: Ihr Kontoauszug für {month}, {owed}",
        owedDue: "{amount} zu zahlen",
        owedCredit: "Guthaben {amount}",
        owedNothing: "nichts zu zahlen")
}
