import LedgerCore

/// The plan at one point: what `ledger status` shows.
public struct StatusReport: Sendable {
  /// The plan's title.
  public var title: String
  /// The local authority.
  public var authority: String
  /// The point the report is as of.
  public var asOf: Timestamp
  /// The day overdue is judged on (the UTC date of `asOf`).
  public var today: CivilDate
  /// The last event included, or nil if none.
  public var head: Head?
  /// The sources, in the order added, each with its recommendations.
  public var sources: [SourceRow]
  /// Every action, in the order added.
  public var actions: [ActionRow]
  /// How many live actions carry each rating.
  public var rag: RAGCounts
  /// The board meetings recorded so far.
  public var meetings: [BoardMeeting]
  /// The priorities, in the order added, each with its findings, actions and measures.
  public var priorities: [PriorityRow] = []
  /// Every measure, in the order added.
  public var measures: [MeasureRow] { priorities.flatMap(\.measures) }

  /// Every recommendation, in source order.
  public var recommendations: [RecommendationRow] { sources.flatMap(\.recommendations) }
  /// The overdue actions.
  public var overdue: [ActionRow] { actions.filter(\.overdue) }
}

/// A source and its recommendations.
public struct SourceRow: Sendable {
  /// The source.
  public var source: Source
  /// Its recommendations, in the order added.
  public var recommendations: [RecommendationRow]
}

/// A recommendation and its actions.
public struct RecommendationRow: Sendable {
  /// The recommendation.
  public var recommendation: Recommendation
  /// Its actions, in the order added.
  public var actions: [ActionRow]
}

/// An action and whether it is overdue.
public struct ActionRow: Sendable {
  /// The action.
  public var action: Action
  /// Whether it is past due and still open or deferred.
  public var overdue: Bool
}

/// Counts of live actions by rating; withdrawn actions are not counted.
public struct RAGCounts: Sendable, Equatable {
  /// Rated red.
  public var red = 0
  /// Rated amber.
  public var amber = 0
  /// Rated green.
  public var green = 0
  /// Complete or signed off.
  public var blue = 0
  /// Not rated yet.
  public var unrated = 0

  /// Creates counts.
  public init(red: Int = 0, amber: Int = 0, green: Int = 0, blue: Int = 0, unrated: Int = 0) {
    self.red = red
    self.amber = amber
    self.green = green
    self.blue = blue
    self.unrated = unrated
  }

  /// All counted actions.
  public var total: Int { red + amber + green + blue + unrated }

  /// Counts one rating.
  public mutating func count(_ rag: RAG?) {
    switch rag {
    case .red: red += 1
    case .amber: amber += 1
    case .green: green += 1
    case .blue: blue += 1
    case nil: unrated += 1
    }
  }
}
