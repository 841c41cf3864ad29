import LedgerCore

/// The plan over time, one point per week or month up to the as-of point: the data of the
/// report's charts.
public struct Trend: Equatable, Sendable {
  /// How long each period is.
  public enum Period: String, Sendable {
    /// Weeks ending on Sunday: used when the plan is no more than twelve weeks old.
    case week = "week"
    /// Calendar months: otherwise (the last 24 at most).
    case month = "month"
  }

  /// How long each period is.
  public var period: Period
  /// The points, oldest first; the last is measured at the as-of point.
  public var points: [TrendPoint]

  /// Creates a trend.
  public init(period: Period, points: [TrendPoint]) {
    self.period = period
    self.points = points
  }
}
