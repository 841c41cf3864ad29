import LedgerCore

/// The stretch of the log a board report's "changes since" section covers: the events
/// `from + 1 … to`, resolved from a `SincePoint`.
public struct ReportWindow: Hashable, Sendable {
  /// What the window starts from.
  public enum Start: Hashable, Sendable {
    /// The beginning of the plan (no board meeting recorded yet).
    case planStart
    /// A board meeting: the events recorded after it.
    case meeting(BoardMeeting)
    /// An instant asked for with `--since`.
    case instant(Timestamp)
  }

  /// What the window starts from.
  public var start: Start
  /// The number of events before the window: it holds events `from + 1 … to`.
  public var from: Int
  /// The number of events up to the report's as-of point.
  public var to: Int
  /// Why the start is not the obvious one, if it is not (e.g. the last meeting is the very
  /// last event, so the meeting before it is used).
  public var note: String?

  /// Creates a window.
  public init(start: Start, from: Int, to: Int, note: String? = nil) {
    self.start = start
    self.from = from
    self.to = to
    self.note = note
  }

  /// `since the board meeting of 2022-02-08`, `since the plan began`, `since 2022-01-01T…`.
  public var phrase: String {
    switch start {
    case .planStart: return "since the plan began"
    case .meeting(let m): return "since the board meeting of \(ReportText.longDate(m.date))"
    case .instant(let t): return "since \(ReportText.instant(t))"
    }
  }
}
