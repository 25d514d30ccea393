/// Everything `templates/preview.mustache` can use: `private/preview-<YYYY-MM>.html`.
public struct PreviewView: PageView {
    public static let template = "preview"

    public struct Row: TemplateView {
        public var client: String
        public var previous: String
        public var current: String
        /// `+$120.00`, `−$35.00`
        public var change: String
        public var reasons: [String]
    }

    public struct FlagRow: TemplateView {
        public var client: String
        public var text: String
    }

    public var page: PageFrame
    public var labels: PreviewLabels
    /// `What October 2026 bills`
    public var heading: String
    /// `Each client's new charges … against September 2026, …`
    public var intro: String
    /// `No client's bill changes from September 2026.`
    public var noChange: String
    /// `Oct 2026`, `Sep 2026`: the table's columns.
    public var monthShort: String
    public var previousShort: String
    public var rows: [Row]
    public var hasRows: Bool
    public var flags: [FlagRow]
    public var hasFlags: Bool
    public var totalPrevious: String
    public var totalCurrent: String

    static func make(_ preview: MonthPreview, _ context: RenderContext) -> PreviewView {
        let language = context.languages.business
        let words = language.labels.preview, money = language.money, fill = Placeholders.fill
        let previous = language.long(preview.month.previous)
        let rows = preview.rows.map {
            Row(client: $0.client.name, previous: money.format($0.previous), current: money.format($0.current),
                change: signed($0.change, money), reasons: $0.reasons)
        }
        return PreviewView(
            // Written on its own, maybe before any build: it carries its stylesheet.
            page: context.frame(title: fill(words.pageTitle, ["month": language.long(preview.month)]), path: PreviewView.path(preview.month),
                                tree: .private, standalone: true),
            labels: words, heading: fill(words.heading, ["month": language.long(preview.month)]),
            intro: fill(words.intro, ["month": previous]), noChange: fill(words.noChange, ["month": previous]),
            monthShort: language.short(preview.month), previousShort: language.short(preview.month.previous), rows: rows, hasRows: !rows.isEmpty,
            flags: preview.flags.map { FlagRow(client: $0.client.name, text: $0.text) }, hasFlags: !preview.flags.isEmpty,
            totalPrevious: money.format(preview.rows.map(\.previous).sum()), totalCurrent: money.format(preview.rows.map(\.current).sum()))
    }

    /// `preview-2026-10.html`, in `private/`.
    public static func path(_ month: Month) -> String { "preview-\(month).html" }

    static func signed(_ amount: Money, _ money: MoneyFormat) -> String {
        amount > .zero ? "+" + money.format(amount) : money.format(amount)
    }

    /// The preview as an aligned table for a terminal: client, both months, the change, then
    /// the reasons indented beneath; the flags after.
    public static func table(_ preview: MonthPreview, language: Language) -> String {
        let words = language.labels.preview, money = language.money
        let header = [words.client, preview.month.previous.description, preview.month.description, words.change]
        let cells = preview.rows.map { [$0.client.name, money.format($0.previous), money.format($0.current), signed($0.change, money)] }
        let widths = (0..<4).map { column in ([header] + cells).map { $0[column].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row[0].padding(toLength: widths[0], withPad: " ", startingAt: 0) + (1..<4).map { column in
                "  " + String(repeating: " ", count: widths[column] - row[column].count) + row[column]
            }.joined()
        }
        var out = Placeholders.fill(words.terminalHeading, ["month": language.long(preview.month), "previous": language.long(preview.month.previous)])
            + "\n\n" + line(header) + "\n"
        for (row, cell) in zip(preview.rows, cells) {
            out += line(cell) + "\n"
            for reason in row.reasons { out += "    " + reason + "\n" }
        }
        if preview.rows.isEmpty { out += words.noRows + "\n" }
        if !preview.flags.isEmpty {
            out += "\n" + words.flagsHeading + ":\n"
            for flag in preview.flags { out += "  \(flag.client.name): \(flag.text)\n" }
        }
        return out
    }
}
