/// The dashboard of a shop with thousands of clients: each table lists at most `rowLimit`
/// rows, and says so; `exports/clients.csv` has every client.
extension DashboardView {
    /// At most this many rows in each of the dashboard's client tables: at 10,000 clients, a
    /// dashboard listing every one was a 19 MB page, and building it took most of a large
    /// build's memory.
    public static let rowLimit = 250

    /// Under a table that lists some of its rows: `The 250 largest of 9,812. Every client is in
    /// exports/clients.csv.`, the file a link.
    public struct Note: TemplateView {
        public var text: String
        /// The `everyClient` sentence, around its link.
        public var before: String
        public var link: Link
        public var after: String
    }

    /// Clients by their place in `shop.clients`, each with the part of its summary a table
    /// needs (nil leaves the client out): copies of every client and summary were a quarter of
    /// a 10,000-client build's peak heap.
    static func clients<Part>(_ shop: Shop, _ summaries: [ID: ClientSummary],
                              with part: (Client, ClientSummary) -> Part?) -> [(client: Int, part: Part)] {
        shop.clients.indices.compactMap { index in
            summaries[shop.clients[index].id].flatMap { part(shop.clients[index], $0) }.map { (index, $0) }
        }
    }

    /// `items` as they are when there are at most `rowLimit`; past that, the `rowLimit` of
    /// largest `weight` (the earlier of equal ones) in their order, or the first `rowLimit`
    /// without a weight. With the note that says which were kept, when some were not.
    static func limited<Item>(_ items: [Item], largest weight: ((Item) -> Money)? = nil,
                              _ words: DashboardLabels, _ language: Language) -> (items: [Item], note: Note?) {
        guard items.count > rowLimit else { return (items, nil) }
        let shown = language.money.count(rowLimit), count = language.money.count(items.count)
        let sentence = words.everyClient.components(separatedBy: "{file}")
        func note(_ text: String) -> Note {
            Note(text: Placeholders.fill(text, ["shown": shown, "count": count]), before: sentence[0], link: Link(label: ClientsExport.path, href: ClientsExport.path),
                 after: sentence.dropFirst().joined(separator: ClientsExport.path))
        }
        guard let weight else { return (Array(items.prefix(rowLimit)), note(words.firstShown)) }
        let weights = items.map(weight)
        let kept = items.indices.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
            .prefix(rowLimit).sorted()
        return (kept.map { items[$0] }, note(words.largestShown))
    }
}
