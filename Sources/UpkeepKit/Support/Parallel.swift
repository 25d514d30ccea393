import Foundation

/// Work spread over every core, with results in the order of the input, so that what is
/// written from them is the same however the work was scheduled. Throws what `transform`
/// throws, so that work that cannot fail needs no `try`.
enum Parallel {
    static func map<Input: Sendable, Output: Sendable, Failure: Error>(
        _ inputs: [Input], _ transform: @Sendable (Input) throws(Failure) -> Output
    ) throws(Failure) -> [Output] {
        let results = Results<Output, Failure>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            results.set(index, Result { () throws(Failure) -> Output in try transform(inputs[index]) })
        }
        return try results.values()
    }

    private final class Results<Output, Failure: Error>: @unchecked Sendable {
        private var slots: [Result<Output, Failure>?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ result: Result<Output, Failure>) { lock.withLock { slots[index] = result } }
        func values() throws(Failure) -> [Output] { try slots.map { result throws(Failure) in try result!.get() } }
    }
}
