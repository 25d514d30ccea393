import Yams

/// A `locale:` such as `en_US` or `de_DE`: a language Upkeep has labels for (its own, or its
/// language's: `de_AT` takes `de_DE`'s labels and Austrian formats).
struct LocaleName: ContentValue {
    var identifier: String

    static func read(_ node: Node, _ r: inout ContentReader) -> LocaleName? {
        let supported = Labels.builtIn.keys.sorted().joined(separator: ", ")
        guard let text = r.scalar(node, "must be a locale such as en_US") else { return nil }
        let parts = text.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[0].allSatisfy({ ("a"..."z").contains($0) }),
              parts[1].count == 2, parts[1].allSatisfy({ ("A"..."Z").contains($0) }) else {
            r.invalid(node, "must be a locale written language_COUNTRY, such as en_US or de_DE")
            return nil
        }
        guard Labels.builtIn(for: text) != nil else {
            r.invalid(node, "is a language Upkeep has no labels for; languages: \(supported) (and their other countries, such as de_AT)")
            return nil
        }
        return LocaleName(identifier: text)
    }
}
