// libFuzzer target: any text read as each kind of content file (YAML front matter into the typed
// model) gives diagnostics that point into the file, never a crash. Built by Scripts/fuzz with
// Yams, libyaml and the library's reading code, all instrumented.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContent(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    checkContentFile(text)
    return 0
}
