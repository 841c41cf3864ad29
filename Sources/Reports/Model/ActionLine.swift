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
  /// The difference it made for children and families: its latest `action.impact` note, nil
  /// until one is recorded. The renderers show an Impact column as soon as any action has one.
  public var impact: Update?
  /// The IDs of the priorities it sits under (`under`), in order; empty for an action that
  /// only answers recommendations (the CSV's `priority` column).
  public var priorities: [String]

  /// Creates a line.
  public init(
    action: Action, daysOverdue: Int?, recommendations: [Recommendation], sources: [Source],
    impact: Update? = nil, priorities: [String] = []
  ) {
    self.action = action
    self.daysOverdue = daysOverdue
    self.recommendations = recommendations
    self.sources = sources
    self.impact = impact
    self.priorities = priorities
  }

  /// Whether it is rated red or amber: an exception the board should see.
  public var isRedOrAmber: Bool { action.rag == .red || action.rag == .amber }

  /// What it has done so far: its latest progress, evidence, rating or completion note,
  /// never the sign-off alone.
  public var work: Update? { action.latestWork }

  /// Whether it is past due and still open or deferred.
  public var isOverdue: Bool { daysOverdue != nil }
}
