import Foundation
import Testing

/// The annual cycle through the built binary (issue 9): the statutory deadline, the year-end
/// review, carrying a plan forward, and the self-evaluation, on the shipped examples.
@Suite("Annual cycle, end to end")
struct AnnualCycleTests {
  static let examples = LedgerProcess.repository.appendingPathComponent("Events/examples")
  static func example(_ name: String) -> String {
    examples.appendingPathComponent(name).path
  }
  static let outputs = LedgerProcess.repository.appendingPathComponent("Events/outputs")
  static func output(_ name: String) -> String { outputs.appendingPathComponent(name).path }
  static let old = example("london-plg-2020-21.jsonl")
  static let new = example("london-plg-2021-22.jsonl")

  func ledger(_ arguments: [String], now: String = "2023-07-01T00:00:00Z") throws
    -> LedgerProcess.Result
  {
    try LedgerProcess.run(LedgerProcess.binary, arguments, environment: ["LEDGER_NOW": now])
  }

  @Test("Stockton: report published Tue 9 May 2023, plan due Wed 16 Aug 2023; due, then met")
  func stocktonDeadline() throws {
    let path = Self.example("stockton-ilacs-2023.jsonl")
    let before = try ledger(["deadlines", "--ledger", path, "--as-of", "2023-07-01", "--json"])
    #expect(before.status == 0, "\(before.stderr)")
    let list = try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [[String: Any]]
    #expect(list?.count == 1)
    #expect(list?.first?["due"] as? String == "2023-08-16")
    #expect(list?.first?["status"] as? String == "due")
    #expect(list?.first?["sent"] is NSNull)
    let after = try ledger(["deadlines", "--ledger", path, "--as-of", "2023-09-01", "--json"])
    let met = try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]]
    #expect(met?.first?["status"] as? String == "met")
    #expect(met?.first?["sent"] as? String == "2023-08-14")
    let status = try ledger(["status", "--ledger", path, "--as-of", "2023-07-01"])
    #expect(status.stdout.contains("Statutory deadlines:"))
    #expect(status.stdout.contains("due Wed 16 Aug 2023"))
    let closed = try ledger(["status", "--ledger", path, "--as-of", "2023-09-01"])
    #expect(!closed.stdout.contains("Statutory deadlines:"), "a met deadline is not shown")
  }

  @Test("the board paper shows the open deadline, in Markdown and HTML, and not once it is met")
  func deadlineInThePaper() throws {
    let path = Self.example("stockton-ilacs-2023.jsonl")
    let markdown = try ledger([
      "report", "--ledger", path, "--as-of", "2023-07-01", "--no-appendix",
    ])
    #expect(markdown.status == 0, "\(markdown.stderr)")
    #expect(
      markdown.stdout.contains(
        "**Statutory deadline:** ILACS2023  action plan to Ofsted  due Wed 16 Aug 2023"))
    let html = try ledger([
      "report", "--ledger", path, "--as-of", "2023-07-01", "--no-appendix", "--format", "html",
    ])
    #expect(html.stdout.contains("<strong>Statutory deadline:</strong> <bdi>ILACS2023"))
    let met = try ledger(["report", "--ledger", path, "--as-of", "2023-09-01", "--no-appendix"])
    #expect(met.status == 0, "\(met.stderr)")
    #expect(!met.stdout.contains("Statutory deadline"), "a met deadline is not shown")
  }

  @Test("the carried-forward plan's paper says where the carried items' earlier history is")
  func carriedPlanPaper() throws {
    let path = Self.example("london-plg-2021-22.jsonl")
    for format in ["markdown", "html"] {
      let paper = try ledger(["report", "--ledger", path, "--no-appendix", "--format", format])
      #expect(paper.status == 0, "\(paper.stderr)")
      #expect(paper.stdout.contains("Carried forward from a previous ledger at its seq 40"))
    }
    let first = try ledger(["report", "--ledger", Self.example("london-plg-2020-21.jsonl")])
    #expect(!first.stdout.contains("Carried forward from a previous ledger"))
  }

  @Test("an unsent plan after the due date is overdue; plan-sent before publication is refused")
  func overdueAndRefusal() throws {
    let s = try Scratch()
    try s.write(["init", "--title", "Plan", "--authority", "Council"], at: "2023-05-10T09:00:00Z")
    try s.write(
      [
        "source", "add", "I1", "--type", "ilacs-standard", "--title", "ILACS", "--date",
        "2023-03-20", "--published", "2023-05-09",
      ], at: "2023-05-10T09:00:00Z")
    let late = try s.json(["deadlines", "--as-of", "2023-08-17"], at: "2023-08-17T00:00:00Z")
    _ = late
    let r = try s.run(["deadlines", "--as-of", "2023-08-17", "--json"], at: "2023-08-17T09:00:00Z")
    #expect(r.stdout.contains("\"overdue\""))
    let before = try s.bytes()
    let refused = try s.run(
      ["source", "plan-sent", "I1", "--date", "2023-05-01"] + s.actor, at: "2023-08-17T09:00:00Z")
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("before source I1's publication"))
    #expect(try s.bytes() == before, "a refused command leaves the file unchanged")
  }

  @Test("the year-end review matches its golden files, in seed 000's words")
  func review() throws {
    for (format, golden) in [
      ("markdown", "london-plg-review-2020-21.md"), ("json", "london-plg-review-2020-21.json"),
    ] {
      let r = try ledger([
        "review", "--ledger", Self.old, "--from", "2020-04-01", "--to", "2021-03-31", "--format",
        format,
      ])
      #expect(r.status == 0, "\(r.stderr)")
      let expected = try String(contentsOfFile: Self.output(golden), encoding: .utf8)
      #expect(r.stdout == expected, "differs from Events/outputs/\(golden)")
    }
    let json = try ledger([
      "review", "--ledger", Self.old, "--from", "2020-04-01", "--to", "2021-03-31", "--format",
      "json",
    ])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["carried_forward"] as? [String] == ["A2.3", "A4.1"])
    #expect(object?["deferred"] as? [String] == ["A1.3", "A1.4", "A2.2"])
    #expect(object?["withdrawn"] as? [String] == ["A4.2"])
    #expect((object?["meetings"] as? [Any])?.count == 8)
    #expect((object?["summary"] as? String)?.contains("The board met eight times.") == true)
    let html = try ledger([
      "review", "--ledger", Self.old, "--from", "2020-04-01", "--to", "2021-03-31", "--format",
      "html",
    ])
    #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(!html.stdout.contains("<script"))
  }

  @Test("carry-forward: both files verify, and the new one continues the old")
  func carriedExamplesVerify() throws {
    for path in [Self.old, Self.new] {
      let swift = try ledger(["verify", "--ledger", path])
      #expect(swift.status == 0, "\(swift.stderr)")
      let python = try IntegrityTests.pythonVerify(path)
      #expect(python.status == 0, "\(python.stderr)")
    }
    let r = try ledger(["verify", "--ledger", Self.new, "--previous", Self.old])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("continues"))
    let show = try ledger(["show", "A4.1", "--ledger", Self.new])
    #expect(show.stdout.contains("Carried forward from “Business Plan 2020-21”"))
  }

  @Test("verify --previous fails on a rewritten old ledger, and on an unrelated one")
  func rewrittenOldLedger() throws {
    let s = try Scratch()
    let old = s.folder.appendingPathComponent("old.jsonl")
    var text = try String(contentsOfFile: Self.old, encoding: .utf8)
    // Rewrite history the way a forger would: change a note and re-seal nothing.
    text = text.replacingOccurrences(of: "Pilot scoped", with: "Pilot delivered")
    try Data(text.utf8).write(to: old)
    let r = try ledger(["verify", "--ledger", Self.new, "--previous", old.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("previous ledger does not verify"))
    // A cut old ledger no longer holds the head the new one names.
    let lines = try String(contentsOfFile: Self.old, encoding: .utf8).split(separator: "\n")
    try Data((lines.prefix(30).joined(separator: "\n") + "\n").utf8).write(to: old)
    let cut = try ledger(["verify", "--ledger", Self.new, "--previous", old.path])
    #expect(cut.status == 1)
    #expect(cut.stderr.contains("no longer holds the head"))
    let other = try ledger([
      "verify", "--ledger", Self.new, "--previous", Self.example("stockton-ilacs-2023.jsonl"),
    ])
    #expect(other.status == 1)
  }

  @Test("an interrupted carry-forward is detected, and a re-run completes it")
  func interruptedCarryForward() throws {
    let s = try Scratch()
    let old = s.folder.appendingPathComponent("old.jsonl")
    let new = s.folder.appendingPathComponent("london-plg-2021-22.jsonl")
    // The old ledger as it stood before carry-forward (its last line is plan.carried-forward).
    let lines = try String(contentsOfFile: Self.old, encoding: .utf8).split(separator: "\n")
    try Data((lines.dropLast().joined(separator: "\n") + "\n").utf8).write(to: old)
    try Data(contentsOf: URL(fileURLWithPath: Self.new)).write(to: new)
    // As if the process stopped after the new file and before the old ledger's event.
    let check = try ledger(["verify", "--ledger", new.path, "--previous", old.path])
    #expect(check.status == 1)
    #expect(check.stderr.contains("was interrupted"))
    let args = [
      "carry-forward", "--ledger", old.path, "--to", new.path, "--title", "Business Plan 2021-22",
      "--actor", "Helen Marsh", "--role", "Chair, Practice Leaders Group",
    ]
    let rerun = try ledger(args, now: "2021-04-06T10:00:00Z")
    #expect(rerun.status == 0, "\(rerun.stderr)")
    #expect(rerun.stdout.contains("interrupted carry-forward"))
    let newAfter = try Data(contentsOf: new)
    #expect(newAfter == (try Data(contentsOf: URL(fileURLWithPath: Self.new))))
    #expect(try Data(contentsOf: old) == (try Data(contentsOf: URL(fileURLWithPath: Self.old))))
    let ok = try ledger(["verify", "--ledger", new.path, "--previous", old.path])
    #expect(ok.status == 0, "\(ok.stderr)")
    // A second run is refused (rule 15) and changes nothing.
    let again = try ledger(args, now: "2021-04-06T10:00:00Z")
    #expect(again.status == 1)
    #expect(try Data(contentsOf: old) == (try Data(contentsOf: URL(fileURLWithPath: Self.old))))
  }

  @Test("carry-forward keeps the clock rules: a clock years ahead is refused, nothing written")
  func futureClock() throws {
    let s = try Scratch()
    let old = s.folder.appendingPathComponent("old.jsonl")
    let lines = try String(contentsOfFile: Self.old, encoding: .utf8).split(separator: "\n")
    try Data((lines.dropLast().joined(separator: "\n") + "\n").utf8).write(to: old)
    let before = try Data(contentsOf: old)
    let new = s.folder.appendingPathComponent("new.jsonl")
    let r = try ledger(
      [
        "carry-forward", "--ledger", old.path, "--to", new.path, "--title", "Next",
        "--actor", "A", "--role", "B",
      ], now: "2099-01-01T00:00:00Z")
    #expect(r.status == 1, "\(r.stderr)")
    #expect(r.stderr.contains("ahead"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: new.path))
    #expect(try Data(contentsOf: old) == before)
  }

  @Test("carry-forward never overwrites a file that is not its own")
  func noOverwrite() throws {
    let s = try Scratch()
    let old = s.folder.appendingPathComponent("old.jsonl")
    let lines = try String(contentsOfFile: Self.old, encoding: .utf8).split(separator: "\n")
    try Data((lines.dropLast().joined(separator: "\n") + "\n").utf8).write(to: old)
    let before = try Data(contentsOf: old)
    let other = s.folder.appendingPathComponent("notes.txt")
    try Data("my notes\n".utf8).write(to: other)
    let r = try ledger(
      [
        "carry-forward", "--ledger", old.path, "--to", other.path, "--title", "Next",
        "--actor", "A", "--role", "B",
      ], now: "2021-04-06T10:00:00Z")
    #expect(r.status == 1)
    #expect(try Data(contentsOf: other) == Data("my notes\n".utf8))
    #expect(try Data(contentsOf: old) == before)
  }

  @Test("the self-evaluation answers seed 003's three questions, matching its golden file")
  func selfEvaluation() throws {
    let path = Self.example("lbbd-self-evaluation-2021.jsonl")
    let r = try ledger(["self-evaluation", "--ledger", path, "--as-of", "2021-04-20"])
    #expect(r.status == 0, "\(r.stderr)")
    let expected = try String(
      contentsOfFile: Self.output("lbbd-self-evaluation-2021.md"), encoding: .utf8)
    #expect(r.stdout == expected)
    for question in [
      "What do we know about the quality and impact of social work practice?",
      "How do we know it?", "What are our plans for the next 12 months?",
    ] {
      #expect(r.stdout.components(separatedBy: question).count == 4, "three areas ask \(question)")
    }
    let html = try ledger([
      "self-evaluation", "--ledger", path, "--as-of", "2021-04-20", "--format", "html",
    ])
    #expect(html.stdout.contains("<h3><bdi>How do we know it?</bdi></h3>"))
  }

  @Test("board-meeting records attendance and apologies, as a v3 line; without them, v1")
  func meetingAttendance() throws {
    let s = try Scratch()
    try s.seedPlan()
    try s.write(["board-meeting", "--date", "2026-01-05"])
    try s.write([
      "board-meeting", "--date", "2026-01-05", "--attendee", "Helen Marsh (Chair)",
      "--apologies", "Tom Ellis (Head of Service)",
    ])
    let lines = try s.lines()
    #expect(lines[lines.count - 2].hasPrefix("{\"v\":1,"))
    #expect(lines[lines.count - 1].hasPrefix("{\"v\":3,"))
    #expect(lines[lines.count - 1].contains("\"attendees\":[\"Helen Marsh (Chair)\"]"))
    let python = try IntegrityTests.pythonVerify(s.ledger.path)
    #expect(python.status == 0, "\(python.stderr)")
  }
}
