/// The first pass a streaming fold needs: the ledger's `event.retracted` lines (and, for
/// `Verifier`, its `payload.redacted` lines), found by `TypeScan` before the fold starts, so
/// it knows which events to skip.
enum RetractionScan {
  /// The types looked for: retractions, and with `redactions` redactions too.
  static func types(redactions: Bool) -> Set<EventType> {
    redactions ? [.eventRetracted, .payloadRedacted] : [.eventRetracted]
  }

  /// The retraction lines among the first `size` bytes of an open file, in `seq` order;
  /// with `redactions`, the `payload.redacted` lines too (what `Verifier` needs to know first).
  static func retractions(fd: Int32, path: String, size: Int, redactions: Bool = false)
    throws(LedgerError) -> [RecordedEvent]
  {
    try TypeScan.lines(fd: fd, path: path, size: size, types: types(redactions: redactions))
  }

  /// The retraction lines among the whole lines of `bytes`, in `seq` order; with
  /// `redactions`, the `payload.redacted` lines too.
  static func retractions(bytes: [UInt8], redactions: Bool = false) -> [RecordedEvent] {
    TypeScan.lines(bytes: bytes, types: types(redactions: redactions))
  }
}
