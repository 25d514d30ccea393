/// How a language writes dates, percentages and page numbers, for every document.
public struct CommonLabels: LabelTable {
    /// The twelve months, separated by commas.
    public var monthNames: String
    public var shortMonthNames: String
    /// `{month} {day}, {year}`
    public var longDate: String
    /// `{month} {day}`
    public var shortDate: String
    /// `{month} {year}`
    public var monthYear: String
    /// Some days of one month: `{month} {from}–{to}, {year}`
    public var daysOfMonth: String
    /// `{number}%`
    public var percent: String
    /// In the print margin: `page 1 of 2`.
    public var page: String
    public var pageOf: String

    public static let english = CommonLabels(
        monthNames: "January, February, March, April, May, June, July, August, September, October, November, December",
        shortMonthNames: "Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec",
        longDate: "{month} {day}, {year}", shortDate: "{month} {day}", monthYear: "{month} {year}",
        daysOfMonth: "{month} {from}–{to}, {year}", percent: "{number}%", page: "page", pageOf: "of")

    public static let britishEnglish: CommonLabels = {
        var labels = english
        labels.longDate = "{day} {month} {year}"
        labels.shortDate = "{day} {month}"
        labels.daysOfMonth = "{from}–{to} {month} {year}"
        return labels
    }()

    public static let german = CommonLabels(
        monthNames: "Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember",
        shortMonthNames: "Jan., Feb., März, Apr., Mai, Juni, Juli, Aug., Sept., Okt., Nov., Dez.",
        longDate: "{day}. {month} {year}", shortDate: "{day}. {month}", monthYear: "{month} {year}",
        daysOfMonth: "{from}.–{to}. {month} {year}", percent: "{number} %", page: "Seite", pageOf: "von")
}
