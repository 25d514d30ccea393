import Foundation

/// Hands memory the program has freed back to the system.
///
/// Reading content frees much memory in the middle of the heap (YAML trees, the ledger's
/// parts once months are joined); glibc keeps such memory resident unless asked with
/// `malloc_trim`, which its Swift module does not declare, so it is looked up by name (a C
/// library without it is left alone).
enum MemoryRelease {
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }

    static func returnFreedMemory() {
        _ = trim?(0)
    }
}
