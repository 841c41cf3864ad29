import LedgerCore

/// One step of a diff taken by a reader that folds the log itself (a streaming board report):
/// the items an event names are measured in the plan before it (`init(_:before:)`), the
/// caller folds the event, then `changes(after:)` compares them with the plan after it.
///
/// The same comparison as `Diff.steps(_:from:to:visit:)` makes at each step, for a reader
/// that does not hold the log as a `Replay`: no copy of the plan is kept between the two.
public struct DiffStep: Sendable {
  /// The event being folded.
  let event: Event
  /// Whether it is a retraction (which may change any item).
  let isRetraction: Bool
  /// Each item compared, with its fields before the event.
  let compared: [(String, ItemSnapshot?)]

  /// Measures the items `event` names (every item, for a retraction) in `plan`, the plan just
  /// before it.
  public init(_ event: Event, before plan: Plan) {
    self.event = event
    if case .eventRetracted = event.body { isRetraction = true } else { isRetraction = false }
    var seen: Set<String> = []
    let ids =
      isRetraction ? plan.itemIDs : event.body.references.filter { seen.insert($0).inserted }
    compared = ids.map { ($0, ItemSnapshot($0, in: plan)) }
  }

  /// What the event changed, given `plan`, the plan just after it; nil if it changed nothing.
  public func changes(after plan: Plan) -> EventChanges? {
    var compared = self.compared
    if isRetraction {
      let seen = Set(compared.map(\.0))
      compared += plan.itemIDs.filter { !seen.contains($0) }.map { ($0, nil) }
    }
    let changes = compared.flatMap { id, old in
      ItemSnapshot.changes(id, from: old, to: ItemSnapshot(id, in: plan))
    }
    return changes.isEmpty ? nil : EventChanges(event: event, changes: changes)
  }
}
