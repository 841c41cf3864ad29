import LedgerCore

/// What changed in the plan between two points of the log (`ledger diff`), item by item and
/// field by field. Made by `Diff.between`.
public struct PlanDiff: Hashable, Sendable {
  /// The earlier instant asked for, if the window was given by time.
  public var since: Timestamp?
  /// The later instant asked for; nil for the end of the log.
  public var until: Timestamp?
  /// The number of events in the "before" plan: the window is events `from + 1 … to`.
  public var from: Int
  /// The number of events in the "after" plan.
  public var to: Int
  /// The last event of the "before" plan, nil when `from` is 0.
  public var fromHead: Head?
  /// The last event of the "after" plan, nil when `to` is 0.
  public var toHead: Head?
  /// Whether `to` is the end of the log read.
  public var isToEnd: Bool
  /// Net changes (before ≠ after), sources first, then recommendations, then actions, each in
  /// the order added; within an item, in field order.
  public var changes: [NetChange]
  /// Every event in the window that changed something, with what it changed then.
  public var steps: [EventChanges]
  /// Board meetings recorded in the window (and not retracted by its end).
  public var meetings: [BoardMeeting]

  /// Creates a diff.
  public init(
    since: Timestamp? = nil, until: Timestamp? = nil, from: Int, to: Int, fromHead: Head? = nil,
    toHead: Head? = nil, isToEnd: Bool = false, changes: [NetChange], steps: [EventChanges],
    meetings: [BoardMeeting]
  ) {
    self.since = since
    self.until = until
    self.from = from
    self.to = to
    self.fromHead = fromHead
    self.toHead = toHead
    self.isToEnd = isToEnd
    self.changes = changes
    self.steps = steps
    self.meetings = meetings
  }
}
