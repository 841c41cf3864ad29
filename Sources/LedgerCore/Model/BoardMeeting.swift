/// A meeting of the improvement board.
public struct BoardMeeting: Hashable, Sendable, Codable {
  /// The `seq` that recorded it.
  public var seq: Int
  /// When it was recorded.
  public var recorded: Timestamp
  /// The date of the meeting.
  public var date: CivilDate
  /// A note, e.g. the minutes' reference.
  public var note: String?
}
