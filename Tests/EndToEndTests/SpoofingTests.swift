import Foundation
import Testing

/// Issue 6, fault 5: nothing a user typed can forge or hide output.
@Suite("User text cannot forge or hide output")
struct SpoofingTests {
  /// Terminal controls of every kind: clear screen, colour, an OSC window title ended by BEL,
  /// backspace, a carriage return, the 8-bit CSI, NEL and a right-to-left override.
  static let hostile =
    "x\u{1B}[2J\u{1B}[31mred\u{1B}]0;pwned\u{07}\u{08}\u{08}back\rover\u{9B}31m\u{85}"
    + "\u{202E}reversed\u{2066}\u{7F}end"

  /// The characters no human-readable output may carry raw (stated here, not taken from the
  /// code under test): C0 but LF, DEL, C1, and the bidi embeddings, overrides and isolates.
  static func rawControls(_ s: String) -> [UInt32] {
    s.unicodeScalars.map(\.value).filter { v in
      (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
        || (0x2066...0x2069).contains(v)
    }
  }

  /// A history or status line that reads as an event: `  <seq>  YYYY-MM-DD HH:MM  `.
  static func readsAsEvent(_ line: Substring) -> Bool {
    line.wholeMatch(of: /\s+\d+\s{2}\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\s{2}.*/) != nil
  }

  @Test("a note holding a line break cannot forge a history line; the stored note is exact")
  func forgedHistoryLine() throws {
    let s = try Scratch()
    try s.seedPlan()
    let forged =
      "ok\n  99  2026-01-01 09:00  Helen Marsh (Improvement Board Chair)  signed off A1"
    try s.write(["action", "progress", "A1", "--note", forged])
    let history = try s.run(["history", "A1"])
    #expect(history.status == 0)
    let lines = history.stdout.split(separator: "\n")
    #expect(lines.count == 2, "one event, one line: \(history.stdout)")
    #expect(lines.allSatisfy(Self.readsAsEvent))
    #expect(!lines.contains { $0.hasPrefix("  99") })
    #expect(history.stdout.contains("\"ok↵  99  2026-01-01 09:00"))
    let show = try s.run(["show", "A1"])
    #expect(!show.stdout.split(separator: "\n").contains { $0.hasPrefix("  99") })
    for arguments in [["status"], ["diff", "--since", "2026-01-04"]] {
      let out = try s.run(arguments).stdout
      #expect(!out.contains("\n  99  2026-01-01"), "\(arguments)")
    }
    let json = try s.run(["history", "A1", "--json"]).stdout
    let events = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
    #expect(events?.contains { ($0["why"] as? String) == forged } == true, "\(json)")
  }

  @Test("terminal controls in notes, titles, owners and actors never reach stdout or stderr raw")
  func controlsAreEscaped() throws {
    let s = try Scratch()
    try s.seedPlan()
    let h = Self.hostile
    s.actor = ["--actor", "Eve" + h, "--role", "Role" + h]
    try s.write(["action", "rate", "A1", "amber", "--note", "note" + h])
    try s.write([
      "action", "amend", "A2", "--title", "title" + h, "--owner", "owner" + h, "--reason", "r" + h,
    ])
    try s.write([
      "action", "add", "A4", "--recommendation", "R1", "--title", "T" + h, "--owner", "O" + h,
      "--due", "2026-04-30",
    ])
    try s.write(["board-meeting", "--date", "2026-01-05", "--note", "meeting" + h])
    let reads: [[String]] = [
      ["status"], ["show", "A1"], ["show", "A2"], ["show", "R1"], ["history"],
      ["diff", "--since", "2026-01-04"], ["report", "--format", "markdown"],
      ["report", "--format", "markdown", "--since", "2026-01-01"],
    ]
    for arguments in reads {
      let result = try s.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(Self.rawControls(result.stdout).isEmpty, "\(arguments) stdout")
      #expect(Self.rawControls(result.stderr).isEmpty, "\(arguments) stderr")
      #expect(result.stdout.contains("\\u{1B}"), "\(arguments) shows the escape")
    }
    let history = try s.run(["history"]).stdout
    #expect(history.contains("\\u{202E}reversed"))
    #expect(history.contains("back↵over"))
  }

  @Test("controls in a value echoed by an error are escaped on stderr")
  func errorsAreEscaped() throws {
    let s = try Scratch()
    try s.seedPlan()
    let before = try s.bytes()
    let attempts: [[String]] = [
      ["show", "A" + Self.hostile],
      ["action", "rate", "A" + Self.hostile, "amber", "--note", "n"] + s.actor,
      ["history", "--since", Self.hostile],
      ["status", "--as-of", "x\nerror: forged"],
    ]
    for arguments in attempts {
      let result = try s.run(arguments)
      #expect(result.status != 0, "\(arguments)")
      #expect(Self.rawControls(result.stderr).isEmpty, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("\\u{1B}") || result.stderr.contains("↵"), "\(arguments)")
      #expect(!result.stderr.contains("\nerror: forged"))
    }
    #expect(try s.bytes() == before)
  }

  @Test("a 100 000-character ID is cut with an ellipsis in the error, not echoed whole")
  func longValuesAreCut() throws {
    let s = try Scratch()
    try s.seedPlan()
    let huge = String(repeating: "A", count: 100_000)
    let spaced = String(repeating: "word ", count: 20_000)
    for arguments in [
      ["show", huge], ["action", "rate", huge, "amber", "--note", "n"] + s.actor,
      ["show", spaced], ["status", "--as-of", huge],
    ] {
      let result = try s.run(arguments)
      #expect(result.status != 0)
      #expect(result.stderr.count < 1_000, "\(result.stderr.count) characters")
      #expect(result.stderr.contains("AAAA…") || result.stderr.contains("…"))
    }
  }

  @Test("the HTML paper shows a right-to-left override escaped, inside a <bdi>")
  func htmlIsolatesUserText() throws {
    let s = try Scratch()
    try s.seedPlan()
    try s.write(["action", "rate", "A1", "amber", "--note", "Reviewed by \u{202E}Helen"])
    try s.write(["action", "amend", "A2", "--owner", "\u{202E}Owner", "--reason", "\u{202E}why"])
    let result = try s.run(["report", "--format", "html", "--since", "2026-01-01"])
    #expect(result.status == 0, "\(result.stderr)")
    let html = result.stdout
    #expect(!html.unicodeScalars.contains("\u{202E}"))
    let marked = html.components(separatedBy: "\\u{202E}")
    #expect(marked.count > 2)
    for before in marked.dropLast() {
      let open = before.range(of: "<bdi>", options: .backwards)
      let close = before.range(of: "</bdi>", options: .backwards)
      #expect(open != nil)
      if let open, let close { #expect(open.lowerBound > close.lowerBound) }
    }
  }
}
