import Foundation
import Testing

/// The commands format version 3 added (issue 8), through the built binary: each one writes
/// its event, each refusal leaves the file byte for byte unchanged, and `--json` gives
/// numbers as strings exactly as typed.
@Suite("Priorities, measures, impact and corrections from the command line")
struct PlanCommandTests {
  /// The small plan plus priority P1 with measure M1 and action B1 under P1 only.
  static func prepared() throws -> Scratch {
    let s = try Scratch()
    try s.seedPlan()
    try s.write(["priority", "add", "P1", "--title", "Safe", "--outcome", "Children are safe"])
    try s.write([
      "measure", "add", "M1", "--under", "P1", "--title", "PEP timeliness", "--unit", "%",
      "--baseline", "61", "--baseline-date", "2025-04-01", "--target", "90", "--target-date",
      "2026-12-31",
    ])
    try s.write([
      "action", "add", "B1", "--under", "P1", "--title", "Business plan action", "--owner",
      "DCS", "--due", "2026-06-30",
    ])
    return s
  }

  @Test("every new command writes its event, and verify and the Python verifier agree")
  func everyCommand() throws {
    let s = try Self.prepared()
    let commands: [[String]] = [
      ["measure", "record", "M1", "64.5", "--date", "2025-12-31", "--note", "Virtual school"],
      ["measure", "record", "M1", "61.25", "--date", "2025-09-30", "--note", "Q2 return"],
      ["measure", "amend", "M1", "--target", "74", "--reason", "Board target"],
      ["priority", "amend", "P1", "--outcome", "Children are safe and feel safe", "--reason", "r"],
      ["recommendation", "add", "R3", "--source", "FV", "--text", "Help.", "--under", "P1"],
      ["recommendation", "amend", "R1", "--theme", "Front door", "--under", "P1", "--reason", "r"],
      ["recommendation", "amend", "R2", "--no-priority", "--reason", "Met"],
      ["action", "amend", "A3", "--recommendation", "R1", "--under", "P1", "--reason", "r"],
      ["action", "complete", "B1", "--note", "Done"],
      ["action", "sign-off", "B1", "--note", "Agreed"],
      ["action", "impact", "B1", "--note", "Children seen the same day"],
      ["action", "evidence", "B1", "--note", "Audit after sign-off"],
      ["source", "amend", "FV", "--grade", "inadequate", "--reason", "From the letter"],
      ["plan", "amend", "--authority", "Example Borough", "--reason", "Name"],
    ]
    for c in commands { try s.write(c, at: "2026-01-06T09:00:00Z") }
    let lines = try s.lines()
    #expect(lines.last?.hasPrefix(#"{"v":3,"seq":\#(lines.count),"type":"plan.amended""#) == true)
    #expect(try s.run(["verify"]).status == 0)
    #expect(try IntegrityTests.pythonVerify(s.ledger.path).status == 0)

    let json = try s.json(["status"], at: "2026-01-07T00:00:00Z")
    let measures = json["measures"] as? [[String: Any]] ?? []
    let m = try #require(measures.first)
    #expect(m["baseline"] as? String == "61")
    #expect(m["target"] as? String == "74")
    #expect(m["latest"] as? String == "64.5", "the value of the latest date")
    let values = (m["values"] as? [[String: Any]] ?? []).map { $0["value"] as? String }
    #expect(values == ["61.25", "64.5"], "by date, exactly as typed")
    #expect(m["direction"] as? String == "higher-is-better")
    #expect(m["track"] as? String == "on-track")
    let priority = try #require((json["priorities"] as? [[String: Any]])?.first)
    #expect(priority["outcome"] as? String == "Children are safe and feel safe")
    #expect(priority["recommendations"] as? [String] == ["R1", "R3"])
    #expect(priority["actions"] as? [String] == ["A1", "A2", "A3", "B1"])
    #expect(priority["measures"] as? [String] == ["M1"])
    let text = try s.run(["status"], at: "2026-01-07T00:00:00Z").stdout
    #expect(text.contains("Priority P1: Safe"))
    #expect(text.contains("latest 64.5% (2025-12-31), target 74% by 2026-12-31 — on track"))
    let history = try s.run(["history"]).stdout
    #expect(history.contains("changed FV's grade to Inadequate"))
    #expect(history.contains("linked A3 to R1 (was R2); placed A3 under P1 (was none)"))
  }

  struct Refusal: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var status: Int32
    var says: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let refusals: [Refusal] = [
    Refusal(arguments: ["priority", "add", "A1", "--title", "x"], status: 1, says: "rule 2"),
    Refusal(
      arguments: ["priority", "amend", "P1", "--title", "Safe", "--reason", "r"], status: 1,
      says: "rule 7"),
    Refusal(arguments: ["priority", "amend", "P1", "--reason", "r"], status: 64, says: "nothing"),
    Refusal(
      arguments: [
        "measure", "add", "M2", "--under", "R1", "--title", "t", "--unit", "u", "--baseline", "1",
        "--baseline-date", "2025-01-01", "--target", "2", "--target-date", "2026-01-01",
      ], status: 1, says: "rule 2: R1 is a recommendation, not a priority"),
    Refusal(
      arguments: [
        "measure", "add", "M2", "--under", "P1", "--title", "t", "--unit", "u", "--baseline", "1",
        "--baseline-date", "2025-01-01", "--target", "2", "--target-date", "2024-01-01",
      ], status: 1, says: "rule 3"),
    Refusal(
      arguments: ["measure", "record", "M1", "1e3", "--date", "2025-12-31", "--note", "n"],
      status: 64, says: "not a decimal number"),
    Refusal(
      arguments: ["measure", "record", "M1", "07", "--date", "2025-12-31", "--note", "n"],
      status: 64, says: "no leading zeros"),
    Refusal(
      arguments: ["measure", "record", "M1", "70", "--date", "2026-02-01", "--note", "n"],
      status: 1, says: "rule 8"),
    Refusal(
      arguments: ["measure", "amend", "M1", "--baseline", "61", "--reason", "r"], status: 1,
      says: "rule 7"),
    Refusal(
      arguments: [
        "measure", "amend", "M1", "--higher-is-better", "--lower-is-better", "--reason", "r",
      ], status: 64, says: "not both"),
    Refusal(
      arguments: [
        "action", "add", "B2", "--title", "t", "--owner", "o", "--due", "2026-06-30",
      ], status: 1, says: "rule 13"),
    Refusal(
      arguments: ["action", "amend", "B1", "--no-under", "--reason", "r"], status: 1,
      says: "rule 13"),
    Refusal(
      arguments: ["action", "amend", "A1", "--recommendation", "R1", "--reason", "r"], status: 1,
      says: "rule 7"),
    Refusal(
      arguments: ["action", "impact", "B1", "--note", "n", "--effective", "2026-02-01"],
      status: 1, says: "rule 8"),
    Refusal(
      arguments: ["recommendation", "amend", "R1", "--under", "P9", "--reason", "r"], status: 1,
      says: "rule 2"),
    Refusal(
      arguments: ["recommendation", "amend", "R2", "--priority", "--reason", "r"], status: 1,
      says: "rule 7"),
    Refusal(
      arguments: ["source", "amend", "FV", "--date", "2025-12-05", "--reason", "r"], status: 1,
      says: "rule 3"),
    Refusal(
      arguments: ["source", "amend", "FV", "--url", "ftp://x", "--reason", "r"], status: 1,
      says: "rule 11"),
    Refusal(arguments: ["source", "amend", "FV", "--reason", "r"], status: 64, says: "nothing"),
    Refusal(
      arguments: ["plan", "amend", "--title", "Improvement plan", "--reason", "r"], status: 1,
      says: "rule 7"),
  ]

  @Test("each refusal leaves the file byte for byte unchanged", arguments: refusals)
  func refused(_ refusal: Refusal) throws {
    let s = try Self.prepared()
    let before = try s.bytes()
    let result = try s.run(refusal.arguments + s.actor, at: "2026-01-06T12:00:00Z")
    #expect(result.status == refusal.status, "\(result.stderr)")
    #expect(result.stderr.contains(refusal.says), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(try s.bytes() == before, "the ledger must be unchanged")
  }

  @Test("impact on a withdrawn action is refused by rule 6")
  func impactOnWithdrawn() throws {
    let s = try Self.prepared()
    try s.write(["action", "withdraw", "B1", "--reason", "r"])
    let before = try s.bytes()
    let result = try s.run(["action", "impact", "B1", "--note", "n"] + s.actor)
    #expect(result.status == 1)
    #expect(result.stderr.contains("rule 6: action B1 is withdrawn"), "\(result.stderr)")
    #expect(try s.bytes() == before)
  }
}
