import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Redaction: removing a child's name keeps every other byte and the chain")
struct RedactionTests {
  /// The text that must vanish.
  static let secret = "Met Jamie Okonkwo-Smith at 4 Elm Road"

  /// The seeded plan (7 events), a note with a child's name (8) and a rating (9).
  static func ledgerWithName() throws -> Scratch {
    let s = try Scratch()
    try s.seedPlan()
    try s.write(["action", "progress", "A1", "--note", secret])
    try s.write(["action", "rate", "A1", "amber", "--note", "Live in one team"])
    return s
  }

  static let reason = ["--reason", "A child's name and address (data protection)"]

  /// Every file under `folder` whose bytes contain `text`.
  static func files(in folder: URL, containing text: String) throws -> [String] {
    let needle = Data(text.utf8)
    var hits: [String] = []
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    while let url = walker?.nextObject() as? URL {
      guard let bytes = try? Data(contentsOf: url) else { continue }
      if bytes.range(of: needle) != nil { hits.append(url.lastPathComponent) }
    }
    return hits
  }

  static func pythonVerify(_ path: String) throws -> LedgerProcess.Result {
    try LedgerProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", LedgerProcess.repository.appendingPathComponent("Tools/verify_ledger.py").path,
        path,
      ])
  }

  @Test("a redacted note is in no file; every other line is byte-identical; both verifiers pass")
  func redactsANote() throws {
    let s = try Self.ledgerWithName()
    let before = try s.lines()
    let head = try s.run(["verify"])
    #expect(head.status == 0)
    let quoted = try #require(
      head.stdout.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
    let result = try s.run(["redact", "8", "--member", "note"] + Self.reason + s.actor)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("recorded 10 payload.redacted of event 8 (note)"))

    let after = try s.lines()
    #expect(after.count == before.count + 1)
    for i in before.indices where i != 7 { #expect(after[i] == before[i], "line \(i + 1)") }
    #expect(after[7].contains(#""note":"[redacted]""#))
    #expect(after[9].hasPrefix(#"{"v":2,"seq":10,"type":"payload.redacted""#))
    #expect(try Self.files(in: s.folder, containing: "Okonkwo").isEmpty)

    let verify = try s.run(["verify"])
    #expect(verify.status == 0, "\(verify.stderr)")
    let paper = try s.run(["verify", "--head", quoted])
    #expect(paper.status == 0, "\(paper.stderr)")
    let python = try Self.pythonVerify(s.ledger.path)
    #expect(python.status == 0, "\(python.stdout)\(python.stderr)")

    let history = try s.run(["history", "A1"])
    #expect(history.status == 0)
    #expect(history.stdout.contains(#"noted progress on A1 — "[redacted]"  [redacted note by 10]"#))
    #expect(
      history.stdout.contains(
        "redacted note of event 8 (action.progress A1) — \"A child's name and address (data protection)\""
      ), "\(history.stdout)")
    let status = try s.run(["status"])
    #expect(status.status == 0)
    #expect(status.stdout.contains("amber"))
  }

  @Test("the inspector's appendix lists the redaction: which event, what, by whom, when, why")
  func appendixShowsIt() throws {
    let s = try Self.ledgerWithName()
    try s.write(["redact", "8", "--member", "note"] + Self.reason)
    let markdown = try s.run(["report"])
    #expect(markdown.status == 0, "\(markdown.stderr)")
    #expect(markdown.stdout.contains("### Redacted for data protection"))
    #expect(
      markdown.stdout.contains(
        "| 8 | 2026-01-05 09:00 | noted progress on A1 | note | event 10 (Amara Okafor, Principal Social Worker) | 2026-01-05 09:00 | A child's name and address (data protection) |"
      ), "\(markdown.stdout)")
    #expect(!markdown.stdout.contains("Okonkwo"))
    let html = s.folder.appendingPathComponent("paper.html")
    let report = try s.run(["report", "--output", html.path])
    #expect(report.status == 0, "\(report.stderr)")
    let page = try String(contentsOf: html, encoding: .utf8)
    #expect(page.contains("Redacted for data protection"))
    #expect(page.contains("REDACTED note by event 10"))
    #expect(!page.contains("Okonkwo"))
  }

  @Test("two redactions of one line (different members) both verify")
  func redactTwice() throws {
    let s = try Self.ledgerWithName()
    try s.write(["redact", "5", "--member", "owner"] + Self.reason)
    try s.write(["redact", "5", "--member", "title"] + Self.reason)
    let line = try s.lines()[4]
    #expect(line.contains(#""owner":"[redacted]""#) && line.contains(#""title":"[redacted]""#))
    #expect(try s.run(["verify"]).status == 0)
    #expect(try Self.pythonVerify(s.ledger.path).status == 0)
    try s.write(["action", "progress", "A1", "--note", "still works"])
    #expect(try s.run(["verify"]).status == 0)
  }

  @Test(
    "refused with exit 1, the file byte-for-byte unchanged",
    arguments: [
      (["99", "--member", "note"], "there is no event 99"),
      (["5", "--member", "id"], "not free text"),
      (["5", "--member", "due"], "not free text"),
      (["8", "--member", "reason"], "not free text"),
      (["2", "--member", "url"], "has no member"),
      (["10", "--member", "reason"], "itself a redaction"),
      (["8", "--member", "note"], "already redacted"),
    ])
  func refusals(arguments: [String], says: String) throws {
    let s = try Self.ledgerWithName()
    try s.write(["redact", "8", "--member", "note"] + Self.reason)
    let before = try s.bytes()
    let result = try s.run(["redact"] + arguments + Self.reason + s.actor)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains(says), "\(result.stderr)")
    #expect(try s.bytes() == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: s.folder.path) == ["plan.jsonl"])
  }

  @Test(
    "usage errors exit 64, the file unchanged",
    arguments: [
      ["8"], ["8", "--member", ""], ["eight", "--member", "note"], ["0", "--member", "note"],
      ["8", "--member", "note", "--member", "note"],
      ["8", "--member", "note", "--effective", "2026-01-01"],
    ])
  func usage(arguments: [String]) throws {
    let s = try Self.ledgerWithName()
    let before = try s.bytes()
    let result = try s.run(["redact"] + arguments + Self.reason + s.actor)
    #expect(result.status == 64, "\(result.stderr)")
    #expect(try s.bytes() == before)
  }

  @Test("a ledger that does not verify is not redacted")
  func refusesATamperedFile() throws {
    let s = try Self.ledgerWithName()
    var text = String(decoding: try s.bytes(), as: UTF8.self)
    text = text.replacingOccurrences(of: "Live in one team", with: "Live in all teams")
    try Data(text.utf8).write(to: s.ledger)
    let before = try s.bytes()
    let result = try s.run(["redact", "8", "--member", "note"] + Self.reason + s.actor)
    #expect(result.status == 1)
    #expect(result.stderr.contains("plan.jsonl:9:"), "\(result.stderr)")
    #expect(try s.bytes() == before)
  }

  @Test("the file's mode is kept, a symlink stays a symlink, a hard-linked ledger is refused")
  func fileProperties() throws {
    let s = try Self.ledgerWithName()
    #expect(chmod(s.ledger.path, 0o640) == 0)
    let symlink = s.folder.appendingPathComponent("current.jsonl")
    try FileManager.default.createSymbolicLink(at: symlink, withDestinationURL: s.ledger)
    let result = try LedgerProcess.run(
      LedgerProcess.binary,
      ["redact", "8", "--member", "note", "--ledger", symlink.path] + Self.reason + s.actor,
      environment: ["LEDGER_NOW": s.now])
    #expect(result.status == 0, "\(result.stderr)")
    var info = stat()
    #expect(lstat(s.ledger.path, &info) == 0)
    #expect(info.st_mode & 0o7777 == 0o640)
    #expect(lstat(symlink.path, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFLNK)

    let other = s.folder.appendingPathComponent("hard.jsonl")
    #expect(link(s.ledger.path, other.path) == 0)
    let before = try s.bytes()
    let refused = try s.run(["redact", "5", "--member", "owner"] + Self.reason + s.actor)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("hard links"), "\(refused.stderr)")
    #expect(try s.bytes() == before)
  }

  @Test("a side file holding the text of a torn tail is named, and never deleted")
  func sideFileHoldingText() throws {
    let s = try Self.ledgerWithName()
    let handle = try FileHandle(forWritingTo: s.ledger)
    handle.seekToEndOfFile()
    handle.write(
      Data(
        #"{"v":1,"seq":10,"type":"action.progress","recorded":"2026-01-05T09:00:00Z","actor":{"name":"Amara Okafor","role":"Principal Social Worker"},"data":{"id":"A1","note":"Met Jamie Okonkwo-Smith at 4 Elm"#
          .utf8))
    try handle.close()
    let result = try s.run(["redact", "8", "--member", "note"] + Self.reason + s.actor)
    #expect(result.status == 0, "\(result.stderr)")
    let sides = try FileManager.default.contentsOfDirectory(atPath: s.folder.path).filter {
      $0.hasPrefix("plan.jsonl.torn-")
    }
    #expect(sides.count == 1)
    #expect(result.stderr.contains("moved a torn tail"), "\(result.stderr)")
    #expect(
      result.stderr.contains("holds (at least the start of) the redacted text"), "\(result.stderr)")
    #expect(try Self.files(in: s.folder, containing: "Okonkwo") == sides)
    #expect(try s.run(["verify"]).status == 0)
  }

  @Test("a copy left by a killed redaction is not the ledger, and the next redaction removes it")
  func leftoverCopy() throws {
    let s = try Self.ledgerWithName()
    let before = try s.bytes()
    let leftover = s.folder.appendingPathComponent("plan.jsonl.redacting-99999")
    try before.prefix(100).write(to: leftover)
    #expect(try s.run(["verify"]).status == 0)
    #expect(try s.bytes() == before)
    let result = try s.run(["redact", "8", "--member", "note"] + Self.reason + s.actor)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("removed \(leftover.path)"), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: s.folder.path) == ["plan.jsonl"])
  }

  @Test("killed at any moment, a redaction leaves the old ledger or the new one, whole")
  func killedRedaction() throws {
    var rng = SystemRandomNumberGenerator()
    for round in 0..<8 {
      let s = try Self.ledgerWithName()
      let before = try s.bytes()
      let run = try SpawnedLedger(
        ["redact", "8", "--member", "note", "--ledger", s.ledger.path] + Self.reason + s.actor,
        environment: ["LEDGER_NOW": s.now])
      usleep(UInt32.random(in: 0...40_000, using: &rng))
      kill(run.pid, SIGKILL)
      _ = run.finish(within: 10)
      let after = try s.bytes()
      #expect(after == before || after.count > before.count, "round \(round)")
      #expect(try s.run(["verify"]).status == 0, "round \(round)")
      try s.write(["redact", "5", "--member", "owner"] + Self.reason)
      #expect(try FileManager.default.contentsOfDirectory(atPath: s.folder.path) == ["plan.jsonl"])
    }
  }
}
