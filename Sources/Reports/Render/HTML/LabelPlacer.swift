/// A rectangle in a chart's coordinates (y grows downwards).
struct Box: Equatable {
  var x0: Double
  var y0: Double
  var x1: Double
  var y1: Double

  /// Whether the two share any area.
  func overlaps(_ other: Box) -> Bool {
    x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1
  }

  /// Whether `other` lies wholly inside.
  func contains(_ other: Box) -> Bool {
    other.x0 >= x0 && other.x1 <= x1 && other.y0 >= y0 && other.y1 <= y1
  }
}

/// Places the point labels of a chart so that no two overlap and each stays inside the plot:
/// each label tries above its point, below it, then to its right and left, and is left out
/// (the figures table beside the chart has every number) when none of those is free.
struct LabelPlacer {
  /// Where labels may go.
  var bounds: Box
  /// The labels placed so far.
  private(set) var placed: [Box] = []

  init(bounds: Box) { self.bounds = bounds }

  /// The box of `text` drawn centred at `x` on baseline `y` in the charts' 11-unit font, with
  /// a little room for the white outline.
  static func box(_ text: String, x: Double, baseline y: Double) -> Box {
    let half = Double(text.count) * SVGCharts.charWidth / 2 + 1.5
    return Box(x0: x - half, y0: y - 10, x1: x + half, y1: y + 3)
  }

  /// A free spot for `text` near `point` (its baseline, centred), or nil; the spot is then
  /// taken.
  mutating func place(_ text: String, near point: (Double, Double), aboveFirst: Bool)
    -> (x: Double, y: Double)?
  {
    let (x, y) = point
    let side = Double(text.count) * SVGCharts.charWidth / 2 + 8
    let above = (x, y - 8)
    let below = (x, y + 16)
    let candidates =
      (aboveFirst ? [above, below] : [below, above]) + [
        (x + side, y + 4), (x - side, y + 4),
      ]
    for (cx, cy) in candidates {
      let b = Self.box(text, x: cx, baseline: cy)
      guard bounds.contains(b), !placed.contains(where: { $0.overlaps(b) }) else { continue }
      placed.append(b)
      return (cx, cy)
    }
    return nil
  }
}
