import LedgerCore

/// A recommendation, verbatim, and the actions that answer it.
public struct RecommendationSection: Hashable, Sendable {
  /// The recommendation at the as-of point.
  public var recommendation: Recommendation
  /// Its actions, in the order linked.
  public var actions: [ActionLine]

  /// Creates a section.
  public init(recommendation: Recommendation, actions: [ActionLine]) {
    self.recommendation = recommendation
    self.actions = actions
  }
}
