import Foundation
import Testing

/// One way of altering a committed ledger, and the line where the damage must be reported.
struct Tampering: CustomTestStringConvertible, Sendable {
  var name: String
  var line: Int
  var alter: @Sendable ([String]) -> [String]
  var testDescription: String { name }
}

@Suite("Tampering is caught by verify and by the independent verifier")
struct IntegrityTests {
  static let tamperings: [Tampering] = [
    Tampering(name: "edit a title", line: 5) { lines in
      var l = lines
      l[4] = l[4].replacingOccurrences(
        of: "Daily MASH triage meeting", with: "Weekly MASH triage meeting")
      return l
    },
    Tampering(name: "edit the actor", line: 3) { lines in
      var l = lines
      l[2] = l[2].replacingOccurrences(of: "Amara Okafor", with: "Somebody Else")
      return l
    },
    Tampering(name: "delete a line", line: 4) { lines in
      var l = lines
      l.remove(at: 3)
      return l
    },
    Tampering(name: "reorder two lines", line: 3) { lines in
      var l = lines
      l.swapAt(2, 3)
      return l
    },
    Tampering(name: "insert a copied line", line: 4) { lines in
      var l = lines
      l.insert(l[2], at: 3)
      return l
    },
    Tampering(name: "truncate a line in the middle", line: 6) { lines in
      var l = lines
      l[5] = String(l[5].prefix(40))
      return l
    },
  ]

  static func pythonVerify(_ path: String, _ extra: [String] = []) throws -> LedgerProcess.Result {
    try LedgerProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", LedgerProcess.repository.appendingPathComponent("Tools/verify_ledger.py").path,
        path,
      ] + extra)
  }

  @Test("tampering is reported at the right line", arguments: tamperings)
  func tampered(_ t: Tampering) throws {
    let s = try Scratch()
    try s.seedPlan()
    let altered = t.alter(try s.lines())
    try Data((altered.joined(separator: "\n") + "\n").utf8).write(to: s.ledger)
    let swift = try s.run(["verify"])
    #expect(swift.status == 1)
    #expect(swift.stderr.contains("plan.jsonl:\(t.line): "), "\(swift.stderr)")
    let python = try Self.pythonVerify(s.ledger.path)
    #expect(python.status == 1)
    #expect(python.stderr.contains("plan.jsonl:\(t.line): "), "\(python.stderr)")
  }

  @Test("verify --head catches a cut or rewritten tail")
  func head() throws {
    let s = try Scratch()
    try s.seedPlan()
    let ok = try s.run(["verify"])
    let head = String(ok.stdout.split(separator: " ").last!).trimmingCharacters(
      in: .whitespacesAndNewlines)
    #expect(try s.run(["verify", "--head", head]).status == 0)
    #expect(try Self.pythonVerify(s.ledger.path, ["--head", head]).status == 0)
    // Cut the last event: the file still verifies on its own, but not against the old head.
    let lines = try s.lines()
    try Data((lines.dropLast().joined(separator: "\n") + "\n").utf8).write(to: s.ledger)
    #expect(try s.run(["verify"]).status == 0)
    let cut = try s.run(["verify", "--head", head])
    #expect(cut.status == 1)
    #expect(cut.stderr.contains("cut from the end"), "\(cut.stderr)")
    #expect(try Self.pythonVerify(s.ledger.path, ["--head", head]).status == 1)
    let malformed = try s.run(["verify", "--head", "7:abc"])
    #expect(malformed.status == 64)
  }

  @Test("reading is strict: bad JSON, newer versions and unknown types name the line")
  func strictReading() throws {
    let s = try Scratch()
    try s.seedPlan()
    let lines = try s.lines()
    let cases: [(String, String)] = [
      (lines[1].replacingOccurrences(of: "\"v\":1,", with: "\"v\":1,\"v\":1,"), "duplicate key"),
      (
        lines[1].replacingOccurrences(of: "\"},\"data_sha256\"", with: "\",},\"data_sha256\""),
        "trailing comma"
      ),
      (
        lines[1].replacingOccurrences(of: "\"v\":1,", with: "\"v\":4,"),
        "reads format versions up to 3"
      ),
      (
        lines[1].replacingOccurrences(of: "\"v\":1,", with: "\"v\":2,"),
        "is written with v 1"
      ),
      (
        lines[1].replacingOccurrences(of: "\"seq\":2,", with: "\"seq\":2.000000000000000001,"),
        "integer"
      ),
      (
        lines[1].replacingOccurrences(of: "source.added", with: "source.invented"),
        "unknown event type"
      ),
      (lines[1].replacingOccurrences(of: "\"actor\":", with: "\"actr\":"), "actor"),
    ]
    for (line, words) in cases {
      #expect(line != lines[1], "the alteration for \(words) must change the line")
      var altered = lines
      altered[1] = line
      try Data((altered.joined(separator: "\n") + "\n").utf8).write(to: s.ledger)
      for command in [["status"], ["verify"], ["history"]] {
        let r = try s.run(command)
        #expect(r.status == 1, "\(command) \(words)")
        #expect(r.stderr.contains("plan.jsonl:2: "), "\(r.stderr)")
        #expect(r.stderr.contains(words), "\(r.stderr)")
      }
      let python = try Self.pythonVerify(s.ledger.path)
      #expect(python.status == 1)
      #expect(python.stderr.contains("plan.jsonl:2: "), "\(python.stderr)")
    }
  }
}
