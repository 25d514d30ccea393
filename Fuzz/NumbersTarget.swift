// libFuzzer target: amounts, percentages, hours and dates as a shop owner types them. Built with
// the sources it tests by Scripts/fuzz. What parses must print back to the same value.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    checkNumbersAndDates(text)
    return 0
}
