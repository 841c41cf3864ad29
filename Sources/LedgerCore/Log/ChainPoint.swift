/// A line of a ledger to read on from: its `seq`, `hash` and `recorded` time, and the byte
/// offset just past its `\n`.
///
/// A read that starts from a point checks the next line against it exactly as it would check
/// it against the line before (seq, prev, recorded), so only the lines after the point are read.
public struct ChainPoint: Hashable, Sendable {
  /// The line's `seq`.
  public var seq: Int
  /// The line's `hash`.
  public var hash: String
  /// When the line's event was recorded.
  public var recorded: Timestamp
  /// The byte offset just past the line's `\n`: where the next line starts.
  public var offset: Int

  /// Creates a point.
  public init(seq: Int, hash: String, recorded: Timestamp, offset: Int) {
    self.seq = seq
    self.hash = hash
    self.recorded = recorded
    self.offset = offset
  }
}
