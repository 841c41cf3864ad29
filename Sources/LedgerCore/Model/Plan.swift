/// The improvement plan as it stands after some events: the fold of the log.
///
/// `Plan` is a pure value. `apply(_:)` folds one event in and is lenient: it assumes the
/// writer validated the event and ignores anything that names a missing item. Use
/// `Replay` to fold a log while honouring retractions and an "as of" point.
public struct Plan: Sendable, Codable {
  /// The plan's title.
  public var title = ""
  /// The local authority.
  public var authority = ""
  /// Sources by ID.
  public var sources: [String: Source] = [:]
  /// Source IDs in the order added.
  public var sourceOrder: [String] = []
  /// Recommendations by ID.
  public var recommendations: [String: Recommendation] = [:]
  /// Recommendation IDs in the order added.
  public var recommendationOrder: [String] = []
  /// Actions by ID.
  public var actions: [String: Action] = [:]
  /// Action IDs in the order added.
  public var actionOrder: [String] = []
  /// Priorities by ID (format version 3).
  public var priorities: [String: Priority] = [:]
  /// Priority IDs in the order added.
  public var priorityOrder: [String] = []
  /// Measures by ID (format version 3).
  public var measures: [String: Measure] = [:]
  /// Measure IDs in the order added.
  public var measureOrder: [String] = []
  /// Board meetings in the order recorded.
  public var meetings: [BoardMeeting] = []
  /// Members redacted so far, by the `seq` of the line they were removed from.
  public var redactedMembers: [Int: Set<String>] = [:]
  /// The `seq` of the last event folded in (live or not), 0 for none.
  public var lastSeq = 0

  /// An empty plan.
  public init() {}

  /// What kind of item `id` names, if any.
  public func kind(of id: String) -> ItemKind? {
    if sources[id] != nil { return .source }
    if recommendations[id] != nil { return .recommendation }
    if actions[id] != nil { return .action }
    if priorities[id] != nil { return .priority }
    if measures[id] != nil { return .measure }
    return nil
  }

  /// Whether the plan has been created (`plan.created` folded in).
  public var isCreated: Bool { !title.isEmpty }
}

/// The kinds of item a plan holds. They share one namespace of IDs.
public enum ItemKind: String, Sendable, Equatable {
  case source = "source"
  case recommendation = "recommendation"
  case action = "action"
  /// Format version 3.
  case priority = "priority"
  /// Format version 3.
  case measure = "measure"
}
