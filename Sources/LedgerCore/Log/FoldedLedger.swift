/// A ledger read by folding as it streams: the plan at a point and what a reader says about
/// the log, without the log's events (see `LedgerReader.fold(path:asOf:wait:onWaiting:)`).
public struct FoldedLedger: Sendable {
  /// The plan as of the point read to.
  public var plan: Plan
  /// The last event recorded by the point, or nil if none was.
  public var head: Head?
  /// How many events were recorded by the point.
  public var count: Int
  /// How many whole lines (events) the file holds.
  public var events: Int
  /// When the file's first event was recorded, or nil for an empty file.
  public var firstRecorded: Timestamp?
  /// A final fragment with no `\n`, if a writer was cut off.
  public var tornTail: TornTail?

  /// Creates a folded ledger.
  public init(
    plan: Plan, head: Head?, count: Int, events: Int, firstRecorded: Timestamp?,
    tornTail: TornTail?
  ) {
    self.plan = plan
    self.head = head
    self.count = count
    self.events = events
    self.firstRecorded = firstRecorded
    self.tornTail = tornTail
  }
}
