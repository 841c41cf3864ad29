import Foundation
import Testing

/// The command line as people expect it: global options anywhere, help only as an option,
/// text from files, one exit-code rule, the same time windows everywhere.
@Suite("The command line through the built binary")
struct CommandLineTests {
  static func ledger(_ arguments: [String], environment: [String: String] = [:]) throws
    -> LedgerProcess.Result
  {
    try LedgerProcess.run(LedgerProcess.binary, arguments, environment: environment)
  }

  static let example = LedgerProcess.repository.appendingPathComponent(
    "Events/examples/lewisham-focused-visit.jsonl"
  ).path

  @Test("--ledger PATH before the command works, as the usage line says")
  func globalOptionFirst() throws {
    let r = try Self.ledger(["--ledger", Self.example, "status", "--as-of", "2022-02-28"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("Focused visit improvement plan"))
  }

  @Test("--version prints the version; 'help' and 'help COMMAND' print what --help prints")
  func versionAndHelp() throws {
    let version = try Self.ledger(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("ledger "))
    #expect(try Self.ledger(["help"]).stdout == (try Self.ledger(["--help"])).stdout)
    let word = try Self.ledger(["help", "action", "rate"])
    #expect(word.status == 0)
    #expect(word.stdout == (try Self.ledger(["action", "rate", "--help"])).stdout)
    #expect(word.stdout.contains("--note-file PATH"))
    #expect(word.stdout.contains("less one final newline"))
  }

  @Test("help is only an option token: '--note -h' is a note, 'show -- -h' looks up '-h'")
  func helpOnlyAsOption() throws {
    let s = try Scratch()
    try s.seedPlan()
    let note = try s.write(["action", "progress", "A1", "--note", "-h"])
    #expect(note.stdout.hasPrefix("recorded 8 action.progress A1"))
    #expect(try s.lines().last?.contains("\"note\":\"-h\"") == true)
    let show = try LedgerProcess.run(
      LedgerProcess.binary, ["--ledger", s.ledger.path, "show", "--", "-h"])
    #expect(show.status == 64)
    #expect(show.stderr.contains("ID"), "\(show.stderr)")
    #expect(!show.stdout.contains("usage:"))
  }

  @Test("--note-file and - for standard input store the text exactly, less one final newline")
  func textFromFiles() throws {
    let s = try Scratch()
    try s.seedPlan()
    let text = "First paragraph, with “quotes” and £.\n\nSecond paragraph.\n"
    let file = s.folder.appendingPathComponent("note.txt")
    try Data((text + "\n").utf8).write(to: file)
    try s.write(["action", "progress", "A1", "--note-file", file.path])
    // Larger than the kernel's limit for one argument (128 KiB): only a file can carry it.
    let long = String(repeating: "Audit finding. ", count: 20_000)
    let piped = try s.run(
      ["action", "evidence", "A2", "--note-file", "-"] + s.actor, stdin: Data(long.utf8))
    #expect(piped.status == 0, "\(piped.stderr)")
    let lines = try s.lines()
    let stored = try lines.suffix(2).map {
      let event = try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
      return (event?["data"] as? [String: Any])?["note"] as? String
    }
    #expect(stored == [text, long])

    let before = try s.bytes()
    let bad = s.folder.appendingPathComponent("latin1.txt")
    try Data([0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: bad)
    let notUTF8 = try s.run(["action", "progress", "A1", "--note-file", bad.path] + s.actor)
    #expect(notUTF8.status == 1)
    #expect(notUTF8.stderr.contains("not UTF-8 text (bad byte at offset 3)"), "\(notUTF8.stderr)")
    let missing = try s.run(
      ["action", "progress", "A1", "--note-file", "/nonexistent/n"] + s.actor)
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("/nonexistent/n: cannot read the file"))
    let both = try s.run(
      ["action", "progress", "A1", "--note", "n", "--note-file", file.path] + s.actor)
    #expect(both.status == 64)
    #expect(both.stderr.contains("not both"))
    #expect(try s.bytes() == before)
  }

  /// A command line and the exit code it must give on the seeded plan.
  struct Exit: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var status: Int32
    var says: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let exits: [Exit] = [
    // The command line alone shows it is wrong: 64.
    Exit(
      arguments: ["action", "amend", "A1", "--due", "31/03/2022", "--reason", "r"], status: 64,
      says: "not a date"),
    Exit(
      arguments: ["action", "amend", "A1", "--due", "2024-02-30", "--reason", "r"], status: 64,
      says: "not a real date"),
    Exit(arguments: ["action", "progress", "A 1", "--note", "n"], status: 64, says: "ID"),
    Exit(arguments: ["action", "progress", "A1", "--note", ""], status: 64, says: "is empty"),
    Exit(arguments: ["status", "--as-of", "tomorrow"], status: 64, says: "not a date or time"),
    Exit(arguments: ["status", "--as-of", "2026-02-30"], status: 64, says: "not a date or time"),
    Exit(
      arguments: ["history", "--since", "2026-02-01", "--until", "2026-01-01"], status: 64,
      says: "is after --until"),
    Exit(
      arguments: ["diff", "--since", "2026-02-01", "--until", "2026-01-01"], status: 64,
      says: "is after --until"),
    Exit(arguments: ["statsu"], status: 64, says: "did you mean 'ledger status'"),
    Exit(arguments: ["status", "--jsno"], status: 64, says: "did you mean --json"),
    Exit(
      arguments: ["status", "--as-of", "2026-01-01", "--as-of", "2026-01-02"], status: 64,
      says: "more than once"),
    Exit(arguments: ["list", "--kind", "actoin"], status: 64, says: "did you mean action"),
    Exit(
      arguments: ["history", "--type", "action.rate"], status: 64, says: "did you mean action.rated"
    ),
    Exit(
      arguments: ["report", "--output", "r.pdf"], status: 64, says: "cannot be written as .pdf"),
    Exit(
      arguments: ["report", "--format", "csv", "--output", "r.html"], status: 64,
      says: "--format is csv"),
    Exit(
      arguments: ["action", "rate", "A1", "blue", "--note", "n"], status: 64,
      says: "'ledger action complete"),
    // It depends on the ledger: 1.
    Exit(
      arguments: ["history", "A9.9"], status: 1, says: "no source, recommendation or action A9.9"),
    Exit(arguments: ["show", "A9.9"], status: 1, says: "no source, recommendation or action A9.9"),
    Exit(arguments: ["action", "progress", "A9", "--note", "n"], status: 1, says: "no action A9"),
    Exit(
      arguments: ["recommendation", "add", "A1", "--source", "FV", "--text", "t"], status: 1,
      says: "already used by an action"),
    Exit(
      arguments: ["report", "--output", "no/such/folder/r.html"], status: 1,
      says: "there is no folder no/such/folder"),
  ]

  @Test("one exit-code rule: 64 for the command line, 1 for the ledger", arguments: exits)
  func exitCodes(_ exit: Exit) throws {
    let s = try Scratch()
    try s.seedPlan()
    let before = try s.bytes()
    let r = try s.run(exit.arguments + s.actor)
    #expect(r.status == exit.status, "\(r.stderr)")
    #expect(r.stderr.contains(exit.says), "\(r.stderr)")
    #expect(r.stderr.hasPrefix("error: "))
    #expect(try s.bytes() == before)
  }

  @Test("--since DATE is the start of the day, --until and --as-of the end, in every command")
  func timeWindows() throws {
    let s = try Scratch()
    try s.seedPlan()
    try s.write(
      ["action", "rate", "A1", "amber", "--note", "midnight"], at: "2026-01-06T00:00:00Z")
    try s.write(["action", "rate", "A1", "green", "--note", "late"], at: "2026-01-06T23:59:59Z")
    try s.write(["action", "rate", "A1", "red", "--note", "next day"], at: "2026-01-07T00:00:00Z")
    s.now = "2026-01-08T00:00:00Z"
    let day = try s.run(["history", "--since", "2026-01-06", "--until", "2026-01-06"])
    #expect(day.stdout.split(separator: "\n").count == 2, "\(day.stdout)")
    #expect(day.stdout.contains("midnight") && day.stdout.contains("late"))
    #expect(day.stdout.contains("2026-01-06 00:00 UTC"))
    let diff = try s.run(["diff", "--since", "2026-01-06", "--until", "2026-01-06", "--json"])
    #expect(diff.stdout.contains("\"after\" : \"green\"") || diff.stdout.contains("\"green\""))
    let asOf = try s.json(["status", "--as-of", "2026-01-06"])
    let a1 = (asOf["actions"] as? [[String: Any]])?.first { $0["id"] as? String == "A1" }
    #expect(a1?["rag"] as? String == "green")
  }

  @Test("history and diff take --since-last-meeting")
  func sinceLastMeeting() throws {
    let s = try Scratch()
    try s.seedPlan()
    try s.write(["board-meeting", "--date", "2026-01-05", "--note", "January board"])
    try s.write(
      ["action", "rate", "A1", "amber", "--note", "after the board"], at: "2026-01-06T09:00:00Z")
    s.now = "2026-01-07T00:00:00Z"
    let history = try s.run(["history", "--since-last-meeting"])
    #expect(history.status == 0)
    #expect(history.stdout.split(separator: "\n").count == 1)
    #expect(history.stdout.contains("after the board"))
    let diff = try s.run(["diff", "--since-last-meeting"])
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(diff.stdout.contains("A1 rag: none → amber"), "\(diff.stdout)")
  }

  @Test("list: every item with kind, status and title, and every board meeting")
  func list() throws {
    let s = try Scratch()
    try s.seedPlan()
    try s.write(["board-meeting", "--date", "2026-01-05", "--note", "January board"])
    let all = try s.run(["list"])
    #expect(all.status == 0)
    #expect(all.stdout.contains("action          A1        open        Daily MASH triage meeting"))
    #expect(all.stdout.contains("board meeting   2026-01-05  January board"))
    let actions = try s.json(["list", "--kind", "action"])
    let ids = (actions["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(ids == ["A1", "A2", "A3"])
    #expect((actions["meetings"] as? [Any])?.isEmpty == true)
    let meetings = try s.json(["list", "--kind", "meeting"])
    #expect((meetings["items"] as? [Any])?.isEmpty == true)
    #expect((meetings["meetings"] as? [[String: Any]])?.first?["date"] as? String == "2026-01-05")
  }

  @Test(
    "history filters: --type (repeatable), --retracted, --back-recorded, --actor (part, any case)")
  func historyFilters() throws {
    let s = try Scratch()
    try s.seedPlan()
    try s.write(["action", "rate", "A1", "amber", "--note", "wrong"])
    try s.write(["retract", "8", "--reason", "meant A2"])
    s.actor = ["--actor", "Helen Marsh", "--role", "Improvement Board Chair"]
    try s.write(["action", "progress", "A2", "--note", "late", "--effective", "2026-01-01"])
    func seqs(_ arguments: [String]) throws -> [Int] {
      let r = try s.run(["history"] + arguments + ["--json"])
      #expect(r.status == 0, "\(r.stderr)")
      let entries = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
      return entries?.compactMap { $0["seq"] as? Int } ?? []
    }
    #expect(try seqs(["--type", "action.rated", "--type", "event.retracted"]) == [8, 9])
    #expect(try seqs(["--retracted"]) == [8])
    #expect(try seqs(["--back-recorded"]) == [10])
    #expect(try seqs(["--actor", "amara"]).count == 9)
    #expect(try seqs(["--actor", "BOARD chair"]) == [10])
  }
}
