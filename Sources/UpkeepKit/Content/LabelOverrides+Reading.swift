import Yams

extension LabelOverrides {
    /// A mapping of tables (`statement:`, `proposal:`…) to labels and their new text. Each
    /// label must exist, and keep the `{placeholders}` of the built-in text.
    static func read(locale: String, _ node: Node, _ r: inout ContentReader) -> LabelOverrides? {
        guard let base = Labels.builtIn(for: locale) else {
            r.error("content/labels/\(locale).md is for a locale Upkeep has no labels for; name it after one such as en_US, en_GB or de_DE", at: node)
            return nil
        }
        guard let tables = r.fields(node, of: "labels", accepted: Labels.tableNames) else { return nil }
        var entries: [Entry] = []
        for table in Labels.tableNames {
            guard let tableNode = tables.values[table]?.value else { continue }
            let names = Labels.names(table: table)
            guard let labels = r.fields(tableNode, of: "\(table) labels", accepted: names) else { continue }
            for name in names {
                guard let node = labels.values[name]?.value else { continue }
                guard case .scalar(let scalar) = node else {
                    r.error("'\(name)' must be a text", at: node)
                    continue
                }
                let builtIn = base.label(table: table, name) ?? ""
                let expected = Placeholders.names(in: builtIn), found = Placeholders.names(in: scalar.string)
                guard expected == found else {
                    let list = { (names: [String]) in names.isEmpty ? "none" : names.map { "{\($0)}" }.joined(separator: ", ") }
                    r.error("'\(name)' must keep the placeholders of the built-in label (\(list(expected))); found \(list(found))", at: node)
                    continue
                }
                if name.hasSuffix("MonthNames"), scalar.string.split(separator: ",").count != 12 {
                    r.error("'\(name)' must name the twelve months, separated by commas", at: node)
                    continue
                }
                entries.append(Entry(table: table, name: name, text: scalar.string))
            }
        }
        return LabelOverrides(locale: locale, entries: entries)
    }
}
