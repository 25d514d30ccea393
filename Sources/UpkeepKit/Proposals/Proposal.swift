import Foundation

/// A sales proposal for one client: every plan priced to the office, and the one recommended.
public struct Proposal: Sendable {
    public var client: Client
    public var number: String
    public var date: Day
    public var validUntil: Day
    /// One quote per plan, in plan order.
    public var quotes: [Quote]
    public var recommendation: Recommendation

    public var recommended: Quote { quotes.first { $0.planID == recommendation.planID } ?? quotes[0] }

    /// Every plan priced for the client's office, and the recommendation among them.
    public static func options(for client: Client, in shop: Shop, year: Int) -> ([Quote], Recommendation)? {
        let office = OfficeProfile(client: client, priceBook: shop.priceBook)
        let quotes = shop.plans.map {
            PriceEngine.quote(plan: $0, for: office, priceBook: shop.priceBook, taxes: shop.business.taxes, year: year)
        }
        return Recommendation.choose(for: client, quotes: quotes, priceBook: shop.priceBook, rates: shop.business.rates)
            .map { (quotes, $0) }
    }

    /// Prices every plan for `client` as of `today`. Nil when the shop has no plans.
    public static func make(for client: Client, in shop: Shop, numbers: ProposalNumbers, today: Day) -> Proposal? {
        guard let (quotes, recommendation) = options(for: client, in: shop, year: today.year) else { return nil }
        return Proposal(client: client, number: numbers[client.id], date: today,
                        validUntil: today.adding(days: shop.business.proposalValidDays), quotes: quotes,
                        recommendation: recommendation)
    }
}

/// Numbers for clients' documents, five digits from 10000 to 99999, derived from the client's id
/// (and a salt per kind of number): a client keeps its numbers from build to build whatever
/// else is added; ids that land on the same number are separated in id order.
public struct StableNumbers: Sendable {
    private var numbers: [ID: Int] = [:]

    public init(ids: [ID], salt: String) {
        var taken: Set<Int> = []
        for id in ids.sorted() {
            var number = 10_000 + Int(Fingerprint.hash(salt + id.rawValue) % 90_000)
            while taken.contains(number) { number = number == 99_999 ? 10_000 : number + 1 }
            taken.insert(number)
            numbers[id] = number
        }
    }

    public subscript(id: ID) -> Int { numbers[id] ?? 0 }
}

/// Proposal numbers: `P-49730`.
public struct ProposalNumbers: Sendable {
    let numbers: StableNumbers
    public init(clients: [ID]) { numbers = StableNumbers(ids: clients, salt: "") }
    public subscript(id: ID) -> String { "P-\(numbers[id])" }
}

/// A short fingerprint of a document's exact content, printed on it so that a signed paper
/// copy can be matched to the version it accepted: `3F2A-91C0-77B0`. FNV-1a, 64 bits: a
/// check against accidental difference, not a security seal.
public enum Fingerprint {
    public static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The first 48 bits of the hash in three groups of four hex digits.
    public static func of(_ text: String) -> String {
        let hex = String(hash(text), radix: 16, uppercase: true)
        let digits = Array(String(repeating: "0", count: 16 - hex.count) + hex)
        return [String(digits[0..<4]), String(digits[4..<8]), String(digits[8..<12])].joined(separator: "-")
    }

    /// Stands in the page where the fingerprint goes while the page is hashed.
    public static let placeholder = "FINGERPRINT-PENDING"

    /// Hashes a page rendered with `placeholder` in place of its fingerprint, then puts the
    /// fingerprint in.
    public static func seal(_ page: String) -> String {
        page.replacingOccurrences(of: placeholder, with: of(page))
    }
}
