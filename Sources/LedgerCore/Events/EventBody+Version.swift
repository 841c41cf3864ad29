extension EventBody {
  /// The `v` this event's line is written with: the lowest format version whose table admits
  /// it (`Events/FORMAT.md`, V1). A type of version 1 using a member version 3 added (such as
  /// `under`) is written `v` 3.
  public var version: Int {
    switch self {
    case .recommendationAdded(_, _, _, _, _, _, let under):
      return under.isEmpty ? 1 : 3
    case .recommendationAmended(_, let text, _, let theme, let under, let priority):
      return text == nil || theme != nil || under != nil || priority != nil ? 3 : 1
    case .actionAdded(_, let recommendations, _, _, _, let under):
      return recommendations.isEmpty || !under.isEmpty ? 3 : 1
    case .actionAmended(_, let title, let owner, let due, _, let recommendations, let under):
      let onlyV1 = recommendations == nil && under == nil
      return onlyV1 && (title != nil || owner != nil || due != nil) ? 1 : 3
    case .planCreated(_, _, let previous):
      return previous == nil ? 1 : 3
    case .boardMeeting(_, _, let attendees, let apologies):
      return attendees.isEmpty && apologies.isEmpty ? 1 : 3
    default:
      return type.version
    }
  }
}
