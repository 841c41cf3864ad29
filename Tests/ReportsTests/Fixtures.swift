import Foundation
import LedgerCore
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

/// Builds a log in memory, sealing each event onto the chain.
struct LogBuilder {
  static let psw = Actor(name: "Amara Okafor", role: "Principal Social Worker")
  static let chair = Actor(name: "Helen Marsh", role: "Improvement Board Chair")

  private(set) var events: [RecordedEvent] = []

  /// A log that starts with `plan.created` at `time`.
  init(
    title: String = "Improvement plan", authority: String = "Example Borough Council",
    at time: String = "2026-01-05T09:00:00Z"
  ) {
    add(time, .planCreated(title: title, authority: authority))
  }

  /// Appends one event recorded at `time` (RFC 3339), optionally back-dated to `effective`.
  mutating func add(
    _ time: String, _ body: EventBody, by actor: Actor = LogBuilder.psw, effective: String? = nil
  ) {
    let event = Event(
      seq: events.count + 1, recorded: Timestamp(rfc3339: time)!,
      effective: effective.map(Fixtures.date), actor: actor, body: body)
    events.append(Chain.seal(event, prev: events.last?.hash ?? Chain.genesis))
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

  var replay: Replay { Replay(events) }
}

/// Compares rendered text with a golden file in `Golden/`.
///
/// With `RECORD_GOLDEN=1` the file is rewritten in the source tree and the test fails, so a
/// re-record run can never pass silently; rerun without it to check.
func checkGolden(
  _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
    try Data(actual.utf8).write(to: Fixtures.goldenSource.appendingPathComponent(name))
    Issue.record(
      "RECORD_GOLDEN=1: rewrote Golden/\(name); rerun without RECORD_GOLDEN to check it",
      sourceLocation: sourceLocation)
    return
  }
  let url = Fixtures.golden.appendingPathComponent(name)
  guard let expected = try? Data(contentsOf: url) else {
    Issue.record(
      "no golden file Golden/\(name); record it with RECORD_GOLDEN=1",
      sourceLocation: sourceLocation)
    return
  }
  let actualBytes = Data(actual.utf8)
  if actualBytes != expected {
    // Split bytes, not characters: "\r\n" is one Character in Swift.
    func lines(_ d: Data) -> [String] {
      Array(d).split(separator: 0x0A, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
      }
    }
    let a = lines(actualBytes)
    let e = lines(expected)
    let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
    let expectedLine = line < e.count ? String(e[line]) : "<end of file>"
    let actualLine = line < a.count ? String(a[line]) : "<end of file>"
    Issue.record(
      "Golden/\(name) differs at line \(line + 1):\n  expected: \(expectedLine)\n  actual:   \(actualLine)\n(if the change is intended, re-record with RECORD_GOLDEN=1)",
      sourceLocation: sourceLocation)
  }
}
