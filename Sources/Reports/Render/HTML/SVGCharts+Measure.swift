import LedgerCore

extension SVGCharts {
  /// A small chart of one measure: its baseline and every value by date (a solid line with
  /// round markers) against a dashed target line, with a `<title>` and a `<desc>` that give
  /// every number as entered. No script. The numerals become binary floats only to place
  /// pixels: every number printed is the numeral exactly as recorded.
  static func measure(_ m: MeasureLine, id: String) -> String {
    let d = m.measure.details
    let (w, h, l, r, t, b) = (320.0, 150.0, 52.0, 12.0, 14.0, 34.0)
    let points = [(d.baselineDate, d.baseline)] + m.measure.valuesByDate.map { ($0.date, $0.value) }
    let numbers = points.map { Self.number($0.1) } + [Self.number(d.target)]
    var lo = numbers.min()!
    var hi = numbers.max()!
    let pad = hi > lo ? (hi - lo) * 0.1 : max(abs(hi) * 0.1, 1)
    lo -= pad
    hi += pad
    let first = points.map(\.0.daysSinceEpoch).min()!
    let last = max(points.map(\.0.daysSinceEpoch).max()!, d.targetDate.daysSinceEpoch)
    let span = Double(max(last - first, 1))
    func x(_ date: CivilDate) -> Double {
      l + (w - l - r) * Double(date.daysSinceEpoch - first) / span
    }
    func y(_ n: Numeral) -> Double { t + (h - t - b) * (1 - (Self.number(n) - lo) / (hi - lo)) }
    let values = m.measure.valuesByDate.map { "\(m.amount($0.value)) on \($0.date)" }
    let desc =
      "Baseline \(m.amount(d.baseline)) on \(d.baselineDate); target \(m.amount(d.target)) by "
      + "\(d.targetDate); "
      + (values.isEmpty
        ? "no values yet." : "values " + values.joined(separator: ", ") + "; \(m.standing).")
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(w)) \(f(h))\" "
      + "role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
      + "font-family=\"Arial, Helvetica, sans-serif\" font-size=\"11\">\n"
      + "<title id=\"\(id)-title\">\(HTMLText.escape(d.id + " " + d.title))</title>\n"
      + "<desc id=\"\(id)-desc\">\(HTMLText.escape(desc))</desc>\n"
    let base = h - b
    svg +=
      "<line x1=\"\(f(l))\" y1=\"\(f(base))\" x2=\"\(f(w - r))\" y2=\"\(f(base))\" "
      + "stroke=\"#0b0c0c\" stroke-width=\"1\"/>"
    svg += label(d.baselineDate.description, x: l, y: base + 14, anchor: "start")
    svg += label(d.targetDate.description, x: w - r, y: base + 14, anchor: "end")
    let ty = y(d.target)
    svg +=
      "\n<line class=\"target\" x1=\"\(f(l))\" y1=\"\(f(ty))\" x2=\"\(f(w - r))\" y2=\"\(f(ty))\" "
      + "stroke=\"#0b0c0c\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
    svg += label("target " + m.amount(d.target), x: l - 4, y: ty + 4, anchor: "end")
    let xy = points.map { (x($0.0), y($0.1)) }
    svg += "\n" + polyline(xy, colour: "#1d70b8", dash: nil)
    for p in xy {
      svg += "<circle cx=\"\(f(p.0))\" cy=\"\(f(p.1))\" r=\"3\" fill=\"#1d70b8\"/>"
    }
    if let latest = points.last {
      svg += label(
        m.amount(latest.1), x: x(latest.0), y: y(latest.1) - 7, anchor: "middle", bold: true)
    }
    return svg + "\n</svg>"
  }

  /// A numeral as a float, for placing pixels only.
  private static func number(_ n: Numeral) -> Double { Double(n.text) ?? 0 }
}
