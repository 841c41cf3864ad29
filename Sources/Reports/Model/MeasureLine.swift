import LedgerCore

/// A measure as the board paper shows it: baseline, target, latest value and whether it is on
/// track on the report's date.
public struct MeasureLine: Hashable, Sendable {
  /// The measure at the as-of point, with every value recorded by then.
  public var measure: Measure
  /// Met, on track or off track on the report's date; nil with no values yet.
  public var track: Track?

  /// Creates a line.
  public init(measure: Measure, track: Track?) {
    self.measure = measure
    self.track = track
  }

  /// `57%` or `15 children per social worker`: a number exactly as entered, and its unit.
  public func amount(_ n: Numeral) -> String {
    let unit = measure.details.unit
    return unit == "%" ? "\(n)%" : "\(n) \(unit)"
  }

  /// `on track`, `off track`, `met` or `no values yet`.
  public var standing: String {
    guard let track else { return "no values yet" }
    switch track {
    case .met: return "met"
    case .onTrack: return "on track"
    case .offTrack: return "off track"
    }
  }
}
