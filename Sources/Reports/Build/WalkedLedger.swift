import LedgerCore

/// A ledger walked for a board report from its file (`BoardReport.walk`): how many events it
/// holds and how many were recorded by the report's point, for the checks a reader makes
/// before reporting, and what the model is made from (`BoardReport.model(_:cover:)`). Valid
/// only while the `LedgerPasses` it was read with is open.
public struct WalkedLedger {
  /// The walk.
  let walk: ReportWalk
  /// A final fragment with no `\n`, if a writer was cut off.
  public let tornTail: TornTail?
  /// Where the rows find their events again.
  let store: EventStore
  /// The report's point.
  let asOf: Timestamp
  /// Where the changes start.
  let since: SincePoint

  /// How many whole lines (events) the file holds.
  public var events: Int { walk.total }
  /// How many events were recorded by the report's point.
  public var count: Int { walk.count }
  /// When the file's first event was recorded, or nil for an empty file.
  public var firstRecorded: Timestamp? { walk.firstRecorded }
}
