// Without the fuzzer (no LEDGER_FUZZ define), `LedgerFuzz` replays the files, or every file in
// the directories, given on its command line through the fuzz entry point, so an input found by
// `Tools/fuzz.sh` reproduces in a plain debug build:
//
//     swift run LedgerFuzz Tools/fuzz/crashes/crash-…
//
// `Tools/fuzz.sh` builds with `-DLEDGER_FUZZ`, which leaves this type out: libFuzzer supplies
// `main` instead.
#if !LEDGER_FUZZ
  import Foundation

  /// The replay tool's entry point.
  @main
  enum Replay {
    /// Replays every input named on the command line; exits 64 with no arguments, 1 if a file
    /// cannot be read. A failed property traps, as it does under libFuzzer.
    static func main() {
      let arguments = CommandLine.arguments.dropFirst()
      if arguments.isEmpty {
        FileHandle.standardError.write(Data("usage: LedgerFuzz FILE-OR-DIRECTORY…\n".utf8))
        exit(64)
      }
      var replayed = 0
      for argument in arguments {
        let files = ReplayInputs.files(at: argument)
        if files.isEmpty {
          FileHandle.standardError.write(Data("LedgerFuzz: no input at \(argument)\n".utf8))
          exit(1)
        }
        for path in files {
          guard let bytes = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("LedgerFuzz: cannot read \(path)\n".utf8))
            exit(1)
          }
          _ = bytes.withUnsafeBytes { fuzzOneInput($0.baseAddress, $0.count) }
          replayed += 1
        }
      }
      print("\(replayed) input(s) replayed; every property held")
    }
  }
#endif
