import AuditTrail
import LedgerCore

/// The inspector's appendix, gathered as the walk meets each event: the `seq` of each event
/// under the item it is about, and the lists of retracted, back-recorded and redacted events.
/// Eight bytes or so an event; the entries are made when the appendix is written.
struct AppendixBuilder {
  /// The events some retraction or redaction revises (only their first reference is kept).
  let revised: Set<Int>
  /// Retracted `seq` → its retraction.
  let retractions: [Int: Retraction]
  /// Redacted `seq` → its redactions.
  let redactions: [Int: [RedactionRecord]]
  private var planLevel: [Int] = []
  private var byItem: [String: [Int]] = [:]
  private var firstSeen: [String] = []
  private var people: [Actor] = []
  private var seenPeople: Set<Actor> = []
  private var retracted: [Int] = []
  private var backRecorded: [Int] = []
  private var redacted: [Int] = []
  /// Revised `seq` → the item it is about (its first reference), if any.
  private var revisedItem: [Int: String] = [:]

  /// An empty appendix for a log whose retractions and redactions are these.
  init(revised: Set<Int>, retractions: [Int: Retraction], redactions: [Int: [RedactionRecord]]) {
    self.revised = revised
    self.retractions = retractions
    self.redactions = redactions
  }

  /// Takes the next event, in `seq` order.
  mutating func take(_ e: Event) {
    let seq = e.seq
    if seenPeople.insert(e.actor).inserted { people.append(e.actor) }
    if retractions[seq] != nil { retracted.append(seq) }
    if e.isBackRecorded { backRecorded.append(seq) }
    if redactions[seq] != nil { redacted.append(seq) }
    if revised.contains(seq), let id = e.body.references.first { revisedItem[seq] = id }
    // A retraction belongs with the event it takes back, a redaction with the one it redacts.
    let item: String?
    switch e.body {
    case .eventRetracted(let t, _) where t >= 1 && t < seq: item = revisedItem[t]
    case .payloadRedacted(let r) where r.seq >= 1 && r.seq < seq: item = revisedItem[r.seq]
    default: item = e.body.references.first
    }
    // Each event once, under the item it is about (an action's addition under the action,
    // not again under each recommendation it answers): the compact paper an inspector reads.
    guard let id = item else {
      planLevel.append(seq)
      return
    }
    if byItem[id] == nil { firstSeen.append(id) }
    byItem[id, default: []].append(seq)
  }

  /// The appendix of the events taken, against `plan` (the plan after them), its entries made
  /// by `lookup`.
  func appendix(plan: Plan, lookup: EntryLookup) -> Appendix {
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
