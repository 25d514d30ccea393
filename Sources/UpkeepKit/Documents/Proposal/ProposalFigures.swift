import Foundation

/// The figures of a proposal as written, kept as `.upkeep-proposals/<client>/<fingerprint>.txt`
/// beside the output trees (so a build's trees stay a function of its content and day, and the
/// records outlive them), so that `upkeep accept` can say which figures changed when the
/// content moved on after the client signed. One `label: value` line each (values never hold ": ").
public struct ProposalFigures: Sendable {
    public var client: ID
    public var fingerprint: String
    public var lines: [(label: String, value: String)]

    /// The folder of a client's records, relative to the output folder.
    public static func folder(_ client: ID) -> String { ".upkeep-proposals/\(client)" }

    /// Where the record of the proposal with `fingerprint` is kept, relative to the output folder.
    public static func path(_ client: ID, fingerprint: String) -> String { folder(client) + "/\(fingerprint).txt" }

    init(_ proposal: Proposal, fingerprint: String, money: MoneyFormat) {
        client = proposal.client.id
        self.fingerprint = fingerprint
        var lines: [(String, String)] = [
            ("Proposal", proposal.number), ("Date", proposal.date.description), ("Valid until", proposal.validUntil.description),
            ("Recommended plan", proposal.recommended.planName),
        ]
        for quote in proposal.quotes {
            lines += [("\(quote.planName), monthly total", money.format(quote.monthlyTotal)),
                      ("\(quote.planName), onboarding", money.format(quote.onboardingTotal)),
                      ("\(quote.planName), first month", money.format(quote.firstMonthTotal))]
        }
        let recommended = proposal.recommended
        lines += [("Workstations covered", String(recommended.coveredWorkstations)), ("Servers covered", String(recommended.coveredServers))]
        lines += proposal.optionalAddons.map { ("Optional \($0.addon.name), a month", money.format($0.monthlyEffect)) }
        self.lines = lines
    }

    /// `Client: …`, `Fingerprint: …`, then the lines.
    public var text: String {
        "Client: \(client)\nFingerprint: \(fingerprint)\n" + lines.map { "\($0.label): \($0.value)\n" }.joined()
    }

    /// Reads a record back; nil when it is not one.
    public init?(text: String) {
        var lines: [(String, String)] = []
        var client: String?, fingerprint: String?
        for line in text.split(separator: "\n") {
            guard let colon = line.range(of: ": ", options: .backwards) else { return nil }
            let label = String(line[..<colon.lowerBound]), value = String(line[colon.upperBound...])
            switch label {
            case "Client" where client == nil: client = value
            case "Fingerprint" where fingerprint == nil: fingerprint = value
            default: lines.append((label, value))
            }
        }
        guard let client, let fingerprint else { return nil }
        self.client = ID(client)
        self.fingerprint = fingerprint
        self.lines = lines
    }

    /// The value of `label`, if the record has it.
    public subscript(label: String) -> String? { lines.first { $0.label == label }?.value }

    /// What differs from `other`: each label whose value changed, appeared or went, in this
    /// record's order then the other's, as `label: was → now`.
    public func differences(to other: ProposalFigures) -> [String] {
        var changes: [String] = []
        for (label, value) in lines where label != "Date" && label != "Valid until" {
            let now = other[label]
            if now != value { changes.append("\(label): \(value) → \(now ?? "(gone)")") }
        }
        for (label, value) in other.lines where self[label] == nil && label != "Date" && label != "Valid until" {
            changes.append("\(label): (none) → \(value)")
        }
        return changes
    }
}

extension ProposalFigures {
    /// Writes the record into the output folder `output` (once per fingerprint: a record never changes).
    func record(in output: URL) throws {
        let url = output.appendingPathComponent(Self.path(client, fingerprint: fingerprint))
        try PlainFile.createFolderAndWrite(Array(text.utf8), at: url.path)
    }
}
