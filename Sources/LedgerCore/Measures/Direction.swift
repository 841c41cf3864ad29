/// Which way a measure improves.
public enum Direction: String, CaseIterable, Sendable {
  case higherIsBetter = "higher-is-better"
  case lowerIsBetter = "lower-is-better"

  /// Whether `a` is better than `b` in this direction.
  public func isBetter(_ a: Numeral, than b: Numeral) -> Bool {
    switch self {
    case .higherIsBetter: return b.isLess(than: a)
    case .lowerIsBetter: return a.isLess(than: b)
    }
  }
}

/// Where a measure stands against its target.
public enum Track: String, CaseIterable, Sendable {
  /// The latest value reaches the target.
  case met = "met"
  /// Better than the baseline, short of the target, and the target date not yet passed.
  case onTrack = "on-track"
  /// No better than the baseline, or the target date passed without reaching the target.
  case offTrack = "off-track"
}
