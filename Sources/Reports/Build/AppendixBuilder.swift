import AuditTrail
import LedgerCore

/// The inspector's appendix: the history grouped item by item.
enum AppendixBuilder {
  /// The appendix of the events `lookup` reads, against `plan` (the plan after them).
  static func appendix(_ lookup: EntryLookup, plan: Plan) -> Appendix {
    let log = lookup.log
    var planLevel: [Int] = []
    var byItem: [String: [Int]] = [:]
    var firstSeen: [String] = []
    var people: [Actor] = []
    var seenPeople: Set<Actor> = []
    var retracted: [Int] = []
    var backRecorded: [Int] = []
    var redacted: [Int] = []
    for recorded in log.events.prefix(lookup.count) {
      let e = recorded.event
      let seq = recorded.seq
      if seenPeople.insert(e.actor).inserted { people.append(e.actor) }
      if lookup.retractions[seq] != nil { retracted.append(seq) }
      if e.isBackRecorded { backRecorded.append(seq) }
      if lookup.redactions[seq] != nil { redacted.append(seq) }
      // A retraction belongs with the event it takes back, a redaction with the one it redacts.
      var target = seq
      switch e.body {
      case .eventRetracted(let t, _) where t >= 1 && t < seq: target = t
      case .payloadRedacted(let r) where r.seq >= 1 && r.seq < seq: target = r.seq
      default: break
      }
      // Each event once, under the item it is about (an action's addition under the action,
      // not again under each recommendation it answers): the compact paper an inspector reads.
      guard let id = log.events[target - 1].event.body.references.first else {
        planLevel.append(seq)
        continue
      }
      if byItem[id] == nil { firstSeen.append(id) }
      byItem[id, default: []].append(seq)
    }
    var trails = [
      ItemTrail(id: nil, kind: nil, heading: "The plan and its board meetings", seqs: planLevel)
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
      trails.append(ItemTrail(id: id, kind: kind, heading: heading, seqs: byItem[id] ?? []))
    }
    let known = Set(inPlan)
    for id in firstSeen where !known.contains(id) {
      trails.append(
        ItemTrail(
          id: id, kind: nil,
          heading: "No longer in the plan: the event that added it was retracted",
          seqs: byItem[id] ?? []))
    }
    return Appendix(
      people: people, retracted: retracted, backRecorded: backRecorded, redacted: redacted,
      trails: trails, lookup: lookup)
  }
}
