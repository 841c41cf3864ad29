import LedgerCore
import Testing

@testable import Reports

/// The small chart and table row of one measure in the board paper.
@Suite("Measure chart")
struct MeasureChartTests {
  static func n(_ s: String) -> Numeral { Numeral(parsing: s)! }
  static func d(_ s: String) -> CivilDate { CivilDate(parsing: s)! }

  /// Care leavers in education, employment or training: 57% to 70%, two values recorded.
  static let line = MeasureLine(
    measure: Measure(
      details: MeasureDetails(
        id: "M2", under: "P1", title: "Care leavers in education, employment or training",
        unit: "%", baseline: n("57"), baselineDate: d("2021-04-01"), target: n("70"),
        targetDate: d("2022-03-31"), direction: .higherIsBetter),
      values: [
        MeasureValue(value: n("64.5"), date: d("2021-12-31"), note: "Q3 return", seq: 5),
        MeasureValue(value: n("61.25"), date: d("2021-09-30"), note: "Q2 return", seq: 4),
      ],
      addedSeq: 3, lastChangedSeq: 5),
    track: .onTrack)

  @Test("the chart names every value exactly as entered, by date, and draws a dashed target")
  func chart() {
    let svg = SVGCharts.measure(Self.line, id: "measure-M2")
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.hasSuffix("</svg>"))
    #expect(!svg.contains("<script"))
    #expect(
      svg.contains(
        "<title id=\"measure-M2-title\">M2 Care leavers in education, employment or training</title>"
      ))
    #expect(
      svg.contains(
        "<desc id=\"measure-M2-desc\">Baseline 57% on 2021-04-01; target 70% by 2022-03-31; "
          + "values 61.25% on 2021-09-30, 64.5% on 2021-12-31; on track.</desc>"))
    // The target line: dashed, across the plot, labelled with the target.
    #expect(svg.contains("class=\"target\""))
    #expect(svg.contains("stroke-dasharray=\"6 4\""))
    #expect(svg.contains("target 70%"))
    // Baseline and both values: three markers on one line.
    #expect(svg.components(separatedBy: "<circle ").count - 1 == 3)
    #expect(svg.components(separatedBy: "<polyline ").count - 1 == 1)
  }

  @Test("the table row: baseline, target and latest with their dates, and the standing")
  func row() {
    let row = BoardReportModel.mdMeasures([Self.line]).last
    #expect(
      row
        == "| **M2** Care leavers in education, employment or training | 57% (2021-04-01) | "
        + "70% by 2022-03-31 | 64.5% (2021-12-31) | on track |")
  }

  @Test("a measure with no values yet: the baseline alone, and the standing says so")
  func noValues() {
    var line = Self.line
    line.measure.values = []
    line.track = nil
    let svg = SVGCharts.measure(line, id: "m")
    #expect(svg.contains("target 70% by 2022-03-31; no values yet.</desc>"))
    #expect(svg.components(separatedBy: "<circle ").count - 1 == 1)
    #expect(
      BoardReportModel.mdMeasures([line]).last?.contains("| None yet | no values yet |") == true)
  }
}
