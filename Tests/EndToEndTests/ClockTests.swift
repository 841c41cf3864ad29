import Foundation
import Testing

@Suite("Clocks: never far ahead, never backwards, and the refusal says why")
struct ClockTests {
  /// RFC 3339 for `seconds` from now on this machine's clock.
  static func fromNow(_ seconds: TimeInterval) -> String {
    let format = ISO8601DateFormatter()
    format.formatOptions = [.withInternetDateTime]
    return format.string(from: Date().addingTimeInterval(seconds))
  }

  /// Runs a write with this machine's own clock (no LEDGER_NOW).
  static func writeWithRealClock(_ s: Scratch, _ arguments: [String]) throws
    -> LedgerProcess.Result
  {
    try LedgerProcess.run(LedgerProcess.binary, arguments + s.actor + ["--ledger", s.ledger.path])
  }

  @Test("a write stamped 2099 is refused, and the real clock can still write afterwards")
  func farFuture() throws {
    let s = try Scratch()
    try s.seedPlan()
    let before = try s.bytes()
    let refused = try s.run(
      ["action", "progress", "A1", "--note", "from the future"] + s.actor,
      at: "2099-01-01T00:00:00Z")
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("LEDGER_NOW says 2099-01-01T00:00:00Z, about 7"))
    #expect(refused.stderr.contains("ahead of this machine's clock"), "\(refused.stderr)")
    #expect(refused.stderr.contains("more than 5 minutes ahead is refused"))
    #expect(refused.stderr.contains("unset it"), "\(refused.stderr)")
    #expect(try s.bytes() == before)

    let later = try Self.writeWithRealClock(s, ["action", "progress", "A1", "--note", "today"])
    #expect(later.status == 0, "\(later.stderr)")
    #expect(try s.lines().count == 8)
    #expect(try s.run(["verify"]).status == 0)
  }

  @Test("a clock a few minutes fast is accepted; the refusal it causes says when to try again")
  func slightlyFast() throws {
    let s = try Scratch()
    try s.seedPlan()
    let fast = Self.fromNow(240)
    try s.write(["action", "progress", "A1", "--note", "fast clock"], at: fast)
    let before = try s.bytes()
    let refused = try Self.writeWithRealClock(s, ["action", "progress", "A1", "--note", "now"])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "the last event, seq 8 action.progress recorded \(fast) by Amara Okafor (Principal Social Worker)"
      ), "\(refused.stderr)")
    #expect(refused.stderr.contains("try again after \(fast)"), "\(refused.stderr)")
    #expect(try s.bytes() == before)
  }

  @Test("the clock-went-backwards refusal names the event ahead and what to do")
  func backwardsNamesTheEvent() throws {
    let s = try Scratch()
    try s.seedPlan()
    try s.write(["action", "rate", "A2", "amber", "--note", "slow"], at: "2026-01-06T09:00:00Z")
    let before = try s.bytes()
    let refused = try LedgerProcess.run(
      LedgerProcess.binary,
      [
        "action", "progress", "A1", "--note", "n", "--actor", "Sam Lee", "--role", "Team Manager",
        "--ledger", s.ledger.path,
      ], environment: ["LEDGER_NOW": "2026-01-05T12:00:00Z"])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "LEDGER_NOW says 2026-01-05T12:00:00Z, earlier than the last event, seq 8 action.rated recorded 2026-01-06T09:00:00Z by Amara Okafor (Principal Social Worker)"
      ), "\(refused.stderr)")
    #expect(
      refused.stderr.contains("set LEDGER_NOW to 2026-01-06T09:00:00Z or later"),
      "\(refused.stderr)")
    #expect(try s.bytes() == before)
  }
}
