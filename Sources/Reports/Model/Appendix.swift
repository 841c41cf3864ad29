import AuditTrail
import LedgerCore

/// The inspector's view: the log behind the report, item by item, with retractions and
/// events recorded after the fact listed on their own as well.
///
/// It holds the `seq` of each event, not its entry: an entry is made when it is rendered
/// (`entry(_:)`) from the log in memory or from the event's line in the file, read again, so
/// an appendix of a million events costs a few bytes per event, and is written out piece by
/// piece.
public struct Appendix: Equatable, Sendable {
  /// Everyone who recorded an event, with their role, in order of first appearance.
  public var people: [Actor]
  /// Every event that was later retracted (by the as-of point), by `seq`.
  public var retracted: [Int]
  /// Every event recorded after the fact (effective earlier than recorded), by `seq`.
  public var backRecorded: [Int]
  /// Every event whose members were redacted (by the as-of point), by `seq`.
  public var redacted: [Int]
  /// The plan-level trail first, then sources, recommendations and actions in plan order,
  /// then any item no longer in the plan. Each event is in the trail of the item it is about
  /// (its first reference), once.
  public var trails: [ItemTrail]
  /// Makes each event's entry.
  let lookup: EntryLookup

  /// The audit-trail entry of event `seq`; throws when its line cannot be read again from the
  /// file (`EventStore`).
  public func entry(_ seq: Int) throws(LedgerError) -> HistoryEntry { try lookup.entry(seq) }

  /// The entries of `trail`, oldest first; throws as `entry(_:)` does.
  public func entries(_ trail: ItemTrail) throws(LedgerError) -> [HistoryEntry] {
    try entries(trail.seqs)
  }

  /// The entries of events `seqs`, in that order, found a batch at a time
  /// (`EntryLookup.forEachEntry`); throws as `entry(_:)` does.
  func entries(_ seqs: [Int]) throws(LedgerError) -> [HistoryEntry] {
    var entries: [HistoryEntry] = []
    entries.reserveCapacity(seqs.count)
    try lookup.forEachEntry(seqs) { entries.append($0) }
    return entries
  }

  /// A row of the timelines: an item's heading, or one of its entries.
  enum TrailRow {
    /// The start of a trail.
    case heading(ItemTrail)
    /// The next entry of the trail last started.
    case entry(HistoryEntry)
  }

  /// Hands `body` every trail in order, its heading then its entries, oldest first: the
  /// entries are made a batch at a time across trails (`EntryLookup.forEachEntry`) and none
  /// is kept. Throws as `EntryLookup.forEachEntry` does, with the rows before the failure
  /// handed on.
  func forEachTrailRow(_ body: (TrailRow) -> Void) throws(LedgerError) {
    var next = 0
    var left = 0
    // Starts the trails up to the next one with an entry to come (or to the end).
    func start() {
      while left == 0, next < trails.count {
        body(.heading(trails[next]))
        left = trails[next].seqs.count
        next += 1
      }
    }
    start()
    try lookup.forEachEntry(trails.lazy.flatMap(\.seqs)) { e in
      body(.entry(e))
      left -= 1
      start()
    }
  }

  /// Who recorded an event, compactly: the name alone when everyone of that name recorded in
  /// one role (`people` gives the role), else `name, role`.
  public func who(_ actor: Actor) -> String {
    who(actor, shared: sharedNames)
  }

  /// `who(actor)`, given `sharedNames` (found once for a whole timeline, not once a row).
  func who(_ actor: Actor, shared: Set<String>) -> String {
    shared.contains(actor.name) ? "\(actor.name), \(actor.role)" : actor.name
  }

  /// The names in `people` more than once, that is in more than one role.
  var sharedNames: Set<String> {
    var seen: Set<String> = []
    var shared: Set<String> = []
    for person in people where !seen.insert(person.name).inserted { shared.insert(person.name) }
    return shared
  }
}
