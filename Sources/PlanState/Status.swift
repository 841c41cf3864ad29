import LedgerCore

/// Projects the plan as it stood at any point.
public enum Status {
  /// The plan as of `instant`: only events recorded up to then count.
  public static func report(_ replay: Replay, asOf instant: Timestamp) -> StatusReport {
    let count = replay.count(recordedUpTo: instant)
    let plan = replay.plan(upTo: count)
    let head = count > 0 ? Head(seq: count, hash: replay.events[count - 1].hash) : nil
    return report(plan, asOf: instant, head: head)
  }

  /// The report for an already-folded plan.
  public static func report(_ plan: Plan, asOf instant: Timestamp, head: Head?) -> StatusReport {
    let today = instant.date
    var rows: [String: ActionRow] = [:]
    var counts = RAGCounts()
    for id in plan.actionOrder {
      let action = plan.actions[id]!
      rows[id] = ActionRow(action: action, overdue: action.isOverdue(on: today))
      if action.status != .withdrawn { counts.count(action.rag) }
    }
    let sources = plan.sourceOrder.map { sid in
      SourceRow(
        source: plan.sources[sid]!,
        recommendations: plan.recommendationOrder.compactMap { rid in
          let r = plan.recommendations[rid]!
          guard r.source == sid else { return nil }
          return RecommendationRow(recommendation: r, actions: r.actions.compactMap { rows[$0] })
        })
    }
    let priorities = plan.priorityOrder.map { pid in
      PriorityRow(
        priority: plan.priorities[pid]!,
        recommendations: plan.recommendations(under: pid).map(\.id),
        actions: plan.actions(under: pid).compactMap { rows[$0.id] },
        measures: plan.measures(under: pid).map {
          MeasureRow(measure: $0, track: $0.track(on: today))
        })
    }
    return StatusReport(
      title: plan.title, authority: plan.authority, asOf: instant, today: today, head: head,
      sources: sources, actions: plan.actionOrder.compactMap { rows[$0] }, rag: counts,
      meetings: plan.meetings, priorities: priorities)
  }
}
