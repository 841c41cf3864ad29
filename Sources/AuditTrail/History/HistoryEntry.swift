import LedgerCore

/// One line of the audit trail: who recorded what, when, why, and whether it still counts.
public struct HistoryEntry: Hashable, Sendable {
  /// The event's position in the log.
  public var seq: Int
  /// The event type, e.g. `action.rated`.
  public var type: EventType
  /// When it was written.
  public var recorded: Timestamp
  /// When it actually happened, if the actor gave a date.
  public var effective: CivilDate?
  /// Who recorded it.
  public var actor: Actor
  /// The item it is about, if any. For an `event.retracted` entry: the subject of the event it
  /// retracts.
  public var subject: String?
  /// What it did, in one line of plain English, e.g. `rated A1.2 amber`.
  public var what: String
  /// The reason or note the actor gave, if any.
  public var why: String?
  /// The retraction that took it back, if it was retracted (by the end of the log read).
  public var retracted: Retraction?
  /// For an `event.retracted` entry: the `seq` it retracts.
  public var retracts: Int?
  /// Whether it was recorded after the fact (`effective` earlier than the recorded date).
  public var isBackRecorded: Bool
  /// The redactions of its members (recorded anywhere in the log read), oldest first.
  public var redactions: [RedactionRecord] = []
  /// For a `payload.redacted` entry: the `seq` it redacts.
  public var redacts: Int?

  /// Creates an entry.
  public init(
    seq: Int, type: EventType, recorded: Timestamp, effective: CivilDate? = nil, actor: Actor,
    subject: String? = nil, what: String, why: String? = nil, retracted: Retraction? = nil,
    retracts: Int? = nil, isBackRecorded: Bool = false, redactions: [RedactionRecord] = [],
    redacts: Int? = nil
  ) {
    self.seq = seq
    self.type = type
    self.recorded = recorded
    self.effective = effective
    self.actor = actor
    self.subject = subject
    self.what = what
    self.why = why
    self.retracted = retracted
    self.retracts = retracts
    self.isBackRecorded = isBackRecorded
    self.redactions = redactions
    self.redacts = redacts
  }
}
