/// A recommendation (an Ofsted finding, "what needs to improve"), as it stands.
public struct Recommendation: Hashable, Sendable, Codable {
  /// Its ID, e.g. "R1".
  public var id: String
  /// The source that made it.
  public var source: String
  /// Ofsted's words, verbatim (as last amended).
  public var text: String
  /// An optional theme, e.g. "Children in care".
  public var theme: String?
  /// An optional National Framework tag, e.g. "outcome 1, national framework".
  public var framework: String?
  /// Whether it is an area for priority action.
  public var priority: Bool
  /// The priorities it sits under (format version 3), in the order given.
  public var under: [String] = []
  /// Open or closed.
  public var status: RecommendationStatus = .open
  /// The actions linked to it, in the order they were added.
  public var actions: [String] = []
  /// The `seq` that added it.
  public var addedSeq: Int
  /// The `seq` of the last event that changed it.
  public var lastChangedSeq: Int
}
