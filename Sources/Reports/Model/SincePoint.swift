import LedgerCore

/// Where the "changes since" section of a board report starts.
public enum SincePoint: Hashable, Sendable {
  /// Since the last board meeting recorded at or before the report's as-of point. When that
  /// meeting is the very last event (the paper is being prepared for it, nothing has happened
  /// since), the meeting before it is used instead; with no meeting, since the plan began.
  case lastMeeting
  /// Since an instant: the events recorded after it.
  case instant(Timestamp)
}
