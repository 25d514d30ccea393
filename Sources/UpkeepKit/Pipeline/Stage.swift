/// The pipeline's stages, in order: load → validate → compute → render → write. Each is a plain
/// function of the one before's result, in a file of its own (`LoadStage`, `ValidateStage`,
/// `Books` for compute, `Renderer`, `WriteStage`).
public enum Stage: String, Sendable {
    case load, validate, compute, render, write

    /// Runs `body` as this stage: problems it finds say that this stage found them.
    func run<T>(_ body: () throws -> T) rethrows -> T {
        do {
            return try body()
        } catch var error as DiagnosticsError {
            error.stage = error.stage ?? rawValue
            throw error
        }
    }
}
