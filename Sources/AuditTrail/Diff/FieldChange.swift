import LedgerCore

/// A change to one field of one item: `A1.2 rag: amber → green`.
public struct FieldChange: Hashable, Sendable {
  /// The item's ID.
  public var id: String
  /// What kind of item it is.
  public var kind: ItemKind
  /// The field, named as in `status --json`. Sources: `title`, `type`, `date`, `end_date`,
  /// `published`, `grade`, `url`. Recommendations: `text`, `status`, `theme`, `framework`,
  /// `priority`, `source`. Actions: `title`, `owner`, `due`, `status`, `rag`,
  /// `recommendations`, `latest_update` (the note of the latest progress, evidence, rating,
  /// completion or sign-off), `deferred_until`.
  public var field: String
  /// Whether the item was added, removed or changed.
  public var change: ChangeKind
  /// The value before (`.none` for an item that was added).
  public var before: FieldValue
  /// The value after (`.none` for an item that was removed).
  public var after: FieldValue

  /// Creates a field change.
  public init(
    id: String, kind: ItemKind, field: String, change: ChangeKind, before: FieldValue,
    after: FieldValue
  ) {
    self.id = id
    self.kind = kind
    self.field = field
    self.change = change
    self.before = before
    self.after = after
  }
}

/// What happened to the item a `FieldChange` belongs to.
public enum ChangeKind: String, Hashable, Sendable, CaseIterable {
  /// The item exists only on the "after" side: it was added.
  case added = "added"
  /// The item exists only on the "before" side: its `*.added` event was retracted.
  case removed = "removed"
  /// The item exists on both sides and this field differs.
  case changed = "changed"
}
