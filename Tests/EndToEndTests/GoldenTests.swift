import Foundation
import LedgerTestSupport
import Testing

/// Golden outputs of the read commands on the shipped example ledger.
///
/// Run with `RECORD_GOLDEN=1 swift test --filter GoldenTests` to re-record; a re-recording run
/// fails on purpose, so it can never pass silently.
@Suite("Golden outputs on the shipped example")
struct GoldenTests {
  static let example = LedgerProcess.repository.appendingPathComponent(
    "Events/examples/lewisham-focused-visit.jsonl")
  static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/golden")

  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var arguments: [String]
    var testDescription: String { file }
  }

  static let cases: [Case] = [
    Case(file: "status-2022-02-28.txt", arguments: ["status", "--as-of", "2022-02-28"]),
    Case(file: "status-2021-10-12.json", arguments: ["status", "--as-of", "2021-10-12", "--json"]),
    Case(file: "show-A2.2.txt", arguments: ["show", "A2.2"]),
    Case(file: "show-A4.1.json", arguments: ["show", "A4.1", "--json"]),
    Case(file: "history.txt", arguments: ["history"]),
    Case(
      file: "history-since-2022.json", arguments: ["history", "--since", "2022-01-01", "--json"]),
    Case(
      file: "diff-december-to-february.txt",
      arguments: ["diff", "--since", "2021-12-14", "--until", "2022-02-08"]),
    Case(file: "diff-since-october.json", arguments: ["diff", "--since", "2021-10-12", "--json"]),
  ]

  @Test("read commands match their golden files", arguments: cases)
  func golden(_ c: Case) throws {
    let result = try LedgerProcess.run(
      LedgerProcess.binary, c.arguments + ["--ledger", Self.example.path],
      environment: ["LEDGER_NOW": "2022-02-28T00:00:00Z"])
    #expect(result.status == 0, "\(result.stderr)")
    let target = Self.goldenFolder.appendingPathComponent(c.file)
    try GoldenFile.check(result.stdout, against: target, recordingInto: target)
  }

  @Test("every example ledger verifies and reads")
  func examples() throws {
    let folder = LedgerProcess.repository.appendingPathComponent("Events/examples")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".jsonl")
    }
    #expect(!files.isEmpty)
    for file in files {
      let path = folder.appendingPathComponent(file).path
      for command in [["verify"], ["status"], ["history"]] {
        let r = try LedgerProcess.run(LedgerProcess.binary, command + ["--ledger", path])
        #expect(r.status == 0, "\(file) \(command): \(r.stderr)")
        #expect(r.stderr.isEmpty, "\(file) \(command): \(r.stderr)")
      }
      let python = try IntegrityTests.pythonVerify(path)
      #expect(python.status == 0, "\(file): \(python.stderr)")
    }
  }
}
