import Foundation
import Testing

@Suite("A plan's life through the CLI")
struct LifecycleTests {
  @Test("a full plan lifecycle: record, rate, complete, sign off, close, verify")
  func fullLifecycle() throws {
    let s = try Scratch()
    try s.seedPlan()
    try s.write(
      ["action", "rate", "A1", "amber", "--note", "Triage live in one team"],
      at: "2026-01-12T10:00:00Z")
    try s.write(
      ["action", "progress", "A1", "--note", "Second team started"], at: "2026-01-19T10:00:00Z")
    try s.write(
      [
        "action", "evidence", "A1", "--note", "Audit: 95% triaged in 24h", "--link",
        "https://example.org/a",
      ],
      at: "2026-01-26T10:00:00Z")
    try s.write(
      ["action", "complete", "A1", "--note", "Live everywhere"], at: "2026-02-02T10:00:00Z")
    try s.write(
      ["action", "sign-off", "A1", "--note", "Board accepts"], at: "2026-02-10T18:00:00Z")
    try s.write(["board-meeting", "--date", "2026-02-10"], at: "2026-02-10T18:30:00Z")

    let status = try s.json(["status"], at: "2026-02-11T09:00:00Z")
    let plan = try #require(status["plan"] as? [String: Any])
    #expect(plan["title"] as? String == "Improvement plan")
    #expect(plan["authority"] as? String == "Example Borough Council")
    let head = try #require(status["head"] as? [String: Any])
    #expect(head["seq"] as? Int == 13)
    let actions = try #require(status["actions"] as? [[String: Any]])
    let a1 = try #require(actions.first { $0["id"] as? String == "A1" })
    #expect(a1["status"] as? String == "signed-off")
    #expect(a1["rag"] as? String == "blue")
    #expect(a1["overdue"] as? Bool == false)
    let a3 = try #require(actions.first { $0["id"] as? String == "A3" })
    #expect(a3["overdue"] as? Bool == true, "A3 was due 2026-01-31")
    #expect(a3["rag"] is NSNull)
    let rag = try #require(status["rag"] as? [String: Any])
    #expect(rag["blue"] as? Int == 1)
    #expect(rag["unrated"] as? Int == 2)
    let recs = try #require(status["recommendations"] as? [[String: Any]])
    #expect(recs.map { $0["id"] as? String } == ["R1", "R2"])
    #expect((recs[0]["actions"] as? [String]) == ["A1", "A2"])
    #expect(recs[1]["text"] as? String == "The quality of children’s plans.")

    // R1 cannot close while A2 is open; withdraw A2 from R1's point of view by signing off.
    let refused = try s.run(
      ["recommendation", "close", "R1", "--note", "done"] + s.actor, at: "2026-02-12T09:00:00Z")
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("A2 (open)"))

    let verify = try s.run(["verify"])
    #expect(verify.status == 0)
    #expect(verify.stdout.hasPrefix("ok: 13 events, head 13:"))
    let python = try LedgerProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", LedgerProcess.repository.appendingPathComponent("Tools/verify_ledger.py").path,
        s.ledger.path,
      ])
    #expect(python.status == 0, "\(python.stderr)")
    #expect(
      python.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        == verify.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  @Test("as-of returns the earlier state, whatever was recorded later")
  func asOf() throws {
    let s = try Scratch()
    try s.seedPlan()
    try s.write(
      ["action", "rate", "A2", "red", "--note", "No auditors"], at: "2026-01-12T10:00:00Z")
    try s.write(
      ["action", "rate", "A2", "green", "--note", "Auditors in post"], at: "2026-02-12T10:00:00Z")
    try s.write(
      ["action", "amend", "A2", "--due", "2026-04-30", "--reason", "Board agreed"],
      at: "2026-02-13T10:00:00Z")

    func a2(_ asOf: String) throws -> [String: Any] {
      let status = try s.json(["status", "--as-of", asOf], at: "2026-03-01T00:00:00Z")
      let actions = status["actions"] as? [[String: Any]] ?? []
      return actions.first { $0["id"] as? String == "A2" } ?? [:]
    }
    #expect(try a2("2026-01-05")["rag"] is NSNull)
    #expect(try a2("2026-01-12")["rag"] as? String == "red")
    #expect(try a2("2026-01-12T09:59:59Z")["rag"] is NSNull)
    #expect(try a2("2026-02-12T10:00:00Z")["rag"] as? String == "green")
    #expect(try a2("2026-02-12")["due"] as? String == "2026-03-31")
    #expect(try a2("2026-02-13")["due"] as? String == "2026-04-30")
    // Before the plan existed there is nothing to show: say when it began.
    let before = try s.run(["status", "--as-of", "2026-01-04"])
    #expect(before.status == 1)
    #expect(before.stderr.contains("first event was recorded at 2026-01-05T09:00:00Z"))

    let bad = try s.run(["status", "--as-of", "2026-02-30"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("2026-02-30"))
  }

  @Test("a retraction undoes an event's effect but keeps it in history, marked")
  func retraction() throws {
    let s = try Scratch()
    try s.seedPlan()
    // seq 8:
    try s.write(
      ["action", "rate", "A3", "red", "--note", "Meant for A1"], at: "2026-01-06T09:00:00Z")
    try s.write(["retract", "8", "--reason", "Rated the wrong action"], at: "2026-01-06T09:05:00Z")
    let status = try s.json(["status"], at: "2026-01-07T00:00:00Z")
    let a3 = (status["actions"] as? [[String: Any]])?.first { $0["id"] as? String == "A3" }
    #expect(a3?["rag"] is NSNull)
    let earlier = try s.json(["status", "--as-of", "2026-01-06T09:01:00Z"])
    let a3Then = (earlier["actions"] as? [[String: Any]])?.first { $0["id"] as? String == "A3" }
    #expect(
      a3Then?["rag"] as? String == "red", "before the retraction was recorded, the rating stood")

    let history = try s.run(["history", "A3", "--json"])
    let entries =
      try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]] ?? []
    let rated = try #require(entries.first { $0["seq"] as? Int == 8 })
    let retracted = try #require(rated["retracted"] as? [String: Any])
    #expect(retracted["reason"] as? String == "Rated the wrong action")
    #expect(try s.run(["history", "A3"]).stdout.contains("Rated the wrong action"))

    // Retracting again, retracting a retraction, retracting seq 1: refused.
    for (seq, words) in [
      ("8", "already retracted"), ("9", "itself a retraction"), ("1", "cannot be retracted"),
      ("99", "no event 99"),
    ] {
      let before = try s.bytes()
      let r = try s.run(["retract", seq, "--reason", "x"] + s.actor, at: "2026-01-06T09:10:00Z")
      #expect(r.status == 1, "retract \(seq)")
      #expect(r.stderr.contains(words), "\(r.stderr)")
      #expect(try s.bytes() == before)
    }
  }

  @Test("a retraction is refused while later events build on it, naming them")
  func retractionWithDependents() throws {
    let s = try Scratch()
    try s.seedPlan()
    // seq 8, then 9:
    try s.write(["action", "complete", "A1", "--note", "done"], at: "2026-01-06T09:00:00Z")
    try s.write(["action", "sign-off", "A1", "--note", "accepted"], at: "2026-01-06T10:00:00Z")
    let before = try s.bytes()
    let r = try s.run(
      ["retract", "8", "--reason", "not done"] + s.actor, at: "2026-01-06T11:00:00Z")
    #expect(r.status == 1)
    #expect(r.stderr.contains("9 (action.signed-off A1)"), "\(r.stderr)")
    #expect(try s.bytes() == before)
    let r2 = try s.run(
      ["retract", "5", "--reason", "wrong action"] + s.actor, at: "2026-01-06T11:00:00Z")
    #expect(r2.status == 1)
    #expect(r2.stderr.contains("8 (action.completed A1)"), "\(r2.stderr)")
    // Newest first works.
    try s.write(["retract", "9", "--reason", "signed off too early"], at: "2026-01-06T11:00:00Z")
    try s.write(["retract", "8", "--reason", "not actually complete"], at: "2026-01-06T11:01:00Z")
    let status = try s.json(["status"], at: "2026-01-06T12:00:00Z")
    let a1 = (status["actions"] as? [[String: Any]])?.first { $0["id"] as? String == "A1" }
    #expect(a1?["status"] as? String == "open")
  }
}
