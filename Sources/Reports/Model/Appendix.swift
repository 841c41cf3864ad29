import AuditTrail
import LedgerCore

/// The inspector's view: the log behind the report, item by item, with retractions and
/// events recorded after the fact listed on their own as well.
public struct Appendix: Hashable, Sendable {
  /// Everyone who recorded an event, with their role, in order of first appearance.
  public var people: [Actor]
  /// Every event that was later retracted (by the as-of point), with the retraction.
  public var retracted: [HistoryEntry]
  /// Every event recorded after the fact (effective earlier than recorded).
  public var backRecorded: [HistoryEntry]
  /// Every event whose members were redacted (by the as-of point), with the redactions.
  public var redacted: [HistoryEntry]
  /// The plan-level trail first, then sources, recommendations and actions in plan order,
  /// then any item no longer in the plan. Each event is in the trail of the item it is about
  /// (its first reference), once.
  public var trails: [ItemTrail]

  /// Creates an appendix.
  public init(
    people: [Actor] = [], retracted: [HistoryEntry], backRecorded: [HistoryEntry],
    trails: [ItemTrail], redacted: [HistoryEntry] = []
  ) {
    self.people = people
    self.retracted = retracted
    self.redacted = redacted
    self.backRecorded = backRecorded
    self.trails = trails
  }

  /// Who recorded an event, compactly: the name alone when everyone of that name recorded in
  /// one role (`people` gives the role), else `name, role`.
  public func who(_ actor: Actor) -> String {
    people.filter { $0.name == actor.name }.count > 1 ? "\(actor.name), \(actor.role)" : actor.name
  }
}
