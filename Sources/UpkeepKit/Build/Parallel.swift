import Foundation

/// Work spread over every core, with results in the order of the input, so that what is
/// written from them is the same however the work was scheduled.
enum Parallel {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) throws -> Output) throws -> [Output] {
        let results = Results<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            results.set(index, Result { try transform(inputs[index]) })
        }
        return try results.values()
    }

    private final class Results<Output>: @unchecked Sendable {
        private var slots: [Result<Output, Error>?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ result: Result<Output, Error>) { lock.withLock { slots[index] = result } }
        func values() throws -> [Output] { try slots.map { try $0!.get() } }
    }
}
