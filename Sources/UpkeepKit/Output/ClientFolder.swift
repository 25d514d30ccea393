/// Where a client's documents are written in `private/`: all of them in one folder,
/// `clients/<client>/`, the client's file.
///
/// A folder per client, not per kind of document or per month, keeps every folder small
/// however many clients there are: a file system pays for a large folder on every file created
/// in it (measured in docs/performance.md).
public enum ClientFolder {
    /// `clients/<client>`.
    public static func path(_ client: ID) -> String { "clients/\(client)" }

    /// `clients/<client>/proposal.html`.
    public static func proposal(_ client: ID) -> String { path(client) + "/proposal.html" }

    /// `clients/<client>/comparison.html`.
    public static func comparison(_ client: ID) -> String { path(client) + "/" + comparisonName }

    /// The comparison sheet's name in its folder, for links from the client's other documents.
    public static let comparisonName = "comparison.html"

    /// `clients/<client>/statement-<YYYY-MM>.html`.
    public static func statement(_ client: ID, _ month: Month) -> String { path(client) + "/statement-\(month).html" }

    /// `clients/<client>/review-<YYYY>-Q<n>.html`.
    public static func review(_ client: ID, _ quarter: Quarter) -> String { path(client) + "/review-\(quarter).html" }

    /// The PDF that `--pdf` prints beside a page: `statement-2026-10.pdf` beside `statement-2026-10.html`.
    public static func pdf(beside page: String) -> String { String(page.dropLast("html".count)) + "pdf" }
}
