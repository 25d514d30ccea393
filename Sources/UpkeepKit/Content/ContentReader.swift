import Yams

/// Reads one file's front matter into typed values, collecting every problem instead of
/// stopping at the first.
///
/// Mappings are strict: a key that is not accepted is an error that lists the accepted keys
/// (and suggests the closest one), so a typo never passes silently.
public struct ContentReader {
    public let path: String
    /// Added to YAML line numbers to give file line numbers.
    let lineOffset: Int
    /// Decimals of the business's currency (2 for USD, 0 for JPY).
    var minorDigits: Int
    /// The business's currency code, once read (a US routing number is checked only for USD).
    var currencyCode: String?
    public private(set) var diagnostics: [Diagnostic] = []
    /// The key being read, for messages such as `'count' must be a whole number`.
    private var keys: [String] = []

    public init(path: String, lineOffset: Int, minorDigits: Int) {
        self.path = path
        self.lineOffset = lineOffset
        self.minorDigits = minorDigits
    }

    public func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(path: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    public mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(path: location.path, line: location.line, column: location.column, message: message))
    }

    public mutating func error(_ message: String, at node: Node) {
        error(message, at: location(of: node))
    }

    /// The key being read, for messages.
    var currentKey: String { keys.last ?? "the front matter" }
    /// The keys down to it: `owner.name`.
    var keyPath: String { keys.isEmpty ? "the front matter" : keys.joined(separator: ".") }

    /// Reports that the value at `node` is not acceptable for the current key:
    /// `'count' must be a whole number, found 'abc'`.
    mutating func invalid(_ node: Node, _ requirement: String) {
        let found: String
        switch node {
        case .scalar(let s): found = "'\(s.string)'"
        case .mapping: found = "a mapping of keys"
        case .sequence: found = "a list"
        case .alias: found = "an alias"
        }
        let subject = keys.last.map { "'\($0)'" } ?? "the front matter"
        error("\(subject) \(requirement), found \(found)", at: node)
    }

    /// The text of a scalar, or nil (with an error) for lists, mappings and empty values.
    mutating func scalar(_ node: Node, _ requirement: String) -> String? {
        guard case .scalar(let s) = node else {
            invalid(node, requirement)
            return nil
        }
        return s.string
    }

    // MARK: Mappings

    /// Checks that `node` is a mapping whose keys are all among `accepted`.
    public mutating func fields(_ node: Node, of kind: String, accepted: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            if case .scalar(let s) = node, s.string.isEmpty, keys.isEmpty {
                error("the front matter is empty; a \(kind) needs: \(accepted.joined(separator: ", "))", at: node)
            } else if keys.isEmpty {
                invalid(node, "must be keys with values (\(accepted.joined(separator: ", ")))")
            } else {
                invalid(node, "must be a mapping of keys (\(accepted.joined(separator: ", ")))")
            }
            return nil
        }
        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case .scalar(let k) = key else {
                error("a key must be a plain word, such as '\(accepted[0])'", at: key)
                continue
            }
            if accepted.contains(k.string) {
                values[k.string] = (key, value)
            } else {
                var message = "unknown key '\(k.string)' in \(kind)"
                if let near = Suggestion.closest(to: k.string, among: accepted) {
                    message += " (did you mean '\(near)'?)"
                }
                message += "; accepted keys: \(accepted.sorted().joined(separator: ", "))"
                error(message, at: key)
            }
        }
        return Fields(kind: kind, node: node, values: values)
    }

    /// The value of a key that must be present.
    public mutating func required<T: ContentValue>(_ key: String, in fields: Fields) -> T? {
        guard let entry = fields.values[key], !entry.value.isNullScalar else {
            let at = fields.values[key]?.key ?? fields.node
            error("missing required key '\(key)' in \(fields.kind)", at: at)
            return nil
        }
        return read(key, entry.value)
    }

    /// The value of a key that may be left out.
    public mutating func optional<T: ContentValue>(_ key: String, in fields: Fields) -> T? {
        guard let entry = fields.values[key], !entry.value.isNullScalar else { return nil }
        return read(key, entry.value)
    }

    /// The value of a key that may be left out, or its default.
    public mutating func optional<T: ContentValue>(_ key: String, in fields: Fields, default value: T) -> T {
        optional(key, in: fields) ?? value
    }

    /// A term in months read from `key` (nil when absent): at most `ContentLimits.termMonths`.
    public mutating func termMonths(_ key: String, in fields: Fields, required: Bool = false) -> Int? {
        guard let value: Int = required ? self.required(key, in: fields) : optional(key, in: fields) else { return nil }
        guard value <= ContentLimits.termMonths else {
            error("'\(key)' is too large: at most \(ContentLimits.termMonths) months (see Limits in docs/content-format.md)",
                  at: fields.values[key]!.value)
            return nil
        }
        return value
    }

    /// Where a key was written (its key's position), or the mapping's when it is absent.
    public func location(of key: String, in fields: Fields) -> SourceLocation {
        location(of: fields.values[key]?.key ?? fields.node)
    }

    mutating func read<T: ContentValue>(_ key: String, _ node: Node) -> T? {
        keys.append(key)
        defer { keys.removeLast() }
        return T.read(node, &self)
    }

    /// Parses a decimal scalar of at most `maximum` (in units of the last decimal) either side
    /// of zero, reporting problems with the current key.
    mutating func decimal(_ node: Node, fractionDigits: Int, maximum: Int, what: String, allowNegative: Bool = false) -> Int? {
        guard let text = scalar(node, "must be \(what)") else { return nil }
        let tooLarge = "is too large: at most \(DecimalText.format(maximum, fractionDigits: fractionDigits)) (see Limits in docs/content-format.md)"
        switch DecimalText.parse(text, fractionDigits: fractionDigits) {
        case .success(let value):
            if value < 0 && !allowNegative {
                invalid(node, "cannot be negative")
                return nil
            }
            if value.magnitude > maximum.magnitude {
                invalid(node, tooLarge)
                return nil
            }
            return value
        case .failure(.tooManyDecimals(let allowed)):
            invalid(node, allowed == 0 ? "must be a whole number" : "allows at most \(allowed) decimal\(allowed == 1 ? "" : "s")")
        case .failure(.tooLarge):
            invalid(node, tooLarge)
        case .failure(.notANumber):
            if text.first.map({ !$0.isNumber && $0 != "-" && $0 != "." }) ?? false, text.dropFirst().first?.isNumber == true {
                invalid(node, "must be \(what) written without a currency sign, such as 45.00")
            } else {
                invalid(node, "must be \(what)")
            }
        }
        return nil
    }
}

/// A mapping whose keys have been checked against the accepted ones.
public struct Fields {
    public let kind: String
    public let node: Node
    let values: [String: (key: Node, value: Node)]

    public func has(_ key: String) -> Bool { values[key] != nil }
}

extension Node {
    var isNullScalar: Bool {
        guard case .scalar(let s) = self, s.style == .plain else { return false }
        return s.string.isEmpty || s.string == "~" || s.string == "null"
    }
}


extension ContentReader {
    /// An amount in the business's currency, within the limit for amounts; negative only when
    /// `allowNegative`.
    mutating func money(_ node: Node, allowNegative: Bool) -> Money? {
        decimal(node, fractionDigits: minorDigits, maximum: ContentLimits.amount(minorDigits: minorDigits),
                what: "an amount such as 45.00", allowNegative: allowNegative)
            .map { Money(minorUnits: Int128($0)) }
    }

    /// An amount that may be negative (a balance in credit).
    mutating func signedMoney(_ key: String, _ node: Node) -> Money? {
        keys.append(key)
        defer { keys.removeLast() }
        return money(node, allowNegative: true)
    }
}
