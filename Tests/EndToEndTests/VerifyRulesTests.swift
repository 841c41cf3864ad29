import Foundation
import Testing

/// One crafted line appended to the seeded plan (seq 8), re-sealed so the chain is intact,
/// and what `ledger verify` must say about it.
struct CraftedLine: CustomTestStringConvertible, Sendable {
  var name: String
  var type: String
  var data: String
  var says: String
  var testDescription: String { name }
}

@Suite("verify checks canonical form and the writer's rules on correctly chained files")
struct VerifyRulesTests {
  /// Recomputes every line's `data_sha256`, `prev` and `hash` with Python's hashlib, writing
  /// canonical lines: a crafted fault is then correctly chained.
  static func reseal(_ path: String) throws {
    let script = """
      import hashlib, json, sys
      p = sys.argv[1]
      prev, out = "0" * 64, []
      dump = lambda v, s: json.dumps(v, ensure_ascii=False, separators=(",", ":"), sort_keys=s)
      for raw in open(p, encoding="utf-8").read().splitlines():
          o = json.loads(raw)
          o["data_sha256"] = hashlib.sha256(dump(o["data"], True).encode()).hexdigest()
          o["prev"] = prev
          header = {k: v for k, v in o.items() if k not in ("data", "hash")}
          o["hash"] = prev = hashlib.sha256(dump(header, True).encode()).hexdigest()
          o["data"] = json.loads(dump(o["data"], True))
          keys = ["v", "seq", "type", "recorded", "effective", "actor", "data", "data_sha256", "prev", "hash"]
          out.append(dump({k: o[k] for k in keys if k in o}, False))
      open(p, "w", encoding="utf-8").write("\\n".join(out) + "\\n")
      """
    let r = try LedgerProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, path])
    #expect(r.status == 0, "\(r.stderr)")
  }

  /// The seeded plan (7 events) plus `line`, re-sealed.
  static func crafted(_ line: String) throws -> Scratch {
    let s = try Scratch()
    try s.seedPlan()
    let text = try String(contentsOf: s.ledger, encoding: .utf8) + line + "\n"
    try Data(text.utf8).write(to: s.ledger)
    try reseal(s.ledger.path)
    return s
  }

  static func line(_ type: String, _ data: String, recorded: String = "2026-01-05T10:00:00Z")
    -> String
  {
    #"{"v":1,"seq":8,"type":""# + type + #"","recorded":""# + recorded
      + #"","actor":{"name":"Amara Okafor","role":"Principal Social Worker"},"data":"# + data
      + #","data_sha256":"","prev":"","hash":""}"#
  }

  static let faults: [CraftedLine] = [
    CraftedLine(
      name: "a retraction of seq 1", type: "event.retracted", data: #"{"reason":"r","seq":1}"#,
      says: "rule 9: event 1 creates the plan"),
    CraftedLine(
      name: "a sign-off of an action never completed", type: "action.signed-off",
      data: #"{"id":"A1","note":"n"}"#, says: "rule 6: action A1 is not complete"),
    CraftedLine(
      name: "a reference to an unknown ID", type: "action.progress",
      data: #"{"id":"A9","note":"n"}"#, says: "rule 2: there is no action A9"),
    CraftedLine(
      name: "a blue rating", type: "action.rated", data: #"{"id":"A1","note":"n","rag":"blue"}"#,
      says: "rule 10:"),
    CraftedLine(
      name: "closing a recommendation with open actions", type: "recommendation.closed",
      data: #"{"id":"R1","note":"n"}"#, says: "rule 5:"),
    CraftedLine(
      name: "evidence with a javascript: link", type: "action.evidence",
      data: #"{"id":"A1","link":"javascript:alert(1)","note":"n"}"#, says: "rule 11:"),
    CraftedLine(
      name: "payload.redacted written with v 1", type: "payload.redacted",
      data:
        #"{"data_sha256":"0000000000000000000000000000000000000000000000000000000000000000","members":["id"],"reason":"r","redacted_sha256":"0000000000000000000000000000000000000000000000000000000000000000","seq":5}"#,
      says: "type payload.redacted is written with v 2, not v 1"),
  ]

  @Test("a fault a writer would have refused fails at its line, naming the rule", arguments: faults)
  func ruleFaults(_ fault: CraftedLine) throws {
    let s = try Self.crafted(Self.line(fault.type, fault.data))
    let r = try s.run(["verify"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("plan.jsonl:8: \(fault.says)"), "\(r.stderr)")
    if fault.says.hasPrefix("rule") {
      #expect(try s.run(["status"]).status == 0, "readers still read a rule-breaking file")
    }
  }

  /// Issue 6 item 1: alterations both verifiers accepted (or wrongly refused).
  static let alterations: [(String, String, String)] = [
    ("a fraction padded into recorded", "T09:00:00Z", "T09:00:00.000000000999Z"),
    ("whitespace in the envelope", #""seq":3,"#, #""seq": 3,"#),
    ("envelope members out of order", #"{"v":1,"seq":3,"#, #"{"seq":3,"v":1,"#),
    (
      "an escaped letter", #""type":"recommendation.added""#, #""type":"recommendation.\u0061dded""#
    ),
    ("data members out of order", #""id":"R1","priority":false,"#, #""priority":false,"id":"R1","#),
  ]

  @Test("non-canonical line 3 fails verify, even before its hash is checked")
  func canonical() throws {
    for (name, from, to) in Self.alterations {
      let s = try Scratch()
      try s.seedPlan()
      var lines = try s.lines()
      let altered = lines[2].replacingOccurrences(of: from, with: to)
      #expect(altered != lines[2], "\(name) must change the line")
      lines[2] = altered
      try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: s.ledger)
      let r = try s.run(["verify"])
      #expect(r.status == 1, "\(name)")
      #expect(r.stderr.contains("plan.jsonl:3: "), "\(name): \(r.stderr)")
    }
  }

  @Test("a slash written as \\/ is not canonical")
  func escapedSlash() throws {
    let s = try Self.crafted(
      Self.line("action.evidence", #"{"id":"A1","link":"https://example.org/a","note":"n"}"#))
    var lines = try s.lines()
    lines[7] = lines[7].replacingOccurrences(of: "example.org/a", with: #"example.org\/a"#)
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: s.ledger)
    let r = try s.run(["verify"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("plan.jsonl:8: line is not in canonical form at byte"), "\(r.stderr)")
  }

  @Test("a valid line sealed with a fraction in recorded fails on its spelling")
  func fractionSealed() throws {
    let s = try Self.crafted(
      Self.line("action.progress", #"{"id":"A1","note":"n"}"#, recorded: "2026-01-05T10:00:00.50Z"))
    let r = try s.run(["verify"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("plan.jsonl:8: \"recorded\" is"), "\(r.stderr)")
  }

  @Test("a torn tail and an empty file fail verify with exit 1")
  func tornAndEmpty() throws {
    let s = try Scratch()
    try s.seedPlan()
    let handle = try FileHandle(forWritingTo: s.ledger)
    handle.seekToEndOfFile()
    handle.write(Data(#"{"v":1,"seq":8"#.utf8))
    try handle.close()
    let torn = try s.run(["verify"])
    #expect(torn.status == 1)
    #expect(torn.stderr.contains("plan.jsonl:8: line 8 is torn"), "\(torn.stderr)")
    try Data().write(to: s.ledger)
    let empty = try s.run(["verify"])
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("holds no events"), "\(empty.stderr)")
  }

  @Test("--head with a leading zero or a sign is a usage error")
  func headSyntax() throws {
    let s = try Scratch()
    try s.seedPlan()
    let hash = String(repeating: "a", count: 64)
    for head in ["07:\(hash)", "+7:\(hash)"] {
      #expect(try s.run(["verify", "--head", head]).status == 64, "\(head)")
    }
  }
}
