import Foundation
import LedgerTestSupport
import Testing

@testable import LedgerCore
@testable import Reports

/// Issue 8's board paper, section by section, in Markdown, HTML and CSV: the cover, status
/// counts, key achievements, exceptions, the work done (never the sign-off alone), the place
/// for impact, and the deferral rule.
@Suite("The board paper a committee expects")
struct BoardPaperTests {
  static let feb = try! BoardReport.model(Fixtures.example, asOf: Fixtures.time("2022-02-28"))
  static let april = try! BoardReport.model(
    Fixtures.example, asOf: Fixtures.time("2022-04-15"), appendix: false,
    cover: try! Cover(
      committee: "Children and Young People Select Committee",
      author: "Ikwi Mkparu, CYP Service Development Coordinator", purpose: .information))

  /// RFC 4180 records, read independently of the writer (quotes, doubled quotes, CRLF).
  static func records(_ csv: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(csv.unicodeScalars.dropFirst())[...]  // the byte-order mark
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.unicodeScalars.append(c)
            chars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\r" {
        continue
      } else if c == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.unicodeScalars.append(c)
      }
    }
    return rows
  }

  static func csvRow(_ model: BoardReportModel, _ id: String) -> [String: String] {
    let rows = records(model.csv)
    let header = rows[0]
    let row = rows.first { $0.first == id }!
    return Dictionary(uniqueKeysWithValues: zip(header, row))
  }

  // MARK: Deferral

  @Test("A1.3, deferred until 2022-06-30, is not overdue on 2022-04-15, and is on 2022-07-01")
  func deferral() throws {
    let a13 = try #require(Self.april.actions.first { $0.action.id == "A1.3" })
    #expect(a13.action.status == .deferred)
    #expect(!a13.isOverdue)
    #expect(!Self.april.overdue.contains { $0.action.id == "A1.3" })
    #expect(
      try !Self.april.markdown.contains(
        "| **A1.3** Bespoke service training through Practice Standards, including a more child-centred approach | Principal Social Worker | 2022-03-31<br>**overdue**"
      ))
    #expect(Self.csvRow(Self.april, "A1.3")["overdue"] == "no")
    #expect(Self.csvRow(Self.april, "A1.3")["deferred_until"] == "2022-06-30")
    let july = try BoardReport.model(Fixtures.example, asOf: Fixtures.time("2022-07-01"))
    let later = try #require(july.actions.first { $0.action.id == "A1.3" })
    #expect(later.daysOverdue == 1, "overdue counts from the until date, not the due date")
    #expect(july.exceptions.contains { $0.action.id == "A1.3" })
  }

  @Test("golden: the April paper with a cover, as of the day A1.3 must not show as overdue")
  func aprilGolden() throws {
    try checkGolden(Self.april.markdown, "lewisham-2022-04-15-committee.md")
  }

  // MARK: Cover

  @Test("cover: committee, author, purpose and seed 002's default ask, in Markdown and HTML")
  func cover() throws {
    let md = try Self.april.markdown
    #expect(md.contains("- **Committee:** Children and Young People Select Committee"))
    #expect(md.contains("- **Report author:** Ikwi Mkparu, CYP Service Development Coordinator"))
    #expect(md.contains("- **Purpose:** For information"))
    #expect(md.contains("**Members are asked to:**\n\n- Note the report."))
    let html = try Self.april.html
    #expect(
      html.contains(
        "<dt>Committee</dt><dd><bdi>Children and Young People Select Committee</bdi></dd>"))
    #expect(html.contains("<dt>Purpose</dt><dd><bdi>For information</bdi></dd>"))
    #expect(html.contains("<li><bdi>Note the report.</bdi></li>"))
    #expect(try !Self.feb.markdown.contains("Members are asked to"), "no cover unless asked for")
    #expect(Self.april.csv.hasPrefix("\u{FEFF}action_id,"), "the CSV has no cover")
  }

  @Test("a paper for decision must say what is to be decided")
  func decisionNeedsAnAsk() throws {
    #expect(throws: CoverError.decisionWithoutAsk) {
      try Cover(committee: "Board", author: nil, purpose: .decision, asks: [" "])
    }
    let c = try Cover(
      committee: nil, author: nil, purpose: .decision, asks: ["Agree the revised due date of A2.2"])
    #expect(c.asks == ["Agree the revised due date of A2.2"])
    #expect(c.purpose.heading == "For decision")
  }

  // MARK: Summary

  @Test("summary: counts by status in Markdown and HTML (hand-counted from the example)")
  func statusCounts() throws {
    // As of 2022-02-28 (hand-counted from make-examples.sh): open A2.1 A2.2 A4.1 A4.2 A5.1;
    // complete A5.2; signed off A1.1 A1.2 A2.3 A3.1; deferred A1.3.
    let s = Self.feb.statuses
    let counts: [Int] = [s.open, s.complete, s.signedOff, s.deferred, s.withdrawn]
    #expect(counts == [5, 1, 4, 1, 0])
    #expect(
      try Self.feb.markdown.contains(
        "| Open | Complete | Signed off | Deferred | Withdrawn | Total |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n| 5 | 1 | 4 | 1 | 0 | 11 |"
      ))
    #expect(
      try Self.feb.html.contains(
        "<caption>Actions by status (withdrawn actions included)</caption>"))
    #expect(
      try Self.feb.html.contains(
        "<tbody><tr><td class=\"num\">5</td><td class=\"num\">1</td><td class=\"num\">4</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">11</td></tr></tbody>"
      ))
  }

  // MARK: Key achievements

  @Test("key achievements: completed or signed off in the window, with the work, in each form")
  func achievements() throws {
    // Since the February board (event 51): A1.1 and A1.2 signed off at it (events 52, 53).
    let model = try BoardReport.model(
      Fixtures.example, asOf: Fixtures.time("2022-02-28"),
      since: .instant(Fixtures.time("2022-02-08T17:00:00Z")))
    #expect(model.achievements.map(\.line.action.id) == ["A1.1", "A1.2"])
    #expect(model.achievements.allSatisfy { $0.step == .signedOff })
    let md = try model.markdown
    let i = try #require(md.range(of: "## Key achievements"))
    let j = try #require(md.range(of: "## The plan over time"))
    #expect(i.upperBound < j.lowerBound, "before the detail")
    #expect(
      md.contains(
        "| **A1.1** Develop a new format for care plans on LCS | Head of Service, Children in Care | Signed off 2022-02-08 | 2022-01-10: New care plan format live on LCS for all teams — Daniel Reyes |"
      ))
    #expect(try model.html.contains("<td class=\"nowrap\">Signed off<br>2022-02-08</td>"))
    let row = Self.csvRow(model, "A1.1")
    #expect(row["completed_date"] == "2022-01-10")
    #expect(row["signed_off_date"] == "2022-02-08")
    #expect(row["work"] == "New care plan format live on LCS for all teams")
    // A window with no completion says so.
    let none = try BoardReport.model(
      Fixtures.example, asOf: Fixtures.time("2022-02-28"),
      since: .instant(Fixtures.time("2022-02-20")))
    #expect(none.achievements.isEmpty)
    #expect(try none.markdown.contains("No action was completed or signed off since"))
  }

  @Test("a completion later retracted or reopened is no achievement")
  func retractedCompletion() throws {
    var log = LogBuilder.plan()
    log.seed(actions: ["A1", "A2"])
    log.add("2026-01-10T09:00:00Z", .actionCompleted(id: "A1", note: "Done"))
    log.add("2026-01-10T09:01:00Z", .actionCompleted(id: "A2", note: "Done too"))
    log.add("2026-01-11T09:00:00Z", .eventRetracted(seq: 6, reason: "Not done after all"))
    let model = try BoardReport.model(log.replay, asOf: Fixtures.time("2026-01-31"))
    #expect(model.achievements.map(\.line.action.id) == ["A2"])
  }

  // MARK: Exceptions

  @Test("exceptions: red and amber with the reason for the rating, then overdue, in each form")
  func exceptions() throws {
    let ids = Self.feb.exceptions.map(\.action.id)
    // Amber A2.1, A2.2, A5.1 in plan order, then the overdue green A4.1.
    #expect(ids == ["A2.1", "A2.2", "A5.1", "A4.1"])
    let md = try Self.feb.markdown
    #expect(
      md.contains(
        "| **A5.1** Increase performance management monitoring of PEPs and IHAs | Head of Service, Children in Care | Amber | PEP timeliness 74%, improving but below 90% target | 2021-12-31, overdue by 59 days |"
      ))
    #expect(
      try Self.feb.html.contains(
        "<td><bdi>PEP timeliness 74%, improving but below 90% target</bdi></td><td class=\"nowrap\">2021-12-31<br><span class=\"flag\">Overdue</span> by 59 days</td>"
      ))
    #expect(
      Self.csvRow(Self.feb, "A5.1")["rag_reason"]
        == "PEP timeliness 74%, improving but below 90% target")
    let e = try #require(md.range(of: "## Exceptions: red, amber and overdue actions"))
    let t = try #require(md.range(of: "## The plan over time"))
    #expect(e.upperBound < t.lowerBound, "before the detail")
  }

  // MARK: What have we done so far

  @Test("a signed-off action shows the work done, never the sign-off note alone, in each form")
  func workNotSignOff() throws {
    let line = try #require(Self.feb.actions.first { $0.action.id == "A2.3" })
    #expect(line.action.latestUpdate?.type == .actionSignedOff)
    #expect(line.work?.note == "Panel established and meeting fortnightly, chaired by the Director")
    let md = try Self.feb.markdown
    #expect(
      md.contains(
        "| Signed off 2021-10-12 | Blue | 2021-10-05: Panel established and meeting fortnightly, chaired by the Director — Amara Okafor |"
      ))
    #expect(!md.contains("| Blue | 2021-10-12: Board accepts completion; minutes item 4"))
    #expect(
      try Self.feb.html.contains(
        "<bdi>Panel established and meeting fortnightly, chaired by the Director</bdi>"))
    let row = Self.csvRow(Self.feb, "A2.3")
    #expect(row["work"] == "Panel established and meeting fortnightly, chaired by the Director")
    #expect(row["last_update"] == "Board accepts completion; minutes item 4")
  }

  @Test("an Impact column appears once any action has impact; none until then")
  func impactColumn() throws {
    #expect(try !Self.feb.markdown.contains("| Impact |"))
    #expect(try !Self.feb.html.contains(">Impact</th>"))
    #expect(Self.csvRow(Self.feb, "A2.3")["impact"] == "")
    var model = Self.feb
    let i = try #require(model.actions.firstIndex { $0.action.id == "A2.3" })
    let impact = Update(
      type: .actionEvidence, seq: 99, date: Fixtures.date("2022-02-20"),
      actor: LogBuilder.psw, note: "Children are no longer placed in unregulated homes", link: nil)
    model.actions[i].impact = impact
    for s in model.sources.indices {
      for r in model.sources[s].recommendations.indices {
        for a in model.sources[s].recommendations[r].actions.indices
        where model.sources[s].recommendations[r].actions[a].action.id == "A2.3" {
          model.sources[s].recommendations[r].actions[a].impact = impact
        }
      }
    }
    #expect(try model.markdown.contains("| What have we done so far | Impact |"))
    #expect(
      try model.markdown.contains(
        "| 2022-02-20: Children are no longer placed in unregulated homes |"))
    #expect(try model.markdown.contains("| Not yet recorded |"))
    #expect(
      try model.html.contains(
        "<td><span class=\"nowrap\">2022-02-20</span>: <bdi>Children are no longer placed in unregulated homes</bdi></td>"
      ))
    #expect(
      Self.csvRow(model, "A2.3")["impact"] == "Children are no longer placed in unregulated homes")
  }

  // MARK: Appendix

  @Test("the appendix is one table: each event once, under its item, with who's who once")
  func compactAppendix() throws {
    let appendix = try #require(Self.feb.appendix)
    let seqs = appendix.trails.flatMap(\.seqs)
    #expect(seqs.count == 54, "every event once")
    #expect(Set(seqs) == Set(1...54), "every event")
    #expect(appendix.people.map(\.name) == ["Amara Okafor", "Daniel Reyes", "Helen Marsh"])
    let html = try Self.feb.html
    #expect(html.components(separatedBy: "<table class=\"timeline\">").count == 2)
    let appendixHTML = try #require(html.components(separatedBy: "<section id=\"appendix\"").last)
    #expect(!appendixHTML.contains("<h4>"), "no heading per item")
    #expect(
      html.contains(
        "Who recorded the events: <bdi>Amara Okafor</bdi> (<bdi>Principal Social Worker</bdi>)"))
    let md = try Self.feb.markdown
    #expect(!md.contains("#### A1.1"))
    #expect(md.contains("| 52 | 2022-02-08 18:05 | Helen Marsh | signed off A1.1 — "))
  }
}
