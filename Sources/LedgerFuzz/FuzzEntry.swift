/// The libFuzzer entry point: checks one input and traps on the first property that fails.
///
/// Always compiled, so `main.swift` (without the fuzzer) replays inputs through exactly this
/// function.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
  let input = UnsafeRawBufferPointer(start: size > 0 ? data : nil, count: size)
  if let problem = FuzzCheck.violation(in: input) {
    fatalError("property failed: \(problem)")
  }
  return 0
}
