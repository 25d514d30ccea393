/// Numbers for clients' documents, five digits from 10000 to 99999, derived from the client's id
/// (and a salt per kind of number), so that they are the same from build to build. Ids that
/// land on the same number are separated in id order: a new client whose id sorts before
/// another's on the same number takes it, and the other moves to the next free one.
///
/// Five digits serve while the ids fill at most half of them (45,000 clients); a larger business
/// gets six (100000 to 999999), and so on, so that finding a free number stays quick and
/// always ends.
///
/// Numbers already issued (`assigned`: account numbers on closed statements) are kept as they
/// are, and the others are placed around them, so that no later client can take one.
public struct StableNumbers: Sendable {
    private var numbers: [ID: Int] = [:]

    public init(ids: [ID], salt: String, assigned: [ID: Int] = [:]) {
        var first = 10_000, count = 90_000
        while ids.count > count / 2 { first *= 10; count *= 10 }
        var taken = Set<Int>(assigned.values)
        numbers = assigned
        for id in ids.sorted() where assigned[id] == nil {
            var number = first + Int(Fingerprint.hash(salt + id.rawValue) % UInt64(count))
            while taken.contains(number) { number = number == first + count - 1 ? first : number + 1 }
            taken.insert(number)
            numbers[id] = number
        }
    }

    public subscript(id: ID) -> Int { numbers[id] ?? 0 }
}
