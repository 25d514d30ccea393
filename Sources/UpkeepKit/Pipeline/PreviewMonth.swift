import Foundation

/// `upkeep preview`: the month's bills against the month before, on the terminal and as
/// `private/preview-<YYYY-MM>.html`.
public enum PreviewMonth {
    /// Returns the terminal's table and the page written.
    public static func run(_ month: Month, root: URL, today: Day, waiting: BuildLock.Waiting = .wait(notify: { _ in })) throws -> (table: String, page: URL) {
        guard month <= today.monthOf else {
            throw RequestError(description: "\(month.longText) has not begun on \(today)")
        }
        let (valid, books) = try ClientDocuments.books(root: root, today: today, statementsThrough: month)
        let context = valid.renderContext(today: today)
        let language = context.languages.business
        let preview = Stage.compute.run { MonthPreview(month, books: books, language: language) }
        let file = try Stage.render.run { try Renderer(books: books, context: context).preview(preview) }
        let page = try ClientDocuments.replaceFile(file, in: root, for: "preview", waiting: waiting)
        return (PreviewView.table(preview, language: language), page)
    }
}
