import Foundation
import LedgerTestSupport
import Testing

/// `ledger show ID` and `ledger history ID` through the checkpoint's index print exactly what
/// they print from the whole log, and a checkpoint that cannot be trusted changes nothing.
@Suite("show and history through the checkpoint's index")
struct IndexedShowTests {
  /// The reads compared, for each item.
  static func reads(_ id: String) -> [[String]] {
    [
      ["show", id], ["show", id, "--json"], ["history", id], ["history", id, "--json"],
      ["history", id, "--type", "action.amended"], ["history", id, "--actor", "okafor"],
    ]
  }

  /// A plan with amendments (due dates moved, actions relinked, a recommendation reworded),
  /// ratings and notes, with a checkpoint at its 11th line and two lines after it.
  static func amendedPlan() throws -> Scratch {
    let p = try Scratch()
    try p.seedPlan()
    try p.write(["action", "rate", "A1", "amber", "--note", "Started late"])
    try p.write(["action", "amend", "A1", "--due", "2026-04-30", "--reason", "Recruitment"])
    try p.write([
      "action", "amend", "A2", "--recommendation", "R2", "--title", "Audit 30 plans a month",
      "--reason", "Scope",
    ])
    // Writes fold on from the checkpoint and rewrite it only every 64 lines; without one, the
    // next write replays the log and leaves it (and the whole index) at its line, and the
    // lines after that are read as a write reads them.
    try FileManager.default.removeItem(at: checkpoint(p))
    try p.write([
      "recommendation", "amend", "R1", "--text", "Identify risk sooner.", "--reason", "Wording",
    ])
    try p.write(["action", "progress", "A3", "--note", "Draft shared"])
    try p.write(["action", "amend", "A3", "--owner", "Head of Service", "--reason", "Moved"])
    return p
  }

  /// What each read prints for `ids`, run on `p`'s ledger.
  static func outputs(_ p: Scratch, _ ids: [String]) throws -> [String] {
    try ids.flatMap(reads).map { arguments in
      let result = try p.run(arguments)
      return
        "\(arguments.joined(separator: " ")) → \(result.status)\n\(result.stdout)\n\(result.stderr)"
    }
  }

  static let ids = ["FV", "R1", "R2", "A1", "A2", "A3", "A9"]

  /// The checkpoint beside `p`'s ledger.
  static func checkpoint(_ p: Scratch) -> URL {
    URL(fileURLWithPath: p.ledger.path + ".checkpoint")
  }

  @Test("with the checkpoint and without it, every read prints the same")
  func sameOutput() throws {
    let p = try Self.amendedPlan()
    #expect(FileManager.default.fileExists(atPath: Self.checkpoint(p).path))
    let indexed = try Self.outputs(p, Self.ids)
    try FileManager.default.removeItem(at: Self.checkpoint(p))
    let full = try Self.outputs(p, Self.ids)
    #expect(indexed == full)
    #expect(indexed.contains { $0.contains("moved A1's due date from 2026-02-28 to 2026-04-30") })
    #expect(indexed.contains { $0.contains("changed A3's owner from Principal Social Worker") })
  }

  @Test("the index is what is read: a damaged line about another item goes unread")
  func readsOnlyTheItem() throws {
    let p = try Self.amendedPlan()
    var lines = try p.lines()
    // Line 7 adds A3; blank its contents out (same length, no longer JSON).
    #expect(lines[6].contains("\"A3\""))
    lines[6] = String(repeating: "x", count: lines[6].utf8.count)
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: p.ledger)
    #expect(try p.run(["show", "A1"]).status == 0)
    #expect(try p.run(["history", "R1"]).status == 0)
    // Without the index the whole log is read, and the damage reported.
    try FileManager.default.removeItem(at: Self.checkpoint(p))
    #expect(try p.run(["show", "A1"]).status == 1)
  }

  @Test(
    "a checkpoint that cannot be trusted is not used, and the reads print the same",
    arguments: ["flipped byte in the index", "truncated", "another ledger's", "garbage"])
  func untrusted(kind: String) throws {
    let p = try Self.amendedPlan()
    let expected = try Self.outputs(p, Self.ids)
    var bytes = [UInt8](try Data(contentsOf: Self.checkpoint(p)))
    switch kind {
    case "flipped byte in the index": bytes[bytes.count - 3] ^= 0x01
    case "truncated": bytes = Array(bytes.prefix(bytes.count - 10))
    case "another ledger's":
      let other = try Scratch()
      try other.seedPlan()
      try other.write(["action", "rate", "A1", "red", "--note", "Elsewhere"])
      bytes = [UInt8](try Data(contentsOf: Self.checkpoint(other)))
    default: bytes = Array("ledger-checkpoint 4 3 abc\nxyz".utf8)
    }
    try Data(bytes).write(to: Self.checkpoint(p))
    #expect(try Self.outputs(p, Self.ids) == expected, "\(kind)")
  }
}
