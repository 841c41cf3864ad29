/// What kind of visit or review produced findings.
public enum SourceType: String, CaseIterable, Sendable {
  case ilacsStandard = "ilacs-standard"
  case ilacsShort = "ilacs-short"
  case focusedVisit = "focused-visit"
  case monitoringVisit = "monitoring-visit"
  case jtai = "jtai"
  case annualEngagement = "annual-engagement"
  case selfEvaluation = "self-evaluation"
  case other = "other"

  /// How board papers name it, e.g. "Focused visit".
  public var displayName: String {
    switch self {
    case .ilacsStandard: return "ILACS standard inspection"
    case .ilacsShort: return "ILACS short inspection"
    case .focusedVisit: return "Focused visit"
    case .monitoringVisit: return "Monitoring visit"
    case .jtai: return "Joint targeted area inspection"
    case .annualEngagement: return "Annual engagement meeting"
    case .selfEvaluation: return "Self-evaluation"
    case .other: return "Other"
    }
  }
}

/// An Ofsted judgement.
public enum Grade: String, CaseIterable, Sendable {
  case outstanding = "outstanding"
  case good = "good"
  case requiresImprovement = "requires-improvement"
  case inadequate = "inadequate"

  /// How Ofsted writes it.
  public var displayName: String {
    switch self {
    case .outstanding: return "Outstanding"
    case .good: return "Good"
    case .requiresImprovement: return "Requires improvement to be good"
    case .inadequate: return "Inadequate"
    }
  }
}

/// A red/amber/green/blue rating. Blue means complete.
public enum RAG: String, CaseIterable, Sendable, Comparable {
  case red = "red"
  case amber = "amber"
  case green = "green"
  case blue = "blue"

  /// The ratings an officer may give directly; blue comes from completing an action.
  public static let rateable: [RAG] = [.red, .amber, .green]

  /// Red first, then amber, green, blue.
  public static func < (lhs: RAG, rhs: RAG) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// Where a recommendation stands.
public enum RecommendationStatus: String, CaseIterable, Sendable {
  case open = "open"
  case closed = "closed"
}

/// Where an action stands.
public enum ActionStatus: String, CaseIterable, Sendable {
  case open = "open"
  case complete = "complete"
  case signedOff = "signed-off"
  case deferred = "deferred"
  case withdrawn = "withdrawn"

  /// Whether the action still needs work or a decision: not signed off and not withdrawn.
  public var isLive: Bool { self != .signedOff && self != .withdrawn }
}
