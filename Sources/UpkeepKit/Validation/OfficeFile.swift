import Foundation

/// An office described in a file of its own, for `upkeep quote --office FILE`: front matter with
/// the keys of `comparison.md`'s `example_office` (`name`, `workstations`, `servers`, `services`,
/// `visits_per_year`, `calls_per_month`, `term_months`), read and checked like any content file.
public enum OfficeFile {
    /// The office in the file at `url` (named `path` in messages), its add-ons checked against `addons`.
    public static func read(_ url: URL, path: String, minorDigits: Int, addons: [Addon]) -> Result<ExampleOffice, DiagnosticsError> {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let found = FoundFile(kind: .comparison, path: path, location: url.path, size: size)
        let loaded: LoadedFile
        switch found.load() {
        case .failure(let problem): return .failure(DiagnosticsError([problem]))
        case .success(let file): loaded = file
        }
        var reader = ContentReader(path: path, lineOffset: loaded.lineOffset, minorDigits: minorDigits)
        let office = ExampleOffice.read(loaded.yaml, &reader)
        var problems = reader.diagnostics
        if let office { problems += Validator.addonReferences(office.services, from: "the office", addons: addons) }
        guard let office, problems.isEmpty else { return .failure(DiagnosticsError(problems)) }
        return .success(office)
    }
}
