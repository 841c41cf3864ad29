import LedgerCore
import PlanState
import Testing

@testable import Reports

/// The charts' layout: labels never rotated into the legend, point labels never on each
/// other. (Tools/check-html-report.sh measures the same in Chromium.)
@Suite("Chart layout")
struct ChartLayoutTests {
  /// Twelve months of a plan whose two lines meet and cross: the case that overlapped.
  static let trend: Trend = {
    let values = [
      (18, 18), (18, 16), (18, 13), (17, 17), (9, 9), (9, 10), (5, 4), (4, 5),
      (3, 3), (0, 0), (0, 1), (1, 0),
    ]
    return Trend(
      period: .month,
      points: values.enumerated().map { i, v in
        TrendPoint(
          label: "", date: CivilDate(year: 2019 + (i + 3) / 12, month: (i + 3) % 12 + 1, day: 28)!,
          rag: RAGCounts(green: v.0), open: v.0, notYetDue: v.1)
      })
  }()

  @Test("month labels are never rotated; the year is written under the first month and January")
  func monthLabels() {
    let svg = SVGCharts.ragMix(Self.trend, id: "t")
    #expect(!svg.contains("rotate(-"))
    #expect(svg.contains(">Apr</text>"))
    #expect(svg.contains(">2019</text>"))
    #expect(svg.contains(">2020</text>"))
    #expect(svg.components(separatedBy: ">2019</text>").count == 2, "the year once, not per month")
  }

  @Test("the legend sits below both lines of period labels")
  func legendBelowLabels() {
    let yearBaseline = SVGCharts.top + SVGCharts.plotHeight + 15 + 13
    // The legend's swatches start 9 above its baseline; the year's text ends 3 below its own.
    #expect(SVGCharts.legendY - 9 > yearBaseline + 3)
    #expect(SVGCharts.legendY + 4 <= SVGCharts.height)
  }

  @Test("point labels: every label placed is clear of every other and inside the plot")
  func pointLabels() {
    var placer = LabelPlacer(
      bounds: Box(
        x0: SVGCharts.left, y0: 0, x1: SVGCharts.width - SVGCharts.right,
        y1: SVGCharts.top + SVGCharts.plotHeight - 1))
    let band = SVGCharts.plotWidth / 12
    let scale = SVGCharts.Scale(maximum: 18)
    var placed = 0
    for (i, p) in Self.trend.points.enumerated() {
      let x = SVGCharts.left + band * (Double(i) + 0.5)
      for (n, above) in [(p.open, p.open >= p.notYetDue), (p.notYetDue, p.open < p.notYetDue)] {
        if placer.place("\(n)", near: (x, scale.y(n)), aboveFirst: above) != nil { placed += 1 }
      }
    }
    #expect(placed >= 20, "most labels find a place")
    let boxes = placer.placed
    for (i, a) in boxes.enumerated() {
      for b in boxes[(i + 1)...] { #expect(!a.overlaps(b), "\(a) and \(b)") }
    }
  }

  @Test("two labels on the same point go one above, one below")
  func equalValues() {
    var placer = LabelPlacer(bounds: Box(x0: 0, y0: 0, x1: 100, y1: 100))
    let first = placer.place("18", near: (50, 50), aboveFirst: true)
    let second = placer.place("18", near: (50, 50), aboveFirst: true)
    #expect(first?.y == 42)
    #expect(second?.y == 66)
  }
}
