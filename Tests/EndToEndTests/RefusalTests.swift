import Foundation
import Testing

/// One command that must be refused, and words the refusal must contain.
struct Refusal: CustomTestStringConvertible, Sendable {
  var arguments: [String]
  var status: Int32 = 1
  var says: String
  var testDescription: String { arguments.joined(separator: " ") }
}

@Suite("Refusals leave the file byte-for-byte unchanged")
struct RefusalTests {
  /// A ledger where A1 is signed off, A2 withdrawn, R3's only action signed off and R3 closed.
  static func prepared() throws -> Scratch {
    let s = try Scratch()
    try s.seedPlan()
    try s.write([
      "recommendation", "add", "R3", "--source", "FV", "--text", "Management oversight.",
    ])
    try s.write([
      "action", "add", "A4", "--recommendation", "R3", "--title", "Oversight audit", "--owner",
      "PSW",
      "--due", "2026-03-01",
    ])
    try s.write(["action", "complete", "A1", "--note", "done"])
    try s.write(["action", "sign-off", "A1", "--note", "accepted"])
    try s.write(["action", "withdraw", "A2", "--reason", "replaced"])
    try s.write(["action", "complete", "A4", "--note", "done"])
    try s.write(["action", "sign-off", "A4", "--note", "accepted"])
    try s.write(["recommendation", "close", "R3", "--note", "satisfied"])
    return s
  }

  static let refusals: [Refusal] = [
    Refusal(
      arguments: ["init", "--title", "Again", "--authority", "X"], says: "already holds a plan"),
    Refusal(
      arguments: ["source", "add", "R1", "--type", "jtai", "--title", "J", "--date", "2025-01-01"],
      says: "already used"),
    Refusal(
      arguments: ["source", "add", "S2", "--type", "jtai", "--title", "J", "--date", "2025-02-30"],
      status: 64, says: "not a real date"),
    Refusal(
      arguments: [
        "source", "add", "S2", "--type", "jtai", "--title", "J", "--date", "2025-02-03",
        "--end-date", "2025-02-01",
      ], says: "rule 3: the end date 2025-02-01 is before the date"),
    Refusal(
      arguments: ["recommendation", "add", "R9", "--source", "NOPE", "--text", "t"],
      says: "no source NOPE"),
    Refusal(
      arguments: ["recommendation", "add", "R9", "--source", "R1", "--text", "t"],
      says: "is a recommendation, not a source"),
    Refusal(
      arguments: ["recommendation", "add", "bad id", "--source", "FV", "--text", "t"],
      status: 64, says: "may use only"),
    Refusal(
      arguments: ["recommendation", "amend", "R3", "--text", "t", "--reason", "r"], says: "closed"),
    Refusal(
      arguments: [
        "recommendation", "amend", "R1", "--text",
        "The timely identification of risk for children.", "--reason", "r",
      ], says: "already has that text"),
    Refusal(arguments: ["recommendation", "close", "R2", "--note", "n"], says: "A3 (open)"),
    Refusal(arguments: ["recommendation", "reopen", "R1", "--reason", "r"], says: "already open"),
    Refusal(
      arguments: [
        "action", "add", "A9", "--recommendation", "R3", "--title", "t", "--owner", "o", "--due",
        "2026-05-01",
      ], says: "closed"),
    Refusal(
      arguments: [
        "action", "add", "A9", "--recommendation", "R7", "--title", "t", "--owner", "o", "--due",
        "2026-05-01",
      ], says: "no recommendation R7"),
    Refusal(
      arguments: [
        "action", "add", "A1", "--recommendation", "R1", "--title", "t", "--owner", "o", "--due",
        "2026-05-01",
      ], says: "already used"),
    Refusal(arguments: ["action", "rate", "A2", "green", "--note", "n"], says: "withdrawn"),
    Refusal(arguments: ["action", "progress", "A2", "--note", "n"], says: "withdrawn"),
    Refusal(
      arguments: ["action", "amend", "A1", "--owner", "x", "--reason", "r"], says: "signed off"),
    Refusal(
      arguments: ["action", "amend", "A3", "--owner", "Principal Social Worker", "--reason", "r"],
      says: "must change something"),
    Refusal(arguments: ["action", "sign-off", "A3", "--note", "n"], says: "not complete"),
    Refusal(arguments: ["action", "rate", "A9", "red", "--note", "n"], says: "no action A9"),
    Refusal(
      arguments: ["action", "rate", "A3", "red", "--note", "n", "--effective", "2026-01-06"],
      says: "later than the recorded date"),
    Refusal(arguments: ["action", "reopen", "A3", "--reason", "r"], says: "cannot reopen"),
    Refusal(
      arguments: ["action", "reopen", "A4", "--reason", "r"], says: "closed recommendation R3"),
    Refusal(
      arguments: ["action", "defer", "A3", "--reason", "r", "--until", "2026-01-01"],
      says: "before action A3's due date"),
    Refusal(arguments: ["action", "complete", "A1", "--note", "n"], says: "signed off"),
    Refusal(arguments: ["board-meeting", "--date", "2026-06-01"], says: "in the future"),
    Refusal(arguments: ["retract", "13", "--reason", "r"], says: "later events build on"),
    // Bad usage: exit 64, whatever the ledger holds.
    Refusal(
      arguments: ["action", "amend", "A3", "--due", "2026-13-01", "--reason", "r"], status: 64,
      says: "not a real date"),
    Refusal(
      arguments: ["action", "amend", "A3", "--due", "31/03/2026", "--reason", "r"], status: 64,
      says: "is not a date"),
    Refusal(
      arguments: ["action", "progress", "A3", "--note", "   "], status: 64, says: "is empty"),
    Refusal(
      arguments: ["action", "rate", "A3", "purple", "--note", "n"], status: 64,
      says: "not one of the choices"),
    Refusal(
      arguments: ["action", "rate", "A3", "blue", "--note", "n"], status: 64, says: "completing it"),
    Refusal(
      arguments: ["action", "progres", "A3", "--note", "n"], status: 64,
      says: "did you mean 'ledger action progress'"),
    Refusal(
      arguments: ["action", "progress", "A3", "--nte", "n"], status: 64, says: "did you mean --note"
    ),
    Refusal(arguments: ["action", "progress", "A3"], status: 64, says: "--note"),
    Refusal(arguments: ["action", "progress"], status: 64, says: "missing ID"),
    Refusal(
      arguments: ["action", "amend", "A3", "--reason", "r"], status: 64, says: "nothing to amend"),
    Refusal(
      arguments: [
        "source", "add", "S2", "--type", "focussed-visit", "--title", "J", "--date", "2025-02-03",
      ], status: 64, says: "did you mean focused-visit"),
  ]

  @Test("each rule's refusal", arguments: refusals)
  func refused(_ refusal: Refusal) throws {
    let s = try Self.prepared()
    let before = try s.bytes()
    let result = try s.run(refusal.arguments + s.actor, at: "2026-01-05T12:00:00Z")
    #expect(result.status == refusal.status, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
    #expect(result.stderr.contains(refusal.says), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(try s.bytes() == before, "the ledger must be unchanged")
  }

  @Test("a write whose clock is earlier than the last event is refused")
  func clockBackwards() throws {
    let s = try Scratch()
    try s.seedPlan()
    let before = try s.bytes()
    let result = try s.run(
      ["action", "progress", "A1", "--note", "n"] + s.actor, at: "2026-01-04T09:00:00Z")
    #expect(result.status == 1)
    #expect(result.stderr.contains("earlier than the last event"))
    #expect(try s.bytes() == before)
  }

  @Test("writes without an actor, or without a ledger, are usage errors")
  func missingActorOrLedger() throws {
    let s = try Scratch()
    try s.seedPlan()
    let before = try s.bytes()
    let noActor = try s.run(["action", "progress", "A1", "--note", "n"])
    #expect(noActor.status == 64)
    #expect(noActor.stderr.contains("--actor"))
    let noLedger = try LedgerProcess.run(LedgerProcess.binary, ["status"])
    #expect(noLedger.status == 64)
    #expect(noLedger.stderr.contains("LEDGER_FILE"))
    let missing = try LedgerProcess.run(
      LedgerProcess.binary,
      ["status", "--ledger", s.folder.appendingPathComponent("nope.jsonl").path])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("ledger init"))
    #expect(try s.bytes() == before)
  }

  @Test("reading an empty ledger says so")
  func emptyLedger() throws {
    let s = try Scratch()
    try Data().write(to: s.ledger)
    for command in [["status"], ["history"], ["verify"], ["report"]] {
      let r = try s.run(command)
      #expect(r.status == 1, "\(command)")
      #expect(r.stderr.contains("the ledger is empty"), "\(command): \(r.stderr)")
    }
  }

  @Test("help and did-you-mean")
  func help() throws {
    let top = try LedgerProcess.run(LedgerProcess.binary, ["--help"])
    #expect(top.status == 0)
    #expect(top.stdout.contains("action sign-off"))
    let sub = try LedgerProcess.run(LedgerProcess.binary, ["action", "rate", "--help"])
    #expect(sub.status == 0)
    #expect(
      sub.stdout.contains(
        "usage: ledger action rate ID red|amber|green (--note TEXT | --note-file PATH)"))
    let none = try LedgerProcess.run(LedgerProcess.binary, [])
    #expect(none.status == 64)
    #expect(none.stderr.contains("usage: ledger"))
    let typo = try LedgerProcess.run(LedgerProcess.binary, ["stauts"])
    #expect(typo.status == 64)
    #expect(typo.stderr.contains("did you mean 'ledger status'"))
  }
}
