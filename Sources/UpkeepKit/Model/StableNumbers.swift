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
