import AuditTrail
import LedgerCore

/// The inspector's view: the log behind the report, item by item, with retractions and
/// events recorded after the fact listed on their own as well.
public struct Appendix: Hashable, Sendable {
  /// Every event that was later retracted (by the as-of point), with the retraction.
  public var retracted: [HistoryEntry]
  /// Every event recorded after the fact (effective earlier than recorded).
  public var backRecorded: [HistoryEntry]
  /// Every event whose members were redacted (by the as-of point), with the redactions.
  public var redacted: [HistoryEntry]
  /// The plan-level trail first, then sources, recommendations and actions in plan order,
  /// then any item no longer in the plan.
  public var trails: [ItemTrail]

  /// Creates an appendix.
  public init(
    retracted: [HistoryEntry], backRecorded: [HistoryEntry], trails: [ItemTrail],
    redacted: [HistoryEntry] = []
  ) {
    self.retracted = retracted
    self.redacted = redacted
    self.backRecorded = backRecorded
    self.trails = trails
  }
}
