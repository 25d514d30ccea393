// libFuzzer target: the front-matter splitter. Built with the sources it tests by Scripts/fuzz.
// Besides not crashing, a split must keep its promises: a front matter never holds a closing
// '---' line, and the body is what follows it in the file.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    checkFrontMatterSplit(text)
    return 0
}
