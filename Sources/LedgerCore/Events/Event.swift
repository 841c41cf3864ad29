/// One event as the plan sees it: who recorded what, when, and (if back-recorded) when it
/// actually happened.
public struct Event: Hashable, Sendable {
  /// Position in the log, from 1.
  public var seq: Int
  /// When it was written.
  public var recorded: Timestamp
  /// When it actually happened, if the actor said it was earlier than `recorded`.
  public var effective: CivilDate?
  /// Who recorded it.
  public var actor: Actor
  /// What it says.
  public var body: EventBody

  /// Creates an event.
  public init(
    seq: Int, recorded: Timestamp, effective: CivilDate? = nil, actor: Actor, body: EventBody
  ) {
    self.seq = seq
    self.recorded = recorded
    self.effective = effective
    self.actor = actor
    self.body = body
  }

  /// The event's type.
  public var type: EventType { body.type }

  /// The date it happened: `effective` if given, else the date it was recorded (UTC).
  public var happened: CivilDate { effective ?? recorded.date }

  /// Whether it was recorded after the fact (`effective` earlier than the recorded date).
  public var isBackRecorded: Bool {
    guard let effective else { return false }
    return effective < recorded.date
  }
}
