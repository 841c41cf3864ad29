import LedgerCore

/// A priority as the board paper shows it: its title and outcome statement, its measures,
/// then the findings (or aims) placed under it with their actions, then the actions placed
/// under it directly that answer none of those findings.
public struct PrioritySection: Hashable, Sendable {
  /// The priority at the as-of point.
  public var priority: Priority
  /// Its measures, in the order added.
  public var measures: [MeasureLine]
  /// The recommendations placed under it, each with every action that answers it.
  public var recommendations: [RecommendationSection]
  /// Actions under it directly that answer none of `recommendations`, in the order added.
  public var actions: [ActionLine]

  /// Creates a section.
  public init(
    priority: Priority, measures: [MeasureLine], recommendations: [RecommendationSection],
    actions: [ActionLine]
  ) {
    self.priority = priority
    self.measures = measures
    self.recommendations = recommendations
    self.actions = actions
  }
}
