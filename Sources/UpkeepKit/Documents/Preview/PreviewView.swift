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
    /// `October 2026`
    public var month: String
    public var previousMonth: String
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
        let money = context.money
        let rows = preview.rows.map {
            Row(client: $0.client.name, previous: money.format($0.previous), current: money.format($0.current),
                change: signed($0.change, money), reasons: $0.reasons)
        }
        return PreviewView(
            // Written on its own, maybe before any build: it carries its stylesheet.
            page: context.frame(title: "Preview of \(preview.month.longText)", path: PreviewView.path(preview.month), tree: .private,
                                standalone: true),
            month: preview.month.longText, previousMonth: preview.month.previous.longText,
            monthShort: "\(preview.month.abbreviation) \(preview.month.year)",
            previousShort: "\(preview.month.previous.abbreviation) \(preview.month.previous.year)", rows: rows, hasRows: !rows.isEmpty,
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
    public static func table(_ preview: MonthPreview, money: MoneyFormat) -> String {
        let header = ["Client", preview.month.previous.description, preview.month.description, "Change"]
        let cells = preview.rows.map { [$0.client.name, money.format($0.previous), money.format($0.current), signed($0.change, money)] }
        let widths = (0..<4).map { column in ([header] + cells).map { $0[column].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row[0].padding(toLength: widths[0], withPad: " ", startingAt: 0) + (1..<4).map { column in
                "  " + String(repeating: " ", count: widths[column] - row[column].count) + row[column]
            }.joined()
        }
        var out = "What \(preview.month.longText) bills, against \(preview.month.previous.longText)\n\n" + line(header) + "\n"
        for (row, cell) in zip(preview.rows, cells) {
            out += line(cell) + "\n"
            for reason in row.reasons { out += "    " + reason + "\n" }
        }
        if preview.rows.isEmpty { out += "(no client's bill changes)\n" }
        if !preview.flags.isEmpty {
            out += "\nTo look at before sending:\n"
            for flag in preview.flags { out += "  \(flag.client.name): \(flag.text)\n" }
        }
        return out
    }
}
