/// Every event type of the format, with its name on disk.
public enum EventType: String, CaseIterable, Sendable {
  case planCreated = "plan.created"
  case sourceAdded = "source.added"
  case recommendationAdded = "recommendation.added"
  case recommendationAmended = "recommendation.amended"
  case recommendationClosed = "recommendation.closed"
  case recommendationReopened = "recommendation.reopened"
  case actionAdded = "action.added"
  case actionAmended = "action.amended"
  case actionRated = "action.rated"
  case actionProgress = "action.progress"
  case actionEvidence = "action.evidence"
  case actionCompleted = "action.completed"
  case actionSignedOff = "action.signed-off"
  case actionReopened = "action.reopened"
  case actionDeferred = "action.deferred"
  case actionWithdrawn = "action.withdrawn"
  case boardMeeting = "board.meeting"
  case eventRetracted = "event.retracted"
  case payloadRedacted = "payload.redacted"
  // Format version 3: the plan as councils write it (issue 8).
  case priorityAdded = "priority.added"
  case priorityAmended = "priority.amended"
  case measureAdded = "measure.added"
  case measureRecorded = "measure.recorded"
  case measureAmended = "measure.amended"
  case actionImpact = "action.impact"
  case sourceAmended = "source.amended"
  case planAmended = "plan.amended"
  // Format version 3: the annual cycle (issue 9).
  case sourcePlanSent = "source.plan-sent"
  case planCarriedForward = "plan.carried-forward"
  case itemCarried = "item.carried"

  /// The format version that introduced the type. A line is written with the lowest version
  /// whose table admits it (`EventBody.version`): this, or higher where a line of an older
  /// type uses a member a later version added (`Events/FORMAT.md`, "The version rule").
  public var version: Int {
    switch self {
    case .payloadRedacted: return 2
    case .priorityAdded, .priorityAmended, .measureAdded, .measureRecorded, .measureAmended,
      .actionImpact, .sourceAmended, .planAmended:
      return 3
    case .sourcePlanSent, .planCarriedForward, .itemCarried:
      return 3
    default: return 1
    }
  }

  /// The members of this type's `data` that hold free text and so may be redacted: never an
  /// ID, reference, date, enumeration, boolean or number (`Events/FORMAT.md`, rule 12).
  public var freeTextMembers: [String] {
    switch self {
    case .planCreated: return ["authority", "title"]
    case .sourceAdded: return ["title", "url"]
    case .recommendationAdded: return ["framework", "text", "theme"]
    case .recommendationAmended: return ["reason", "text", "theme"]
    case .recommendationClosed, .actionRated, .actionProgress, .actionCompleted,
      .actionSignedOff, .boardMeeting:
      return ["note"]
    case .recommendationReopened, .actionReopened, .actionDeferred, .actionWithdrawn,
      .eventRetracted:
      return ["reason"]
    case .actionAdded: return ["owner", "title"]
    case .actionAmended: return ["owner", "reason", "title"]
    case .actionEvidence: return ["link", "note"]
    case .payloadRedacted: return []
    case .priorityAdded: return ["outcome", "title"]
    case .priorityAmended: return ["outcome", "reason", "title"]
    case .measureAdded: return ["title", "unit"]
    case .measureRecorded, .actionImpact: return ["note"]
    case .measureAmended: return ["reason", "title", "unit"]
    case .sourceAmended: return ["reason", "title", "url"]
    case .planAmended: return ["authority", "reason", "title"]
    case .sourcePlanSent: return ["note"]
    case .planCarriedForward: return ["to_ledger", "to_title"]
    case .itemCarried: return []
    }
  }
}
