import LedgerCore

/// One event of the "changes since" section: when, who, what it changed (before → after) and
/// why.
public struct ChangeRow: Hashable, Sendable {
  /// The event's `seq`.
  public var seq: Int
  /// When it happened (its `effective` date if back-recorded, else the recorded date).
  public var happened: CivilDate
  /// When it was recorded.
  public var recorded: Timestamp
  /// Whether it was recorded after the fact.
  public var isBackRecorded: Bool
  /// Who recorded it.
  public var actor: Actor
  /// The item it is about, if any (for a retraction, the item of the event it takes back).
  public var subject: String?
  /// What it did in plain English, e.g. `rated A2.1 amber`.
  public var what: String
  /// The fields it changed, before → after (latest-update notes left out: the note is `why`).
  public var fields: [FieldLine]
  /// The reason or note given.
  public var why: String?
  /// The retraction that later took it back, if one was recorded by the as-of point.
  public var retracted: Retraction?

  /// Creates a row.
  public init(
    seq: Int, happened: CivilDate, recorded: Timestamp, isBackRecorded: Bool, actor: Actor,
    subject: String?, what: String, fields: [FieldLine], why: String?, retracted: Retraction?
  ) {
    self.seq = seq
    self.happened = happened
    self.recorded = recorded
    self.isBackRecorded = isBackRecorded
    self.actor = actor
    self.subject = subject
    self.what = what
    self.fields = fields
    self.why = why
    self.retracted = retracted
  }

  /// Each changed field on one line: `RAG: green → amber`, prefixed with the item's ID when
  /// it is not the row's subject (a retraction that touches another item).
  public var fieldTexts: [String] {
    fields.map { f in
      (f.id == subject ? "" : f.id + " ") + "\(f.label): \(f.before) → \(f.after)"
    }
  }
}

/// One field of one item changed by an event: `A2.1 RAG: green → amber`.
public struct FieldLine: Hashable, Sendable {
  /// The item's ID.
  public var id: String
  /// The field, for a reader: `RAG`, `Due`, `Status`, `Owner`, …
  public var label: String
  /// The value before, for a reader (`none` or `unrated` when there was none).
  public var before: String
  /// The value after.
  public var after: String

  /// Creates a field line.
  public init(id: String, label: String, before: String, after: String) {
    self.id = id
    self.label = label
    self.before = before
    self.after = after
  }
}
