import AuditTrail
import LedgerCore

/// The inspector's appendix: the history grouped item by item.
enum AppendixBuilder {
  /// The appendix of `entries` (every event of `log`, oldest first) against `plan` (the plan
  /// at the end of `log`).
  static func appendix(_ entries: [HistoryEntry], log: Replay, plan: Plan) -> Appendix {
    var planLevel: [HistoryEntry] = []
    var byItem: [String: [HistoryEntry]] = [:]
    var firstSeen: [String] = []
    for e in entries {
      // A retraction belongs with the event it takes back, a redaction with the one it redacts.
      let target = (e.retracts ?? e.redacts).flatMap { $0 >= 1 && $0 < e.seq ? $0 : nil } ?? e.seq
      // Each event once, under the item it is about (an action's addition under the action,
      // not again under each recommendation it answers): the compact paper an inspector reads.
      let ids = Array(log.events[target - 1].event.body.references.prefix(1))
      if ids.isEmpty { planLevel.append(e) }
      for id in ids {
        if byItem[id] == nil { firstSeen.append(id) }
        byItem[id, default: []].append(e)
      }
    }
    var trails = [
      ItemTrail(
        id: nil, kind: nil, heading: "The plan and its board meetings", entries: planLevel)
    ]
    let inPlan =
      plan.sourceOrder + plan.recommendationOrder + plan.actionOrder + plan.priorityOrder
      + plan.measureOrder
    for id in inPlan {
      let heading: String
      let kind = plan.kind(of: id)
      switch kind {
      case .source: heading = plan.sources[id]!.details.title
      case .recommendation: heading = plan.recommendations[id]!.text
      case .action: heading = plan.actions[id]!.title
      case .priority: heading = plan.priorities[id]!.title
      case .measure: heading = plan.measures[id]!.details.title
      case nil: continue
      }
      trails.append(ItemTrail(id: id, kind: kind, heading: heading, entries: byItem[id] ?? []))
    }
    let known = Set(inPlan)
    for id in firstSeen where !known.contains(id) {
      trails.append(
        ItemTrail(
          id: id, kind: nil,
          heading: "No longer in the plan: the event that added it was retracted",
          entries: byItem[id] ?? []))
    }
    var people: [Actor] = []
    for e in entries where !people.contains(e.actor) { people.append(e.actor) }
    return Appendix(
      people: people, retracted: entries.filter { $0.retracted != nil },
      backRecorded: entries.filter(\.isBackRecorded), trails: trails,
      redacted: entries.filter { !$0.redactions.isEmpty })
  }
}
