/// An event as it stands in the file: the event plus the digests that chain it.
public struct RecordedEvent: Hashable, Sendable {
  /// The event.
  public var event: Event
  /// Hex SHA-256 of the canonical `data`.
  public var dataSHA256: String
  /// The previous line's `hash` (64 zeros for the first line).
  public var prev: String
  /// Hex SHA-256 of the canonical header.
  public var hash: String

  /// Creates a recorded event.
  public init(event: Event, dataSHA256: String, prev: String, hash: String) {
    self.event = event
    self.dataSHA256 = dataSHA256
    self.prev = prev
    self.hash = hash
  }

  /// The event's position in the log.
  public var seq: Int { event.seq }
}
