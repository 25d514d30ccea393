import Foundation

/// The language of a document: its labels, and how it writes dates, numbers and amounts.
/// A client's documents are in the client's `locale`, else the business's.
///
/// A class: every page's view model takes its language, and a copy of a struct holding every
/// label would retain and release each of several hundred strings (a tenth of a build's time).
public final class Language: Sendable {
    /// `de_DE`
    public let identifier: String
    public let labels: Labels
    public let money: MoneyFormat
    /// The labels' month names, split once: every date on every page reads them.
    private let monthNames: [String]
    private let shortMonthNames: [String]
    var common: CommonLabels { labels.common }
    public var statement: StatementLabels { labels.statement }

    /// The `lang` attribute of the page: `de-DE`.
    public var tag: String { identifier.replacingOccurrences(of: "_", with: "-") }

    /// What separates the decimals of hours, counts and percentages: the locale's.
    let decimalSeparator: String

    public convenience init(identifier: String, currency: Currency, labels: Labels) {
        self.init(identifier: identifier, money: MoneyFormat(currency: currency, locale: identifier), labels: labels)
    }

    init(identifier: String, money: MoneyFormat, labels: Labels, decimalSeparator: String? = nil) {
        self.identifier = identifier
        self.labels = labels
        self.money = money
        self.decimalSeparator = decimalSeparator ?? money.decimalSeparator
        let names = { (list: String) in list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        monthNames = names(labels.common.monthNames)
        shortMonthNames = names(labels.common.shortMonthNames)
    }

    /// English with the decimal point and `money`'s amounts: for the owner's terminal, and for
    /// `upkeep close`'s records, which must not change with the business's locale.
    static func english(_ money: MoneyFormat) -> Language {
        Language(identifier: "en_US", money: money, labels: .english, decimalSeparator: ".")
    }

    // MARK: Dates

    private func monthName(_ month: Int) -> String { monthNames[month - 1] }
    private func shortMonthName(_ month: Int) -> String { shortMonthNames[month - 1] }

    /// `October 31, 2026`, `31 October 2026`, `31. Oktober 2026`
    public func long(_ day: Day) -> String {
        Placeholders.fill(common.longDate, ["day": String(day.day), "month": monthName(day.month), "year": String(day.year)])
    }

    /// `Oct 6`, `6 Oct`, `6. Okt.`
    public func short(_ day: Day) -> String {
        Placeholders.fill(common.shortDate, ["day": String(day.day), "month": shortMonthName(day.month)])
    }

    /// `October 2026`
    public func long(_ month: Month) -> String {
        Placeholders.fill(common.monthYear, ["month": monthName(month.month), "year": String(month.year)])
    }

    /// `Oct 2026`
    public func short(_ month: Month) -> String {
        Placeholders.fill(common.monthYear, ["month": shortMonthName(month.month), "year": String(month.year)])
    }

    /// `Oct`
    public func abbreviation(_ month: Month) -> String { shortMonthName(month.month) }

    /// `October`
    public func monthName(_ month: Month) -> String { monthName(month.month) }

    /// Days `from`…`to` of one month: `October 1–31, 2026`, `1.–31. Oktober 2026`.
    public func period(_ from: Day, _ to: Day) -> String {
        Placeholders.fill(common.daysOfMonth, ["from": String(from.day), "to": String(to.day),
                                               "month": monthName(from.month), "year": String(from.year)])
    }

    // MARK: Numbers

    /// A scaled integer with the language's decimal separator, trailing zeros dropped: `1,25`.
    public func decimal(_ scaled: Int, fractionDigits: Int) -> String {
        let text = DecimalText.format(scaled, fractionDigits: fractionDigits)
        return decimalSeparator == "." ? text : text.replacingOccurrences(of: ".", with: decimalSeparator)
    }

    /// `1.25 h`, `1,25 h`
    public func hours(_ hours: Hours) -> String { decimal(hours.hundredths, fractionDigits: 2) }

    /// `7.25%`, `7,25 %`
    public func percent(_ ratio: Ratio) -> String {
        Placeholders.fill(common.percent, ["number": decimal(ratio.perMillion, fractionDigits: 4)])
    }

    /// `1.5`, `1,5`
    public func multiplier(_ ratio: Ratio) -> String { decimal(ratio.perMillion, fractionDigits: 6) }
}

/// The languages a shop's documents are written in: the business's and each client's, with
/// the owner's overrides applied.
public struct Languages: Sendable {
    private var byLocale: [String: Language]
    /// The business's: the public site, the dashboard, and clients with no `locale`.
    public let business: Language

    public init(business: Business, locales: some Sequence<String>, overrides: [LabelOverrides]) {
        func make(_ locale: String) -> Language {
            var labels = Labels.builtIn(for: locale) ?? .english
            for override in overrides where override.locale == locale {
                for entry in override.entries { _ = labels.set(table: entry.table, entry.name, to: entry.text) }
            }
            return Language(identifier: locale, currency: business.currency, labels: labels)
        }
        var byLocale: [String: Language] = [:]
        for locale in Set(locales).union([business.locale]) { byLocale[locale] = make(locale) }
        self.byLocale = byLocale
        self.business = byLocale[business.locale]!
    }

    /// The language of `client`'s documents.
    public func of(_ client: Client) -> Language {
        client.locale.flatMap { byLocale[$0] } ?? business
    }
}
