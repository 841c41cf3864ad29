import Foundation
import Testing

/// `ledger report` run the way a user runs it.
@Suite("ledger report through the CLI")
struct ReportTests {
  static let example = LedgerProcess.repository.appendingPathComponent(
    "Events/examples/lewisham-focused-visit.jsonl")

  /// A scratch folder holding a copy of the example ledger.
  static func exampleCopy() throws -> Scratch {
    let s = try Scratch()
    try FileManager.default.copyItem(at: example, to: s.ledger)
    return s
  }

  @Test("the README command: an HTML board report of the example, format from the extension")
  func readmeCommand() throws {
    let s = try Scratch()
    let file = s.folder.appendingPathComponent("board-report.html")
    let result = try LedgerProcess.run(
      LedgerProcess.binary,
      ["report", "--ledger", Self.example.path, "--as-of", "2022-02-28", "--output", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains("wrote the html board report as of 2022-02-28T23:59:59.999999999Z"))
    let html = try String(contentsOf: file, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    #expect(
      html.contains("<h2 id=\"changes-h\">Changes since the board meeting of 8 February 2022</h2>"))
    #expect(!html.contains("<script"))
    // No temporary file is left beside it.
    let left = try FileManager.default.contentsOfDirectory(atPath: s.folder.path)
    #expect(left.sorted() == ["board-report.html"])
  }

  @Test("as of T, the same bytes before and after more events are appended, in every format")
  func byteIdenticalAfterAppending() throws {
    let s = try Self.exampleCopy()
    func reports() throws -> [String: Data] {
      var out: [String: Data] = [:]
      for format in ["markdown", "html", "csv"] {
        let file = s.folder.appendingPathComponent("report.\(format)")
        let r = try s.run([
          "report", "--as-of", "2022-02-28", "--format", format, "--output", file.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        out[format] = try Data(contentsOf: file)
        // stdout carries the same bytes as the file.
        let printed = try s.run(["report", "--as-of", "2022-02-28", "--format", format])
        #expect(Data(printed.stdout.utf8) == out[format], "\(format) on stdout")
      }
      return out
    }
    let before = try reports()
    let ledgerBefore = try s.bytes()
    try s.write(
      ["action", "rate", "A4.2", "red", "--note", "Build slipped"], at: "2022-03-01T09:00:00Z")
    try s.write(["board-meeting", "--date", "2022-03-08"], at: "2022-03-08T18:00:00Z")
    try s.write(
      ["retract", "54", "--reason", "Rated the wrong action"], at: "2022-03-09T09:00:00Z")
    try s.write(
      ["action", "progress", "A5.1", "--note", "Back-dated", "--effective", "2022-02-20"],
      at: "2022-03-10T09:00:00Z")
    #expect(try s.lines().count == 58)
    let after = try reports()
    for format in ["markdown", "html", "csv"] {
      #expect(before[format] == after[format], "\(format) changed after appending")
    }
    // Reports never touch the ledger.
    #expect(try s.bytes().prefix(ledgerBefore.count) == ledgerBefore)
  }

  @Test("the default as-of is the clock, LEDGER_NOW in tests")
  func defaultAsOf() throws {
    let s = try Self.exampleCopy()
    let viaClock = try s.run(["report"], at: "2022-02-28T00:00:00Z")
    let viaOption = try s.run(
      ["report", "--as-of", "2022-02-28T00:00:00Z"], at: "2030-01-01T00:00:00Z")
    #expect(viaClock.status == 0 && viaOption.status == 0)
    #expect(viaClock.stdout == viaOption.stdout)
    #expect(viaClock.stdout.contains("**Generated as of:** 28 February 2022, 00:00:00 UTC"))
  }

  @Test("--output naming the ledger is refused and the ledger is unchanged")
  func refusesTheLedger() throws {
    let s = try Self.exampleCopy()
    let before = try s.bytes()
    let r = try s.run(["report", "--output", s.ledger.path])
    #expect(r.status == 64)
    #expect(r.stderr.contains("is the ledger itself"))
    #expect(try s.bytes() == before)
  }

  @Test("a tampered ledger gets no board paper: the chain is verified first")
  func refusesATamperedLedger() throws {
    let s = try Self.exampleCopy()
    var text = String(decoding: try s.bytes(), as: UTF8.self)
    text = text.replacingOccurrences(of: "PEP timeliness 74%", with: "PEP timeliness 94%")
    try Data(text.utf8).write(to: s.ledger)
    let r = try s.run(["report", "--as-of", "2022-02-28"])
    #expect(r.status == 1)
    #expect(r.stderr.contains(":38: data_sha256 does not match data"), "\(r.stderr)")
    #expect(r.stdout.isEmpty)
  }

  @Test("on stdout the report is streamed in pieces: the file's bytes, then the warnings")
  func streamedToStdout() throws {
    let s = try Self.exampleCopy()
    // A writer cut off mid-line: the report is made all the same, with a warning.
    let handle = try FileHandle(forWritingTo: s.ledger)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"seq\":".utf8))
    try handle.close()
    for format in ["markdown", "html"] {
      let file = s.folder.appendingPathComponent("report.\(format)")
      let written = try s.run(["report", "--format", format, "--output", file.path])
      #expect(written.status == 0, "\(written.stderr)")
      let printed = try s.run(["report", "--format", format])
      #expect(printed.status == 0, "\(printed.stderr)")
      let bytes = try Data(contentsOf: file)
      #expect(Data(printed.stdout.utf8) == bytes, "\(format) on stdout")
      #expect(printed.stderr.hasPrefix("warning: "), "\(printed.stderr)")
      #expect(printed.stderr.contains("torn"), "\(printed.stderr)")
      #expect(printed.stderr == written.stderr)
    }
    // Longer than one piece (64 KiB), so it was written in several.
    let html = try s.run(["report", "--format", "html"])
    #expect(html.stdout.utf8.count > 1 << 16)
  }

  @Test("usage errors: --since with --since-last-meeting, an unknown format")
  func usageErrors() throws {
    let s = try Self.exampleCopy()
    let both = try s.run(["report", "--since", "2022-01-01", "--since-last-meeting"])
    #expect(both.status == 64)
    #expect(both.stderr.contains("not both"))
    let format = try s.run(["report", "--format", "pdf"])
    #expect(format.status == 64)
    #expect(format.stderr.contains("markdown, html, csv"))
    let early = try s.run(["report", "--as-of", "2020-01-01"])
    #expect(early.status == 1)
    #expect(early.stderr.contains("no events as of"))
  }

  @Test("--since WHEN shows the events after it; CSV opens with a byte-order mark")
  func sinceAndCSV() throws {
    let s = try Self.exampleCopy()
    let md = try s.run(["report", "--as-of", "2022-02-28", "--since", "2022-01-31"])
    #expect(md.status == 0)
    // A date given to --since is the start of that day: the end of the day before.
    #expect(md.stdout.contains("## Changes since the end of 30 January 2022 (UTC)"))
    #expect(md.stdout.contains("(events 49 to 54)"))
    let csv = try s.run(["report", "--as-of", "2022-02-28", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("\u{FEFF}action_id,action_title,"))
  }
}

/// The cover options of `ledger report` (issue 8).
@Suite("ledger report: the cover")
struct ReportCoverTests {
  @Test("--committee, --author and --purpose make a cover; the reproduce line repeats them")
  func cover() throws {
    let r = try LedgerProcess.run(
      LedgerProcess.binary,
      [
        "report", "--ledger", ReportTests.example.path, "--as-of", "2022-04-15", "--no-appendix",
        "--committee", "Children and Young People Select Committee", "--author", "Ikwi Mkparu",
        "--purpose", "information",
      ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("- **Committee:** Children and Young People Select Committee"))
    #expect(r.stdout.contains("**Members are asked to:**\n\n- Note the report."))
    #expect(
      r.stdout.contains(
        "--committee 'Children and Young People Select Committee' --author 'Ikwi Mkparu' --purpose information"
      ))
    // A deferred action inside its deferral is not overdue (A1.3, until 2022-06-30).
    #expect(
      !r.stdout.contains(
        "| **A1.3** Bespoke service training through Practice Standards, including a more child-centred approach | Principal Social Worker | 2022-03-31<br>**overdue**"
      ))
  }

  @Test("a paper for decision without --ask is bad usage (64), naming what to add")
  func decisionWithoutAsk() throws {
    let r = try LedgerProcess.run(
      LedgerProcess.binary,
      ["report", "--ledger", ReportTests.example.path, "--purpose", "decision"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("a paper for decision must say what members are asked to decide"))
    #expect(r.stderr.contains("--ask"))
    let ok = try LedgerProcess.run(
      LedgerProcess.binary,
      [
        "report", "--ledger", ReportTests.example.path, "--purpose", "decision", "--ask",
        "Agree the revised due date of A2.2", "--format", "html",
      ])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stdout.contains("<dt>Purpose</dt><dd><bdi>For decision</bdi></dd>"))
    #expect(ok.stdout.contains("<li><bdi>Agree the revised due date of A2.2</bdi></li>"))
  }
}
