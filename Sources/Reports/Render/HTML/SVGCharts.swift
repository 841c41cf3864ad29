import PlanState

/// The report's two charts as inline SVG, drawn from a `Trend`: the RAG mix at the end of each
/// period (stacked bars) and open actions against the actions not yet past due (lines).
///
/// Colour is never the only cue: every bar segment tall enough carries its count, the legend
/// names each rating in words, red and amber segments are hatched and dotted, the two lines
/// differ in dash and marker shape, and each chart has a `<title>` and a `<desc>` listing its
/// numbers. Coordinates are printed with one decimal (`ReportText.fixed`), the same on every
/// machine.
enum SVGCharts {
  static let width = 680.0
  static let height = 310.0
  static let left = 44.0
  static let right = 12.0
  static let top = 18.0
  static let bottom = 80.0
  /// The baseline of the legend: below both lines of the period labels.
  static var legendY: Double { height - 16 }
  /// How wide a character of the 11-unit font is taken to be when laying out labels: generous,
  /// so that Arial's substitutes (Liberation Sans, DejaVu Sans) fit too.
  static let charWidth = 7.2

  static var plotWidth: Double { width - left - right }
  static var plotHeight: Double { height - top - bottom }

  /// The ratings bottom to top, with their words.
  static let stack: [(key: String, word: String)] = [
    ("blue", "Blue (complete)"), ("green", "Green"), ("amber", "Amber"), ("red", "Red"),
    ("unrated", "Unrated"),
  ]

  static func f(_ x: Double) -> String { ReportText.fixed(x) }

  /// The count of `key` in `rag`.
  static func value(_ rag: RAGCounts, _ key: String) -> Int {
    switch key {
    case "red": return rag.red
    case "amber": return rag.amber
    case "green": return rag.green
    case "blue": return rag.blue
    default: return rag.unrated
    }
  }

  /// The stacked bar chart of the RAG mix; `id` prefixes its element IDs.
  static func ragMix(_ trend: Trend, id: String) -> String {
    let points = trend.points
    let maxTotal = points.map(\.rag.total).max() ?? 0
    let scale = Scale(maximum: maxTotal)
    let band = plotWidth / Double(max(points.count, 1))
    let barWidth = min(band * 0.62, 56)
    var desc = points.map { p in
      "\(p.label): " + stack.map { "\(value(p.rag, $0.key)) \($0.key)" }.joined(separator: ", ")
    }.joined(separator: "; ")
    desc = "Actions by RAG rating at the end of each \(trend.period.rawValue). " + desc + "."
    var svg = open(id: id, title: "RAG mix at the end of each \(trend.period.rawValue)", desc: desc)
    svg += patterns(id: id)
    svg += axes(scale: scale, points: points, band: band, period: trend.period)
    for (i, p) in points.enumerated() {
      let x = left + band * Double(i) + (band - barWidth) / 2
      var base = 0
      for (key, word) in stack {
        let n = value(p.rag, key)
        guard n > 0 else { continue }
        let y0 = scale.y(base + n)
        let h = scale.y(base) - y0
        let colour = HTMLStyle.colours[key]!
        let rect = "x=\"\(f(x))\" y=\"\(f(y0))\" width=\"\(f(barWidth))\" height=\"\(f(h))\""
        svg +=
          "<rect \(rect) fill=\"\(colour.fill)\" stroke=\"#0b0c0c\" stroke-width=\"0.6\">"
          + "<title>\(HTMLText.escape(p.label)): \(n) \(word)</title></rect>\n"
        if key == "red" || key == "amber" {
          svg += "<rect \(rect) fill=\"url(#\(id)-\(key))\" stroke=\"none\"/>\n"
        }
        if h >= 12 {
          svg += label("\(n)", x: x + barWidth / 2, y: y0 + h / 2 + 3.5, anchor: "middle")
        }
        base += n
      }
      if p.rag.total > 0 {
        svg += label(
          "\(p.rag.total)", x: x + barWidth / 2, y: scale.y(p.rag.total) - 4, anchor: "middle",
          bold: true)
      }
    }
    var x = left
    let y = legendY
    for (key, word) in stack {
      let colour = HTMLStyle.colours[key]!
      let box = "x=\"\(f(x))\" y=\"\(f(y - 9))\" width=\"12\" height=\"12\""
      svg += "<rect \(box) fill=\"\(colour.fill)\" stroke=\"#0b0c0c\" stroke-width=\"0.6\"/>"
      if key == "red" || key == "amber" { svg += "<rect \(box) fill=\"url(#\(id)-\(key))\"/>" }
      svg += label(word, x: x + 16, y: y + 1, anchor: "start") + "\n"
      x += 26 + Double(word.count) * charWidth
    }
    return svg + "</svg>"
  }

  /// The line chart of open actions against actions not yet past due.
  static func openActions(_ trend: Trend, id: String) -> String {
    let points = trend.points
    let scale = Scale(maximum: points.map { max($0.open, $0.notYetDue) }.max() ?? 0)
    let band = plotWidth / Double(max(points.count, 1))
    let desc =
      "Open actions (open or deferred) and actions not yet past due, at the end of each "
      + "\(trend.period.rawValue). "
      + points.map { "\($0.label): \($0.open) open, \($0.notYetDue) not yet past due" }
      .joined(separator: "; ") + "."
    var svg = open(
      id: id, title: "Open actions against due dates, at the end of each \(trend.period.rawValue)",
      desc: desc)
    svg += axes(scale: scale, points: points, band: band, period: trend.period)
    func xy(_ i: Int, _ n: Int) -> (Double, Double) {
      (left + band * (Double(i) + 0.5), scale.y(n))
    }
    let due = points.enumerated().map { xy($0.offset, $0.element.notYetDue) }
    let open = points.enumerated().map { xy($0.offset, $0.element.open) }
    let showValues = points.count <= 12
    svg += polyline(due, colour: "#505a5f", dash: "6 4")
    for (x, y) in due {
      svg +=
        "<rect x=\"\(f(x - 3.5))\" y=\"\(f(y - 3.5))\" width=\"7\" height=\"7\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"1.5\"/>"
    }
    svg += polyline(open, colour: "#1d70b8", dash: nil)
    for (x, y) in open {
      svg += "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"4\" fill=\"#1d70b8\"/>"
    }
    if showValues {
      var placer = LabelPlacer(
        bounds: Box(x0: left, y0: 0, x1: width - right, y1: top + plotHeight - 1))
      for (i, p) in points.enumerated() {
        // The higher marker's label goes above it first, the lower one's below it first.
        let openHigher = p.open >= p.notYetDue
        let labels = [
          (text: "\(p.open)", at: open[i], bold: true, above: openHigher),
          (text: "\(p.notYetDue)", at: due[i], bold: false, above: !openHigher),
        ]
        for l in labels {
          guard let spot = placer.place(l.text, near: l.at, aboveFirst: l.above) else { continue }
          svg += label(l.text, x: spot.x, y: spot.y, anchor: "middle", bold: l.bold)
        }
      }
    }
    let y = legendY
    let first = "Open actions (open or deferred), solid line"
    svg += polyline([(left, y - 3), (left + 28, y - 3)], colour: "#1d70b8", dash: nil)
    svg += "<circle cx=\"\(f(left + 14))\" cy=\"\(f(y - 3))\" r=\"4\" fill=\"#1d70b8\"/>"
    svg += label(first, x: left + 34, y: y + 1, anchor: "start")
    let x2 = left + 34 + Double(first.count) * charWidth + 24
    svg += polyline([(x2, y - 3), (x2 + 28, y - 3)], colour: "#505a5f", dash: "6 4")
    svg +=
      "<rect x=\"\(f(x2 + 10.5))\" y=\"\(f(y - 6.5))\" width=\"7\" height=\"7\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"1.5\"/>"
    svg += label("Actions not yet past due, dashed line", x: x2 + 34, y: y + 1, anchor: "start")
    return svg + "\n</svg>"
  }

  /// The opening tag, title and description.
  static func open(id: String, title: String, desc: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" "
      + "role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
      + "font-family=\"Arial, Helvetica, sans-serif\" font-size=\"11\">\n"
      + "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>\n"
      + "<desc id=\"\(id)-desc\">\(HTMLText.escape(desc))</desc>\n"
  }

  /// Hatching for red and dots for amber, so the two differ without colour.
  static func patterns(id: String) -> String {
    "<defs>"
      + "<pattern id=\"\(id)-red\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      + "patternTransform=\"rotate(45)\"><rect width=\"2\" height=\"6\" fill=\"#ffffff\" "
      + "fill-opacity=\"0.5\"/></pattern>"
      + "<pattern id=\"\(id)-amber\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
      + "<circle cx=\"3\" cy=\"3\" r=\"1.1\" fill=\"#0b0c0c\" fill-opacity=\"0.5\"/></pattern>"
      + "</defs>\n"
  }

  /// The y axis with its gridlines and the x axis with the period labels.
  static func axes(scale: Scale, points: [TrendPoint], band: Double, period: Trend.Period)
    -> String
  {
    var svg = ""
    var tick = 0
    while tick <= scale.maximum {
      let y = scale.y(tick)
      svg +=
        "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - right))\" y2=\"\(f(y))\" "
        + "stroke=\"\(tick == 0 ? "#0b0c0c" : "#d8dadc")\" stroke-width=\"\(tick == 0 ? "1" : "0.6")\"/>"
      svg += label("\(tick)", x: left - 6, y: y + 4, anchor: "end")
      tick += scale.step
    }
    svg += "\n"
    // Never rotated (rotated labels ran into the legend): a month is its three letters, with
    // the year on a second line under the first month and each January; a week is its
    // ending day. Either fits the narrowest band (24 months).
    for (i, p) in points.enumerated() {
      let x = left + band * (Double(i) + 0.5)
      let y = top + plotHeight + 15
      let d = p.date
      let first = ReportText.monthNames[d.month - 1].prefix(3)
      if period == .week {
        svg += label(ReportText.dayMonth(d), x: x, y: y, anchor: "middle")
        continue
      }
      svg += label(String(first), x: x, y: y, anchor: "middle")
      if i == 0 || d.month == 1 { svg += label("\(d.year)", x: x, y: y + 13, anchor: "middle") }
    }
    return svg + "\n"
  }

  /// A text label, outlined in white so it reads on any fill.
  static func label(_ s: String, x: Double, y: Double, anchor: String, bold: Bool = false)
    -> String
  {
    "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\""
      + (bold ? " font-weight=\"bold\"" : "")
      + " paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\">"
      + HTMLText.escape(s) + "</text>"
  }

  static func polyline(_ points: [(Double, Double)], colour: String, dash: String?) -> String {
    let coordinates = points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
    return "<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(colour)\" "
      + "stroke-width=\"2\"" + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
  }

  /// The y scale: from 0 to a round maximum, with a round step (at most about five ticks).
  struct Scale {
    var maximum: Int
    var step: Int

    init(maximum value: Int) {
      var step = 1
      for candidate in [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000] {
        step = candidate
        if value <= candidate * 5 { break }
      }
      while value > step * 5 { step *= 10 }
      self.step = step
      self.maximum = max(step, (value + step - 1) / step * step)
    }

    func y(_ n: Int) -> Double {
      SVGCharts.top + SVGCharts.plotHeight * (1 - Double(n) / Double(maximum))
    }
  }
}
