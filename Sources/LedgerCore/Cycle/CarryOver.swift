/// What a new ledger starts with when a plan is carried forward (pure: no files).
///
/// Every action open or deferred at the old ledger's head comes across with its ID, and with
/// what it needs: its source, the recommendations it answers, the priorities it or they sit
/// under, and those priorities' measures (with their latest value). Each item is followed by
/// `item.carried` naming the seqs of the events about it in the old ledger
/// (`Events/FORMAT.md`, "Carrying a plan forward"); retracted events are history too.
public enum CarryOver {
  /// The actions to carry: open or deferred at the end of `plan`, in the order added.
  public static func items(_ plan: Plan) -> [String] {
    plan.actionOrder.filter {
      let status = plan.actions[$0]?.status
      return status == .open || status == .deferred
    }
  }

  /// The new ledger's events, in order, for a plan titled `title` of `authority`.
  public static func events(from old: Replay, title: String, authority: String) -> [EventBody] {
    let plan = old.plan()
    guard let head = old.events.last else { return [] }
    var history: [String: [Int]] = [:]
    for e in old.events {
      if let id = e.event.body.subject { history[id, default: []].append(e.seq) }
    }
    let actions = items(plan).compactMap { plan.actions[$0] }
    let recIDs = Set(actions.flatMap(\.recommendations))
    let recs = plan.recommendationOrder.filter(recIDs.contains).compactMap {
      plan.recommendations[$0]
    }
    let sourceIDs = Set(recs.map(\.source))
    let priorityIDs = Set(actions.flatMap(\.under) + recs.flatMap(\.under))
    let priorities = plan.priorityOrder.filter(priorityIDs.contains)
    var out: [EventBody] = [
      .planCreated(
        title: title, authority: authority,
        previous: PreviousPlan(seq: head.seq, hash: head.hash, title: plan.title))
    ]
    func carried(_ id: String) {
      if let seqs = history[id], !seqs.isEmpty { out.append(.itemCarried(id: id, history: seqs)) }
    }
    for id in plan.sourceOrder where sourceIDs.contains(id) {
      guard let s = plan.sources[id] else { continue }
      out.append(.sourceAdded(s.details))
      carried(id)
    }
    for id in priorities {
      guard let p = plan.priorities[id] else { continue }
      out.append(.priorityAdded(id: id, title: p.title, outcome: p.outcome))
      carried(id)
      for m in plan.measures(under: id) {
        out.append(.measureAdded(m.details))
        if let latest = m.latest {
          out.append(
            .measureRecorded(id: m.id, value: latest.value, date: latest.date, note: latest.note))
        }
        carried(m.id)
      }
    }
    for r in recs {
      out.append(
        .recommendationAdded(
          id: r.id, source: r.source, text: r.text, theme: r.theme, framework: r.framework,
          priority: r.priority, under: r.under))
      carried(r.id)
    }
    for a in actions {
      out.append(
        .actionAdded(
          id: a.id, recommendations: a.recommendations, title: a.title, owner: a.owner, due: a.due,
          under: a.under))
      if let rag = a.rag, rag != .blue {
        out.append(.actionRated(id: a.id, rag: rag, note: a.ragNote ?? "carried forward"))
      }
      if a.status == .deferred {
        out.append(
          .actionDeferred(
            id: a.id, reason: deferralReason(a.id, in: old) ?? "carried forward deferred",
            until: a.deferredUntil))
      }
      carried(a.id)
    }
    return out
  }

  /// The reason given by the live deferral that left `id` deferred.
  static func deferralReason(_ id: String, in old: Replay) -> String? {
    let retracted = old.retractions()
    for e in old.events.reversed() where retracted[e.seq] == nil {
      if case .actionDeferred(id, let reason, _) = e.event.body { return reason }
    }
    return nil
  }
}
