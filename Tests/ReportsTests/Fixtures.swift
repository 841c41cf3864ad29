import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

/// The test inputs: the shipped example ledger (a copy kept in `Golden/`, so these tests do
/// not move when the example is rebuilt), and small logs built in memory.
enum Fixtures {
  /// The folder of golden files, as bundled with the tests.
  static let golden: URL = Bundle.module.url(forResource: "Golden", withExtension: nil)!

  /// The same folder in the source tree, where `RECORD_GOLDEN=1` writes.
  static let goldenSource: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// The Lewisham focused-visit example (54 events, three board meetings, a retraction and a
  /// back-recorded progress note).
  static let example: Replay = {
    let data = try! Data(contentsOf: golden.appendingPathComponent("lewisham-focused-visit.jsonl"))
    return Replay(try! LedgerReader.read(bytes: Array(data), verify: true).events)
  }()

  static func date(_ s: String) -> CivilDate { CivilDate(parsing: s)! }
  static func time(_ s: String) -> Timestamp { When.parse(s)! }
}

/// The report tests' logs, built with the shared `LogBuilder`.
extension LogBuilder {
  /// A log that starts with `plan.created` at `time`.
  static func plan(
    title: String = "Improvement plan", authority: String = "Example Borough Council",
    at time: String = "2026-01-05T09:00:00Z"
  ) -> LogBuilder {
    var log = LogBuilder(start: time)
    log.add(time, .planCreated(title: title, authority: authority))
    return log
  }

  /// A focused visit with one recommendation `R1` and actions `ids`, all due `due`.
  mutating func seed(actions ids: [String], due: String = "2026-03-31", text: String? = nil) {
    add(
      "2026-01-05T09:01:00Z",
      .sourceAdded(
        SourceDetails(
          id: "FV", sourceType: .focusedVisit, title: "Focused visit",
          date: Fixtures.date("2025-11-04"))))
    add(
      "2026-01-05T09:02:00Z",
      .recommendationAdded(
        id: "R1", source: "FV", text: text ?? "The timely identification of risk for children.",
        theme: nil, framework: nil, priority: false))
    for (i, id) in ids.enumerated() {
      add(
        "2026-01-05T09:1\(i % 10):00Z",
        .actionAdded(
          id: id, recommendations: ["R1"], title: "Action \(id)", owner: "Head of Service",
          due: Fixtures.date(due)))
    }
  }
}

/// Compares rendered text with a golden file in `Golden/` (see `GoldenFile`: with
/// `RECORD_GOLDEN=1` the file is rewritten in the source tree and the test fails).
func checkGolden(
  _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  try GoldenFile.check(
    actual, against: Fixtures.golden.appendingPathComponent(name),
    recordingInto: Fixtures.goldenSource.appendingPathComponent(name),
    sourceLocation: sourceLocation)
}
