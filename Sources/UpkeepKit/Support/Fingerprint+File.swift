#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Fingerprint {
    /// The hash of the file at `path`, read a piece at a time: a large file (an oversized logo
    /// that check will refuse) costs no memory. Read, not mapped: mapping and unmapping tens of
    /// thousands of small files costs more than reading them (each unmapping interrupts every
    /// core). Nil when the file cannot be read.
    static func ofFile(at path: String) -> UInt64? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64 * 1024) { buffer -> UInt64? in
            var state = offsetBasis
            while true {
                let count = read(descriptor, buffer.baseAddress, buffer.count)
                if count == 0 { return state }
                if count < 0 {
                    if errno == EINTR { continue }
                    return nil
                }
                state = hash(UnsafeBufferPointer(rebasing: buffer[..<count]), from: state)
            }
        }
    }
}
