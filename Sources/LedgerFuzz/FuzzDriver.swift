// Under `Tools/fuzz.sh` (`-DLEDGER_FUZZ`), `main` is libFuzzer's driver.
//
// SwiftPM links a debug executable on Linux with `--defsym main=<Module>_main` (so tests can
// import it), which would leave libFuzzer's own `main` unused and the link unresolved. This
// supplies `LedgerFuzz_main` and hands over to libFuzzer's documented C entry point,
// `LLVMFuzzerRunDriver`, with the same test function.
#if LEDGER_FUZZ
  @_silgen_name("LLVMFuzzerRunDriver")
  private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// libFuzzer's `main`, under the name SwiftPM links as `main`.
  @_cdecl("LedgerFuzz_main")
  public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var argc = argc
    var argv = argv
    return llvmFuzzerRunDriver(&argc, &argv) { data, size in
      fuzzOneInput(UnsafeRawPointer(data), size)
    }
  }
#endif
