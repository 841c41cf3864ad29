import SHA256

/// An event as it stands in the file: the event plus the digests that chain it.
///
/// The three digests are kept as 32-byte values, not as hex strings: a read of a large ledger
/// makes one of these per line, and three heap-allocated strings each was a measurable share
/// of it (issue 10). The hex forms are made on demand.
public struct RecordedEvent: Hashable, Sendable {
  /// The event.
  public var event: Event
  /// SHA-256 of the canonical `data`.
  public var dataDigest: SHA256Digest
  /// The previous line's `hash` (all zeros for the first line).
  public var prevDigest: SHA256Digest
  /// SHA-256 of the canonical header.
  public var hashDigest: SHA256Digest

  /// Creates a recorded event from its digests.
  public init(
    event: Event, dataDigest: SHA256Digest, prevDigest: SHA256Digest, hashDigest: SHA256Digest
  ) {
    self.event = event
    self.dataDigest = dataDigest
    self.prevDigest = prevDigest
    self.hashDigest = hashDigest
  }

  /// Creates a recorded event from the hex forms of its digests, which must each be 64 hex
  /// digits (as on a line that was read, or as a writer computed them).
  public init(event: Event, dataSHA256: String, prev: String, hash: String) {
    guard let data = SHA256Digest(hex: dataSHA256), let prev = SHA256Digest(hex: prev),
      let hash = SHA256Digest(hex: hash)
    else { preconditionFailure("RecordedEvent digests must be 64 hex digits") }
    self.init(event: event, dataDigest: data, prevDigest: prev, hashDigest: hash)
  }

  /// Hex SHA-256 of the canonical `data`, as on the line.
  public var dataSHA256: String { dataDigest.hex }
  /// The previous line's `hash` (64 zeros for the first line), as on the line.
  public var prev: String { prevDigest.hex }
  /// Hex SHA-256 of the canonical header, as on the line.
  public var hash: String { hashDigest.hex }

  /// The event's position in the log.
  public var seq: Int { event.seq }
}
