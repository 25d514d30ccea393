extension RandomAccessCollection {
    /// The index of the first element for which `isPast` is true, in a collection where every
    /// element for which it is false comes first: a binary search, O(log n).
    func partitionPoint(where isPast: (Element) -> Bool) -> Index {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = index(low, offsetBy: distance(from: low, to: high) / 2)
            if isPast(self[middle]) { high = middle } else { low = index(after: middle) }
        }
        return low
    }
}
