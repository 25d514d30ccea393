import Foundation

/// An office described in a file of its own, for `upkeep quote --office FILE`: front matter with
/// a client's keys for its office (`workstations`, `servers`, `services`, `visits_per_year`,
/// `calls_per_month`, `term_months`) and, optionally, a `name`; read and checked like any content
/// file. A client's own file is an office file too: its other keys are accepted and not used.
public enum OfficeFile {
    /// The office in the file at `url` (named `path` in messages), its add-ons checked against `addons`.
    public static func read(_ url: URL, path: String, minorDigits: Int, addons: [Addon]) -> Result<ExampleOffice, DiagnosticsError> {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        // Read as comparison.md is, where the example office lives (the kind only labels the parsed file).
        let found = FoundFile(kind: .comparison, path: path, location: url.path, size: size)
        let loaded: LoadedFile
        switch found.load() {
        case .failure(let problem): return .failure(DiagnosticsError([problem]))
        case .success(let file): loaded = file
        }
        var reader = ContentReader(path: path, lineOffset: loaded.lineOffset, minorDigits: minorDigits)
        var office: ExampleOffice?
        if let f = reader.fields(loaded.yaml, of: "office", accepted: Client.keys) {
            let name: String? = reader.optional("name", in: f)
            office = ExampleOffice(name: name ?? "The office in \(url.lastPathComponent)", f, &reader)
        }
        var problems = reader.diagnostics
        if let office { problems += Validator.addonReferences(office.services, from: "the office", addons: addons) }
        guard let office, problems.isEmpty else { return .failure(DiagnosticsError(problems)) }
        return .success(office)
    }
}
