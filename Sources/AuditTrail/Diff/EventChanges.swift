import LedgerCore

/// One event and the field changes it made at the time it was recorded: a step of the full
/// change log, e.g. each of two moves of a due date.
public struct EventChanges: Hashable, Sendable {
  /// The event.
  public var event: Event
  /// What it changed, item by item (the items it names; every item for a retraction).
  public var changes: [FieldChange]

  /// Creates a step.
  public init(event: Event, changes: [FieldChange]) {
    self.event = event
    self.changes = changes
  }
}
