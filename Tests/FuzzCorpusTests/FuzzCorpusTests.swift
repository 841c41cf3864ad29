import Foundation
import LedgerCore
import Testing

@testable import LedgerFuzz

/// Replays the committed fuzz corpus (`Tools/fuzz/corpus`) and the inputs of fixed findings
/// (`Tools/fuzz/regressions`) through the fuzzer's own checks, so a regression on any input
/// the fuzzer once found interesting fails `swift test`, not only a fuzz run.
@Suite struct FuzzCorpusTests {
  static let fuzzDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tools/fuzz")

  static func inputs(_ folder: String) -> [String] {
    ReplayInputs.files(at: fuzzDirectory.appendingPathComponent(folder).path)
  }

  @Test func theCorpusHoldsTheSeedsAndReachesTheLineDecoder() {
    let files = Self.inputs("corpus")
    #expect(files.contains { $0.hasSuffix("/examples/example-line-01") })
    #expect(files.contains { $0.hasSuffix("/JSONTestSuite/n_string_unescaped_tab.json") })
    #expect(files.contains { $0.hasSuffix("/JSONTestSuite/LICENSE") })
    // Some inputs get past the JSON reader and decode, verified, as ledger lines.
    let lines = files.filter { path in
      guard let bytes = FileManager.default.contents(atPath: path) else { return false }
      return bytes.withUnsafeBytes { (try? LineCodec.decode($0, verify: true)) != nil }
    }
    #expect(lines.count >= 54)
  }

  @Test func everyCommittedInputHoldsEveryProperty() throws {
    let files = Self.inputs("corpus") + Self.inputs("regressions")
    #expect(files.count > 300)
    for path in files {
      let bytes = try #require(FileManager.default.contents(atPath: path))
      let problem = bytes.withUnsafeBytes { FuzzCheck.violation(in: $0) }
      #expect(problem == nil, "\(path): \(problem ?? "")")
    }
  }

  @Test func theCanonicalProbeIsAValidLine() {
    // `linesAreCanonical` compares this line with a padded copy; if the line itself stopped
    // decoding, the stricter property would silently never be checked.
    let line = Array(FuzzCheck.probeLine.utf8)
    #expect(line.withUnsafeBytes { (try? LineCodec.decode($0, verify: true)) != nil })
  }

  @Test func anEncodedLineHoldsTheLineProperties() throws {
    let line = Array(FuzzCheck.probeLine.utf8)
    let recorded = try line.withUnsafeBytes { try LineCodec.decode($0, verify: true) }
    let written = LineCodec.encode(recorded)
    #expect(
      written.withUnsafeBytes { FuzzCheck.line(UnsafeRawBufferPointer(rebasing: $0.dropLast())) }
        == nil)
    #expect(written.dropLast().elementsEqual(line))
  }
}
