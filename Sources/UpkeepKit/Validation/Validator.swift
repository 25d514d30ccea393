import Foundation
import Yams

/// Stage 2 of the pipeline: turns parsed files into the typed `Shop`, then checks what no single
/// file can: ids, references between files, overlapping contracts. Reports every problem.
public enum Validator {
    /// Loads and validates the business folder at `root`.
    public static func validate(root: URL) -> Result<Shop, DiagnosticsError> {
        validate(ContentLoader.load(root: root))
    }

    /// A file read into its typed value.
    enum Item: Sendable {
        case business(Business), priceBook(PriceBook), comparison(ComparisonSettings), plan(Plan), client(Client)
        case contract(Contract), ledger(LedgerMonth), page(Page), closing(MonthClosing), labels(LabelOverrides)
    }

    /// Reads one file into its typed value, with its problems.
    static func read(_ found: FoundFile, minorDigits: Int) -> (Item?, [Diagnostic]) {
        switch found.load() {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let file): return read(file, minorDigits: minorDigits)
        }
    }

    /// The problems of one content file's text, read as a file of `kind` at `path`: what
    /// `upkeep check` would say of it alone (references to other files are not checked). The
    /// YAML fuzz target and its corpus replay go through here.
    static func problems(in text: String, kind: ContentKind, path: String) -> [Diagnostic] {
        switch ContentLoader.parse(SourceFile(path: path, text: text), kind: kind) {
        case .failure(let diagnostic): return [diagnostic]
        case .success(let file): return read(file, minorDigits: 2).1
        }
    }

    static func read(_ file: LoadedFile, minorDigits: Int) -> (Item?, [Diagnostic]) {
        var reader = ContentReader(path: file.path, lineOffset: file.lineOffset, minorDigits: minorDigits)
        let id = ID(file.id)
        if idFolder(file.kind) != nil, !ID.isValid(file.id) {
            let length = file.id.unicodeScalars.count
            reader.error(length > ContentLimits.idLength
                            ? "the file name '\(file.id).md' is used as an id and is \(length) characters long; ids are at most \(ContentLimits.idLength)"
                            : "the file name '\(file.id).md' is used as an id and must be lowercase letters, digits and dashes, such as 'acme-dental.md'",
                         at: SourceLocation(path: file.path, line: 1, column: 1))
        }
        let item: Item?
        switch file.kind {
        case .business: item = Business.read(file.yaml, body: file.body, &reader).map(Item.business)
        case .priceBook: item = PriceBook.read(file.yaml, &reader).map(Item.priceBook)
        case .comparison: item = ComparisonSettings.read(file.yaml, body: file.body, &reader).map(Item.comparison)
        case .plan: item = Plan.read(id: id, file.yaml, body: file.body, &reader).map(Item.plan)
        case .client: item = Client.read(id: id, file.yaml, body: file.body, &reader).map(Item.client)
        case .contract: item = Contract.read(id: id, file.yaml, body: file.body, &reader).map(Item.contract)
        case .ledger(let month): item = LedgerMonth.read(month: month, file.yaml, body: file.body, &reader).map(Item.ledger)
        case .page: item = Page.read(id: id, file.yaml, body: file.body, &reader).map(Item.page)
        case .closing(let month): item = MonthClosing.read(month: month, file.yaml, &reader).map(Item.closing)
        case .labels(let locale): item = LabelOverrides.read(locale: locale, file.yaml, &reader).map(Item.labels)
        }
        return (item, reader.diagnostics)
    }

    public static func validate(_ content: LoadedContent) -> Result<Shop, DiagnosticsError> {
        let files = content.files
        var diagnostics = content.diagnostics
        var business: Business?
        var priceBook: PriceBook?
        var comparison: ComparisonSettings?
        var plans: [Plan] = [], clients: [Client] = [], contracts: [Contract] = []
        var ledger: [LedgerMonth] = [], pages: [Page] = [], closings: [MonthClosing] = [], labels: [LabelOverrides] = []

        // Ids come from file names, which must be unique within a folder and its sub-folders.
        var seen: [String: String] = [:]
        for file in files {
            guard let folder = idFolder(file.kind) else { continue }
            let id = ContentLoader.id(of: file.path)
            if let other = seen[folder + "/" + id] {
                diagnostics.append(Diagnostic(path: file.path, line: 1, column: 1,
                                              message: "duplicate \(folder.dropLast()) id '\(id)': \(other) has the same file name"))
            }
            seen[folder + "/" + id] = file.path
        }
        // The business file first: its currency decides how many decimals amounts may have.
        var minorDigits = 2
        for file in files where file.kind == .business {
            let (item, problems) = read(file, minorDigits: 2)
            diagnostics += problems
            if case .business(let b)? = item {
                business = b
                minorDigits = b.currency.minorDigits
            }
        }
        // The other files on every core, in batches. The ledger's first: its files hold the largest
        // YAML trees (a month's entries for many clients), which glibc's allocator builds and frees
        // faster while the heap is small (docs/performance.md). Ledger parts keep their order; problems are printed by file and line
        // whatever the order they were found in.
        let others = files.filter { $0.kind.isLedger } + files.filter { !$0.kind.isLedger && $0.kind != .business }
        for start in stride(from: 0, to: others.count, by: 512) {
            let batch = Array(others[start..<min(start + 512, others.count)])
            let digits = minorDigits
            let results = Parallel.map(batch) { read($0, minorDigits: digits) }
            for (item, problems) in results {
                diagnostics += problems
                switch item {
                case .priceBook(let value)?: priceBook = value
                case .comparison(let value)?: comparison = value
                case .plan(let value)?: plans.append(value)
                case .client(let value)?: clients.append(value)
                case .contract(let value)?: contracts.append(value)
                case .ledger(let value)?: ledger.append(value)
                case .page(let value)?: pages.append(value)
                case .closing(let value)?: closings.append(value)
                case .labels(let value)?: labels.append(value)
                case .business?, nil: break
                }
            }
        }
        if !files.contains(where: { $0.kind == .business }) {
            diagnostics.append(Diagnostic(path: "content/business.md", line: 1, column: 1, message: "missing: every business folder needs content/business.md"))
        }
        if !files.contains(where: { $0.kind == .priceBook }) {
            diagnostics.append(Diagnostic(path: "content/pricebook.md", line: 1, column: 1, message: "missing: every business folder needs content/pricebook.md"))
        }
        plans.sort { ($0.order, $0.id) < ($1.order, $1.id) }
        clients.sort { $0.id < $1.id }
        contracts.sort { $0.id < $1.id }
        diagnostics += LedgerMonth.oversizedMessages(ledger)
        ledger = LedgerMonth.merged(consume ledger)
        pages.sort { $0.id < $1.id }
        closings.sort { $0.month < $1.month }
        for closing in closings {
            for statement in closing.statements where !present(.client, in: files).contains(statement.client.value) {
                diagnostics.append(Diagnostic(at: statement.client.location,
                                              message: "\(closing.month.longText) is closed with a statement for client '\(statement.client.value)', but there is no content/clients/\(statement.client.value).md: a client with issued statements stays (mark it 'status: former')"))
            }
        }
        // References are checked even when the business or price book failed, so that one run
        // reports everything.
        diagnostics += crossCheck(plans: plans, clients: clients, contracts: contracts, ledger: ledger,
                                  exampleOffice: comparison?.exampleOffice, addons: priceBook?.addons,
                                  clientIDs: present(.client, in: files), planIDs: present(.plan, in: files))
        let comparisonFailed = files.contains { $0.kind == .comparison } && comparison == nil
        guard let business, let priceBook, !comparisonFailed, diagnostics.isEmpty else { return .failure(DiagnosticsError(diagnostics)) }
        return .success(Shop(business: business, priceBook: priceBook, comparison: comparison ?? .defaults, plans: plans,
                             clients: clients, contracts: contracts, ledger: ledger, pages: pages, closings: closings,
                             labels: labels.sorted { $0.locale < $1.locale }))
    }

    /// Ids of every file of `kind`, read or not, so that references to a broken file are not
    /// reported a second time as dangling.
    private static func present(_ kind: ContentKind, in files: [FoundFile]) -> Set<ID> {
        Set(files.filter { $0.kind == kind }.map { ID(ContentLoader.id(of: $0.path)) })
    }

    /// Folders whose file names are ids that must be unique, including across sub-folders.
    private static func idFolder(_ kind: ContentKind) -> String? {
        switch kind {
        case .client: "clients"
        case .contract: "contracts"
        case .plan: "plans"
        case .page: "pages"
        default: nil
        }
    }

    /// Checks between files: every reference resolves, nothing is listed twice, contracts
    /// of one client do not overlap.
    /// `addons` is nil when the price book could not be read: add-on references are then not checked.
    /// Each of `refs` that names no add-on of the price book, or names one twice.
    static func addonReferences(_ refs: [Located<ID>], from what: String, addons: [Addon]) -> [Diagnostic] {
        let ids = Set(addons.map(\.id.value))
        var listed: Set<ID> = []
        return refs.compactMap { ref in
            if !ids.contains(ref.value) {
                let known = addons.map(\.id.value.rawValue).joined(separator: ", ")
                let hint = Suggestion.closest(to: ref.value.rawValue, among: ids.map(\.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""
                return Diagnostic(at: ref.location, message: "\(what) refers to add-on '\(ref.value)', which the price book does not list\(hint); add-ons: \(known)")
            }
            return listed.insert(ref.value).inserted ? nil : Diagnostic(at: ref.location, message: "add-on '\(ref.value)' is listed twice")
        }
    }

    static func crossCheck(plans: [Plan], clients: [Client], contracts: [Contract], ledger: [LedgerMonth],
                           exampleOffice: ExampleOffice?, addons allAddons: [Addon]?, clientIDs: Set<ID>, planIDs: Set<ID>) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func error(_ message: String, _ at: SourceLocation) {
            out.append(Diagnostic(path: at.path, line: at.line, column: at.column, message: message))
        }

        /// ` (did you mean 'x'?)` when a known id is close to `id`.
        func hint(_ id: ID, among known: some Sequence<ID>) -> String {
            Suggestion.closest(to: id.rawValue, among: known.map(\.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""
        }
        func client(_ ref: Located<ID>, from what: String) {
            if !clientIDs.contains(ref.value) {
                error("\(what) refers to client '\(ref.value)', but there is no content/clients/\(ref.value).md\(hint(ref.value, among: clientIDs))", ref.location)
            }
        }
        func plan(_ ref: Located<ID>, from what: String) {
            if !planIDs.contains(ref.value) {
                let known = planIDs.sorted().map(\.rawValue).joined(separator: ", ")
                error("\(what) refers to plan '\(ref.value)', but there is no content/plans/\(ref.value).md\(hint(ref.value, among: planIDs)); plans: \(known)", ref.location)
            }
        }
        func addons(_ refs: [Located<ID>], from what: String) {
            if let allAddons { out += addonReferences(refs, from: what, addons: allAddons) }
        }

        var addonSeen: Set<ID> = []
        for addon in allAddons ?? [] where !addonSeen.insert(addon.id.value).inserted {
            error("duplicate add-on id '\(addon.id.value)' in the price book", addon.id.location)
        }
        for plan in plans { addons(plan.includedAddons, from: "plan '\(plan.id)'") }
        let recommended = plans.filter(\.recommended)
        for plan in recommended.dropFirst() {
            error("plans '\(recommended[0].id)' and '\(plan.id)' both say 'recommended: true'; the pricing page marks one plan as the one most offices choose", plan.location)
        }
        for client in clients {
            addons(client.services, from: "client '\(client.id)'")
            if let recommend = client.recommend { plan(recommend, from: "client '\(client.id)'") }
        }
        if let exampleOffice { addons(exampleOffice.services, from: "the example office") }
        for contract in contracts {
            let what = "contract '\(contract.id)'"
            client(contract.client, from: what)
            plan(contract.terms.plan, from: what)
            addons(contract.terms.addons, from: what)
            for change in contract.changes {
                if let p = change.plan { plan(p, from: what) }
                if let a = change.addons { addons(a, from: what) }
                if let end = contract.end, change.from.value > end {
                    error("a change from \(change.from.value) comes after the contract's end (\(end))", change.from.location)
                }
            }
        }
        // Each client's contracts in order of start, each against the one of those before it
        // that runs longest: linear after the sort, however many contracts a client has.
        let byClient = Dictionary(grouping: contracts, by: \.client.value)
        for clientID in byClient.keys.sorted() {
            var longest: Contract?
            for b in byClient[clientID]!.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
                if let earlier = longest, earlier.end.map({ b.start <= $0 }) ?? true {
                    // Named in id order, the second at its file, as the pair is named wherever it is found.
                    let (first, second) = earlier.id < b.id ? (earlier, b) : (b, earlier)
                    error("contract '\(second.id)' overlaps contract '\(first.id)' for client '\(first.client.value)'; give the earlier one an 'end' date",
                          second.client.location)
                }
                if longest.map({ b.runsLonger(than: $0) }) ?? true { longest = b }
            }
        }
        for month in ledger {
            for entry in month.work { client(entry.client, from: "this work entry") }
            for entry in month.charges { client(entry.client, from: "this charge") }
            for entry in month.payments { client(entry.client, from: "this payment") }
            for entry in month.credits { client(entry.client, from: "this credit") }
            for entry in month.balances { client(entry.client, from: "this balance") }
        }
        return out
    }
}
