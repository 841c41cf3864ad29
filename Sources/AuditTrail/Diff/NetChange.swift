import LedgerCore

/// A net change between two points, with the events in between that made it.
public struct NetChange: Hashable, Sendable {
  /// The field, and its value at each end.
  public var change: FieldChange
  /// The events inside the window that changed this field, oldest first (including any later
  /// retracted, and the retraction that undid them).
  public var events: [Event]

  /// Creates a net change.
  public init(change: FieldChange, events: [Event]) {
    self.change = change
    self.events = events
  }
}
