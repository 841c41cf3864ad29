import LedgerCore

/// Computes `PlanDiff`s: the plan at one point against the plan at a later one.
public enum Diff {
  /// The changes between the plan as of `since` and the plan as of `until` (the end of the
  /// log when nil): events recorded after `since` and at or before `until`.
  public static func between(_ replay: Replay, since: Timestamp, until: Timestamp? = nil)
    -> PlanDiff
  {
    let from = replay.count(recordedUpTo: since)
    let to = until.map { replay.count(recordedUpTo: $0) } ?? replay.events.count
    var diff = between(replay, from: from, to: to)
    diff.since = since
    diff.until = until
    return diff
  }

  /// The changes between the plan after the first `from` events and the plan after the first
  /// `to` events. Both are clamped to the log; a `to` before `from` gives an empty window.
  ///
  /// The window is folded one event at a time; each event is compared on the items it names
  /// (every item, for a retraction, whose plan is recomputed from scratch).
  public static func between(_ replay: Replay, from: Int, to: Int) -> PlanDiff {
    let from = min(max(from, 0), replay.events.count)
    let to = min(max(to, from), replay.events.count)
    let before = replay.plan(upTo: from)
    var steps: [EventChanges] = []
    let after = walkSteps(replay, from: from, to: to, before: before) { steps.append($0) }
    return PlanDiff(
      from: from, to: to, fromHead: head(replay, from), toHead: head(replay, to),
      isToEnd: to == replay.events.count,
      changes: netChanges(before, after, steps: steps), steps: steps,
      meetings: after.meetings.filter { $0.seq > from })
  }

  /// The steps of `between(_:from:to:)` one at a time, keeping none: each event after the
  /// first `from` and up to the first `to` that changed something is handed to `visit`, in
  /// order, as the window is folded. For a reader that writes each step out as it comes (a
  /// board report's changes over a whole log). Returns the plan after the first `to` events.
  public static func steps(
    _ replay: Replay, from: Int, to: Int, visit: (EventChanges) -> Void
  ) -> Plan {
    let from = min(max(from, 0), replay.events.count)
    let to = min(max(to, from), replay.events.count)
    return walkSteps(replay, from: from, to: to, before: replay.plan(upTo: from), visit: visit)
  }

  /// The one walk behind `between` and `steps`; `before` is the plan after `from` events.
  private static func walkSteps(
    _ replay: Replay, from: Int, to: Int, before: Plan, visit: (EventChanges) -> Void
  ) -> Plan {
    var walk = PlanWalk(replay, from: from, plan: before)
    while let recorded = walk.next, walk.position < to {
      let ids =
        isRetraction(recorded) ? walk.plan.itemIDs : unique(recorded.event.body.references)
      var compared = ids.map { ($0, ItemSnapshot($0, in: walk.plan)) }
      walk.step()
      if isRetraction(recorded) {
        let seen = Set(compared.map(\.0))
        compared += walk.plan.itemIDs.filter { !seen.contains($0) }.map { ($0, nil) }
      }
      let changes = compared.flatMap { id, old in
        ItemSnapshot.changes(id, from: old, to: ItemSnapshot(id, in: walk.plan))
      }
      if !changes.isEmpty { visit(EventChanges(event: recorded.event, changes: changes)) }
    }
    return walk.plan
  }

  /// The net changes from `before` to `after`, each with the steps that touched its field.
  static func netChanges(_ before: Plan, _ after: Plan, steps: [EventChanges]) -> [NetChange] {
    struct Key: Hashable {
      var id: String
      var field: String
    }
    var attribution: [Key: [Event]] = [:]
    for step in steps {
      for change in step.changes {
        attribution[Key(id: change.id, field: change.field), default: []].append(step.event)
      }
    }
    let afterIDs = after.itemIDs
    let afterSet = Set(afterIDs)
    let items = (afterIDs + before.itemIDs.filter { !afterSet.contains($0) })
      .map { ($0, ItemSnapshot($0, in: before), ItemSnapshot($0, in: after)) }
      .sorted { x, y in order(x.2 ?? x.1) < order(y.2 ?? y.1) }
    return items.flatMap { id, old, new in
      ItemSnapshot.changes(id, from: old, to: new).map {
        NetChange(change: $0, events: attribution[Key(id: id, field: $0.field)] ?? [])
      }
    }
  }

  /// Plan order: sources, recommendations, actions, priorities, measures, each by the `seq`
  /// that added it.
  private static func order(_ item: ItemSnapshot?) -> (Int, Int) {
    guard let item else { return (5, 0) }
    let rank: Int
    switch item.kind {
    case .source: rank = 0
    case .recommendation: rank = 1
    case .action: rank = 2
    case .priority: rank = 3
    case .measure: rank = 4
    }
    return (rank, item.addedSeq)
  }

  private static func isRetraction(_ recorded: RecordedEvent) -> Bool {
    if case .eventRetracted = recorded.event.body { return true }
    return false
  }

  private static func unique(_ ids: [String]) -> [String] {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }
  }

  private static func head(_ replay: Replay, _ count: Int) -> Head? {
    count > 0 ? Head(seq: count, hash: replay.events[count - 1].hash) : nil
  }
}
