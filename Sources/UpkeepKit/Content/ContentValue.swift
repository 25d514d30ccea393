import Foundation
import Yams

/// A type that can be read from a YAML value in a content file.
public protocol ContentValue {
    /// Reads the value, or reports an error in `reader` and returns nil.
    static func read(_ node: Node, _ reader: inout ContentReader) -> Self?
}

/// A type written as one word from a fixed list, such as `maintenance` or `unlimited`.
public protocol ContentChoice: ContentValue, RawRepresentable<String>, CaseIterable {}

extension ContentChoice {
    public static func read(_ node: Node, _ reader: inout ContentReader) -> Self? {
        let choices = allCases.map(\.rawValue).joined(separator: ", ")
        guard let text = reader.scalar(node, "must be one of: \(choices)") else { return nil }
        guard let value = Self(rawValue: text) else {
            reader.invalid(node, "must be one of: \(choices)")
            return nil
        }
        return value
    }
}

extension String: ContentValue {
    public static func read(_ node: Node, _ reader: inout ContentReader) -> String? {
        guard let text = reader.scalar(node, "must be text") else { return nil }
        // Most values start and end with a visible ASCII character: nothing to trim, and no
        // need to ask Foundation (which copies the text into an NSString to find out).
        let visible = UInt8(ascii: "!")...UInt8(ascii: "~")
        let trimmed = text.utf8.first.map(visible.contains) == true && text.utf8.last.map(visible.contains) == true
            ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            reader.invalid(node, "must not be empty")
            return nil
        }
        if let (offset, scalar) = trimmed.unicodeScalars.enumerated().first(where: { isRefused($0.element) }) {
            reader.error("'\(reader.currentKey)' contains the control character \(DiagnosticText.name(of: scalar)) at character \(offset + 1); remove it",
                         at: node)
            return nil
        }
        // `<your shop's name>`: a placeholder `upkeep init` wrote, for the owner to fill in.
        if trimmed.utf8.count > 2, trimmed.utf8.first == UInt8(ascii: "<"), trimmed.utf8.last == UInt8(ascii: ">"), !trimmed.dropFirst().contains("<") {
            reader.error("fill in '\(reader.keyPath)': replace \(trimmed) with yours", at: node)
            return nil
        }
        return trimmed
    }

    /// Control characters (NUL, ESC, DEL, the C1 range): invisible in an editor, and able to
    /// forge terminal output or break a page. Tabs and line breaks are text.
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}

extension Int: ContentValue {
    /// A whole number, zero or more.
    public static func read(_ node: Node, _ reader: inout ContentReader) -> Int? {
        reader.decimal(node, fractionDigits: 0, maximum: ContentLimits.count, what: "a whole number")
    }
}

extension Bool: ContentValue {
    public static func read(_ node: Node, _ reader: inout ContentReader) -> Bool? {
        switch reader.scalar(node, "must be true or false")?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        case nil: return nil
        default:
            reader.invalid(node, "must be true or false")
            return nil
        }
    }
}

extension Money: ContentValue {
    /// A plain decimal amount with at most the currency's decimals, zero or more: `45.00`.
    public static func read(_ node: Node, _ reader: inout ContentReader) -> Money? {
        reader.money(node, allowNegative: false)
    }
}

extension Hours: ContentValue {
    /// Hours with at most two decimals: `1.5`, `0.25`.
    public static func read(_ node: Node, _ reader: inout ContentReader) -> Hours? {
        reader.decimal(node, fractionDigits: 2, maximum: ContentLimits.hours * 100, what: "a number of hours such as 1.5")
            .map(Hours.init(hundredths:))
    }
}



extension Day: ContentValue {
    public static func read(_ node: Node, _ reader: inout ContentReader) -> Day? {
        let requirement = "must be a date written YYYY-MM-DD"
        guard let text = reader.scalar(node, requirement) else { return nil }
        switch Day.parse(text) {
        case .success(let day) where ContentLimits.days.contains(day): return day
        case .success: reader.invalid(node, "is out of range: \(ContentLimits.daysText)")
        case .failure(.notADate): reader.invalid(node, requirement)
        case .failure(.noSuchDay(let name, let year, let days)):
            reader.error("'\(text)' is not a date: \(name) \(year) has \(days) days", at: node)
        }
        return nil
    }
}

extension Array: ContentValue where Element: ContentValue {
    public static func read(_ node: Node, _ reader: inout ContentReader) -> [Element]? {
        guard case .sequence(let sequence) = node else {
            reader.invalid(node, "must be a list (lines starting with '- ')")
            return nil
        }
        var result: [Element] = []
        var complete = true
        for item in sequence {
            if let value = Element.read(item, &reader) { result.append(value) } else { complete = false }
        }
        return complete ? result : nil
    }
}



extension Quantity: ContentValue {
    /// A number with at most two decimals: `1.5`.
    public static func read(_ node: Node, _ reader: inout ContentReader) -> Quantity? {
        reader.decimal(node, fractionDigits: 2, maximum: ContentLimits.count * 100, what: "a number such as 1.5")
            .map(Quantity.init(hundredths:))
    }
}

extension Percentage: ContentValue {
    public static func read(_ node: Node, _ reader: inout ContentReader) -> Percentage? {
        let requirement = "must be a percentage such as 5%"
        guard let text = reader.scalar(node, requirement) else { return nil }
        guard text.hasSuffix("%") else {
            reader.invalid(node, requirement)
            return nil
        }
        let number = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
        switch DecimalText.parse(number, fractionDigits: 4) {
        case .success(let value) where value < 0:
            reader.invalid(node, "cannot be negative")
        case .success(let value) where value > 1_000_000:
            reader.invalid(node, "must be at most 100%")
        case .success(let value):
            // Four decimals of a percent are exactly millionths: 7.25% is 72,500 per million.
            return Percentage(Ratio(perMillion: value))
        case .failure(.tooManyDecimals):
            reader.invalid(node, "allows at most 4 decimals")
        case .failure:
            reader.invalid(node, requirement)
        }
        return nil
    }
}

extension Multiplier: ContentValue {
    public static func read(_ node: Node, _ reader: inout ContentReader) -> Multiplier? {
        guard let value = reader.decimal(node, fractionDigits: 6, maximum: ContentLimits.multiplier * Ratio.scale,
                                         what: "a multiplier such as 1.5") else { return nil }
        return Multiplier(Ratio(perMillion: value))
    }
}

extension Located: ContentValue where Value: ContentValue {
    public static func read(_ node: Node, _ reader: inout ContentReader) -> Located? {
        Value.read(node, &reader).map { Located($0, at: reader.location(of: node)) }
    }
}

extension ID: ContentValue {
    /// Ids name output files, so they are restricted to a safe alphabet.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= ContentLimits.idLength,
              ("a"..."z").contains(first) || ("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    public static func read(_ node: Node, _ reader: inout ContentReader) -> ID? {
        let requirement = "must be an id of lowercase letters, digits and dashes, such as 'acme-dental'"
        guard let text = reader.scalar(node, requirement) else { return nil }
        guard isValid(text) else {
            reader.invalid(node, text.unicodeScalars.count > ContentLimits.idLength
                ? "is \(text.unicodeScalars.count) characters long; ids are at most \(ContentLimits.idLength)" : requirement)
            return nil
        }
        return ID(text)
    }
}
