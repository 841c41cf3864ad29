import LedgerCore

/// A key achievement: an action completed or signed off in the report's window, with the work
/// that was done (its latest progress, evidence or completion note) and, once recorded, its
/// impact.
public struct Achievement: Hashable, Sendable {
  /// What happened to it in the window.
  public enum Step: String, Hashable, Sendable {
    /// Marked complete (and not signed off in the window).
    case completed = "completed"
    /// Signed off by the board.
    case signedOff = "signed off"
  }

  /// The action as it stands at the as-of point.
  public var line: ActionLine
  /// The furthest step it reached in the window.
  public var step: Step
  /// When that step happened.
  public var date: CivilDate

  /// Creates an achievement.
  public init(line: ActionLine, step: Step, date: CivilDate) {
    self.line = line
    self.step = step
    self.date = date
  }
}
