import LedgerCore

/// One action as a board report shows it: the action as it stood at the as-of point, the
/// recommendations and sources it answers, and how far past due it is.
public struct ActionLine: Hashable, Sendable {
  /// The action at the as-of point.
  public var action: Action
  /// Days past its due date on the as-of date, when it is overdue; nil when it is not.
  public var daysOverdue: Int?
  /// The recommendations it answers, in the order linked.
  public var recommendations: [Recommendation]
  /// The sources of those recommendations, each once, in order of first mention.
  public var sources: [Source]

  /// Creates a line.
  public init(
    action: Action, daysOverdue: Int?, recommendations: [Recommendation], sources: [Source]
  ) {
    self.action = action
    self.daysOverdue = daysOverdue
    self.recommendations = recommendations
    self.sources = sources
  }

  /// Whether it is past due and still open or deferred.
  public var isOverdue: Bool { daysOverdue != nil }
}
