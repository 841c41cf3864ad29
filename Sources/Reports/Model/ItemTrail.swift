import LedgerCore

/// The full timeline of one item for the inspector's view: every event that names it,
/// retracted ones included and marked, and the retractions themselves.
public struct ItemTrail: Hashable, Sendable {
  /// The item's ID; nil for the plan-level events (the plan's creation, board meetings).
  public var id: String?
  /// What kind of item it is at the as-of point; nil for the plan-level trail or an item that
  /// is no longer in the plan (its addition was retracted).
  public var kind: ItemKind?
  /// A heading for a reader: the item's title or text, or what the trail holds.
  public var heading: String
  /// The `seq` of each of its events, oldest first (`Appendix.entry(_:)` gives each entry).
  public var seqs: [Int]

  /// Creates a trail.
  public init(id: String?, kind: ItemKind?, heading: String, seqs: [Int]) {
    self.id = id
    self.kind = kind
    self.heading = heading
    self.seqs = seqs
  }
}
