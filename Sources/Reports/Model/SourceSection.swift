import LedgerCore

/// A source (a visit or review) and its recommendations, in the order added.
public struct SourceSection: Hashable, Sendable {
  /// The source.
  public var source: Source
  /// Its recommendations.
  public var recommendations: [RecommendationSection]

  /// Creates a section.
  public init(source: Source, recommendations: [RecommendationSection]) {
    self.source = source
    self.recommendations = recommendations
  }
}
