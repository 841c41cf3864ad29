import Foundation
import Testing

/// `ledger report` on plans organised by priority: the plan section groups by priority, with
/// each priority's outcome and measures, in every format.
@Suite("ledger report by priority")
struct PriorityReportTests {
  /// The priorities (`id`, `title`, `outcome`) a shipped example adds, read from its file.
  static func priorities(_ example: String) throws -> [(
    id: String, title: String, outcome: String?
  )] {
    let file = LedgerProcess.repository.appendingPathComponent("Events/examples/\(example)")
    let text = try String(contentsOf: file, encoding: .utf8)
    return try text.split(separator: "\n").compactMap { line in
      let event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      guard event?["type"] as? String == "priority.added",
        let data = event?["data"] as? [String: Any]
      else { return nil }
      return (
        data["id"] as? String ?? "", data["title"] as? String ?? "", data["outcome"] as? String
      )
    }
  }

  /// The report of a shipped example in `format`.
  static func report(_ example: String, _ format: String) throws -> String {
    let file = LedgerProcess.repository.appendingPathComponent("Events/examples/\(example)")
    let r = try LedgerProcess.run(
      LedgerProcess.binary, ["report", "--ledger", file.path, "--format", format])
    #expect(r.status == 0, "\(r.stderr)")
    return r.stdout
  }

  /// The text from `start` up to the next `end` after it (or the end of the text).
  static func slice(_ text: String, from start: String, to end: String) -> String {
    guard let a = text.range(of: start) else { return "" }
    let rest = text[a.upperBound...]
    return String(rest[..<(rest.range(of: end)?.lowerBound ?? rest.endIndex)])
  }

  @Test(
    "seeds 002 and 001: each priority's title and outcome in the grouped plan section, in every format",
    arguments: ["city-of-london-2019-20.jsonl", "london-business-plan.jsonl"])
  func examplesGroupByPriority(example: String) throws {
    let priorities = try Self.priorities(example)
    #expect(priorities.count >= 3)
    let md = Self.slice(
      try Self.report(example, "markdown"),
      from: "## Priorities, aims and what we have done so far",
      to: "\n## ")
    let html = Self.slice(
      try Self.report(example, "html"), from: ">Priorities, aims and what we have done so far</h2>",
      to: "</section>")
    let csv = try Self.report(example, "csv")
    #expect(csv.contains("priority_title,priority_outcome\r\n"))
    for p in priorities {
      #expect(md.contains("### \(p.id) \(p.title)\n"), "\(p.id) heading in Markdown")
      #expect(!p.id.isEmpty && !p.title.isEmpty)
      #expect(csv.contains(p.title), "\(p.id) title in CSV")
      guard let outcome = p.outcome else {
        #expect(!md.contains("### \(p.id) \(p.title)\n\n**We will know"), "\(p.id) has no outcome")
        continue
      }
      #expect(md.contains("**We will know we have made a difference when:** \(outcome)\n"))
      #expect(html.contains("<h3>\(p.id) <bdi>\(p.title)</bdi></h3>"), "\(p.id) heading in HTML")
      #expect(html.contains(outcome), "\(p.id) outcome in HTML")
      #expect(csv.contains(outcome), "\(p.id) outcome in CSV")
    }
    // A plan with no Ofsted source speaks of aims, never recommendations, in its headings.
    #expect(!md.contains("Recommendations and what we have done so far"))
  }

  @Test("a service plan's paper speaks of aims, never of recommendations it never had")
  func serviceWords() throws {
    let markdown = try Self.report("city-of-london-2019-20.jsonl", "markdown")
    #expect(markdown.contains("## Priorities, aims and what we have done so far"))
    #expect(!markdown.contains("No recommendations are recorded yet."))
    let summary = Self.slice(markdown, from: "## Summary", to: "## Key achievements")
    #expect(!summary.isEmpty && !summary.lowercased().contains("recommendation"))
  }

  @Test("a measure: its table row, and a chart with its values and a dashed target line")
  func measureInThePaper() throws {
    let s = try Scratch()
    try s.write(["init", "--title", "Business plan", "--authority", "Example Borough Council"])
    try s.write([
      "priority", "add", "P1", "--title", "Stable workforce", "--outcome",
      "Caseloads are manageable.",
    ])
    try s.write([
      "measure", "add", "M1", "--under", "P1", "--title", "Average caseload", "--unit",
      "children per social worker", "--baseline", "21.5", "--baseline-date", "2025-04-01",
      "--target", "15", "--target-date", "2026-03-31", "--lower-is-better",
    ])
    try s.write(["measure", "record", "M1", "18.25", "--date", "2025-10-01", "--note", "Q2 return"])
    try s.write([
      "action", "add", "A1", "--under", "P1", "--title", "Recruit four social workers", "--owner",
      "Head of service", "--due", "2026-03-31",
    ])
    let md = try s.run(["report", "--format", "markdown"])
    #expect(md.status == 0, "\(md.stderr)")
    #expect(md.stdout.contains("## Priorities, aims and what we have done so far"))
    #expect(
      md.stdout.contains(
        "| **M1** Average caseload | 21.5 children per social worker (2025-04-01) | 15 children per "
          + "social worker by 2026-03-31 | 18.25 children per social worker (2025-10-01) | on track |"
      ))
    let html = try s.run(["report", "--format", "html"])
    #expect(html.status == 0, "\(html.stderr)")
    let svg = Self.slice(
      html.stdout, from: "aria-labelledby=\"measure-M1-title", to: "</svg>")
    #expect(svg.contains("<title id=\"measure-M1-title\">M1 Average caseload</title>"))
    #expect(svg.contains("stroke-dasharray=\"6 4\""))
    #expect(svg.contains("target 15 children per social worker"))
    #expect(svg.contains("values 18.25 children per social worker on 2025-10-01"))
    #expect(!html.stdout.contains("<script"))
  }
}
