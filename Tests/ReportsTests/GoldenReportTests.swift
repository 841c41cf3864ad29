import Foundation
import LedgerCore
import Testing

@testable import Reports

/// The three forms of the example's board report as of the end of 2022-02-28 (changes since
/// the last board meeting), byte for byte against `Golden/`. Re-record with `RECORD_GOLDEN=1`
/// (the run fails; rerun without it to check).
@Suite("Golden board reports of the example ledger")
struct GoldenReportTests {
  static let model = try! BoardReport.model(Fixtures.example, asOf: Fixtures.time("2022-02-28"))

  @Test("Markdown") func markdown() throws {
    try checkGolden(Self.model.markdown, "lewisham-2022-02-28.md")
  }

  @Test("HTML") func html() throws {
    try checkGolden(Self.model.html, "lewisham-2022-02-28.html")
  }

  @Test("CSV") func csv() throws {
    try checkGolden(Self.model.csv, "lewisham-2022-02-28.csv")
  }

  @Test("Markdown as of the day of the February board, without the appendix")
  func markdownAtTheMeeting() throws {
    let model = try BoardReport.model(
      Fixtures.example, asOf: Fixtures.time("2022-02-08T18:00:00Z"), appendix: false)
    try checkGolden(model.markdown, "lewisham-2022-02-08-board.md")
  }

  @Test("the report says what it was generated as of, and how to check it")
  func pinnedToTheLedger() throws {
    let md = try Self.model.markdown
    let head = "54:1ab6885019b8ec9f27695bcadf363bb9923d8534f107ca8d0a8701929230b264"
    #expect(Self.model.head.description == head)
    #expect(md.contains("`ledger verify --head \(head)`"))
    #expect(md.contains("**Generated as of:** the end of 28 February 2022 (UTC)"))
    #expect(try Self.model.html.contains("<code>ledger verify --head \(head)</code>"))
  }

  @Test("HTML is self-contained: no script, no external resource, A4 print rules, two SVG charts")
  func selfContained() throws {
    let html = try Self.model.html
    #expect(!html.lowercased().contains("<script"))
    for external in ["src=", "<link", "@import", "url(http", "<iframe", "<object", "<embed"] {
      #expect(!html.contains(external), "found \(external)")
    }
    #expect(html.contains("@page { size: A4; margin: 18mm; }"))
    #expect(html.contains("thead { display: table-header-group; }"))
    #expect(html.components(separatedBy: "<svg ").count - 1 == 2)
    #expect(html.components(separatedBy: "<title id=").count - 1 == 2)
    #expect(html.components(separatedBy: "<desc id=").count - 1 == 2)
    #expect(html.contains("<th scope=\"col\""))
    #expect(html.contains("<caption>"))
  }

  @Test("RAG is never colour alone: every badge carries its word")
  func ragWords() throws {
    let html = try Self.model.html
    for word in ["Red", "Amber", "Green", "Blue", "Unrated"] {
      #expect(html.contains("<span class=\"rag rag-\(word.lowercased())\">\(word)</span>"))
    }
    #expect(html.contains(">Blue (complete)</text>"))
  }

  @Test("SVG numbers have exactly one decimal")
  func fixedDecimals() {
    let svg =
      SVGCharts.ragMix(Self.model.trend, id: "t") + SVGCharts.openActions(Self.model.trend, id: "u")
    let decimals = try! NSRegularExpression(pattern: "[0-9]+\\.([0-9]+)")
    let matches = decimals.matches(in: svg, range: NSRange(svg.startIndex..., in: svg))
    #expect(matches.count > 50)
    for m in matches {
      let fraction = Range(m.range(at: 1), in: svg).map { svg[$0] } ?? ""
      #expect(fraction.count == 1, "a number with \(fraction.count) decimals")
    }
    #expect(ReportText.fixed(12.25) == "12.3")
    #expect(ReportText.fixed(-0.04) == "0.0")
    #expect(ReportText.fixed(-3) == "-3.0")
    #expect(ReportText.fixed(203.96) == "204.0")
  }
}
