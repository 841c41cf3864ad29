import Foundation
import LedgerTestSupport
import Testing

@Suite("The two verifiers agree")
struct DifferentialTests {
  /// The first line a verifier's error names, or 0 if it accepted the file.
  static func verdict(_ result: LedgerProcess.Result, prefix: String) -> Int {
    guard result.status != 0 else { return 0 }
    guard let range = result.stderr.range(of: prefix) else { return -1 }
    let digits = result.stderr[range.upperBound...].prefix { $0.isNumber }
    return Int(digits) ?? -1
  }

  @Test("random byte changes to the example: same verdict and same line from Swift and Python")
  func randomMutations() throws {
    let example = try Data(contentsOf: GoldenTests.example)
    var rng = SeededRandom(seed: 20_261_124)
    let scratch = try ScratchLedger("ledger-diff", name: "mutated.jsonl")
    let file = scratch.url
    let replacements: [UInt8] = Array("{}[],:\"\\0123456789abcdefxyzA \n\t".utf8) + [0xC3, 0xFF]
    for round in 0..<80 {
      var bytes = [UInt8](example)
      let position = Int.random(in: 0..<(bytes.count - 1), using: &rng)
      var replacement = replacements.randomElement(using: &rng)!
      if replacement == bytes[position] { replacement = replacement == 0x30 ? 0x31 : 0x30 }
      bytes[position] = replacement
      try Data(bytes).write(to: file)
      let swift = try LedgerProcess.run(LedgerProcess.binary, ["verify", "--ledger", file.path])
      let python = try IntegrityTests.pythonVerify(file.path)
      let swiftLine = Self.verdict(swift, prefix: "mutated.jsonl:")
      let pythonLine = Self.verdict(python, prefix: "line ")
      #expect(
        swiftLine == pythonLine,
        "round \(round): byte \(position) -> \(replacement): swift \(swift.stderr) python \(python.stderr)"
      )
      #expect(swiftLine != -1 && pythonLine != -1)
    }
  }
}
