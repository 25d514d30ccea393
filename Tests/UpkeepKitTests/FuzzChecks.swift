/// The properties the fuzz targets (Fuzz/, run by Scripts/fuzz) check on any input; the test
/// suite replays their corpus through the same functions. Scripts/fuzz compiles this file into
/// the fuzz targets with the library's sources, without the import below.
@testable import UpkeepKit

/// Splitting never crashes, and a successful split keeps its promises.
func checkFrontMatterSplit(_ text: String) {
    guard case .success(let document) = Document.split(SourceFile(path: "content/x.md", text: text)) else { return }
    for line in document.frontMatter.split(separator: "\n", omittingEmptySubsequences: false) {
        precondition(line.trimmingTrailingSpaces != "---" && line.trimmingTrailingSpaces != "...", "a closing line inside the front matter")
    }
    precondition(document.file.text.hasSuffix(document.body), "the body is not the end of the file")
}

/// Whatever parses prints back to the same value.
func checkNumbersAndDates(_ text: String) {
    for digits in [0, 2, 3, 4, 6] {
        if case .success(let value) = DecimalText.parse(text, fractionDigits: digits) {
            precondition(DecimalText.parse(DecimalText.format(value, fractionDigits: digits), fractionDigits: digits) == .success(value),
                         "decimal round trip")
        }
    }
    if case .success(let day) = Day.parse(text) {
        precondition(day.description == text, "date round trip")
        precondition(Day(ordinal: day.ordinal) == day, "ordinal round trip")
    }
    if let month = Month(text) {
        precondition(month.description == text, "month round trip")
    }
    // Money arithmetic on any parsed amount: rounding stays within half a unit.
    if case .success(let cents) = DecimalText.parse(text, fractionDigits: 2), abs(cents) < 1 << 40 {
        let money = Money(minorUnits: Int128(cents))
        let third = money.scaled(by: 1, over: 3)
        precondition(abs(third.minorUnits * 3 - Int128(cents)) <= 2, "rounding beyond half a cent")
    }
}

/// Any text read as any kind of content file gives diagnostics, never a crash, and each
/// diagnostic points at a line of the file.
func checkContentFile(_ text: String) {
    let kinds: [ContentKind] = [.business, .priceBook, .comparison, .plan, .client, .contract, .ledger(Month("2026-11")!), .page]
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).count
    for kind in kinds {
        for diagnostic in Validator.problems(in: text, kind: kind, path: "content/x.md") {
            precondition(diagnostic.line >= 1 && diagnostic.line <= max(lines, 1) + 1, "a diagnostic outside the file: \(diagnostic)")
            precondition(!diagnostic.message.isEmpty, "an empty message")
        }
    }
}
