import LedgerCore

extension YearReview {
  /// The review of `log` from `from` to `to` (both days included), as the ledger stood at the
  /// end of `to`.
  public static func build(_ log: Replay, from: CivilDate, to: CivilDate) -> YearReview {
    let count = log.count(recordedUpTo: Timestamp.endOfDay(to))
    let events = Array(log.events.prefix(count))
    let plan = Replay(events).plan()
    let retracted = Replay(events).retractions()
    var withdrawals: [String: String] = [:]
    var deferrals: [String: String] = [:]
    for e in events where retracted[e.seq] == nil {
      switch e.event.body {
      case .actionWithdrawn(let id, let reason) where e.event.happened >= from:
        withdrawals[id] = reason
      case .actionDeferred(let id, let reason, _):
        deferrals[id] = reason
      default: break
      }
    }
    func inPeriod(_ d: CivilDate?) -> Bool { d.map { $0 >= from && $0 <= to } ?? false }
    func group(_ id: String, _ title: String, _ actions: [Action]) -> ReviewGroup {
      var g = ReviewGroup(id: id, title: title)
      for a in actions {
        var entry = ReviewEntry(id: a.id, title: a.title, owner: a.owner)
        switch a.status {
        case .complete, .signedOff:
          guard inPeriod(a.completedOn) || inPeriod(a.signedOffOn) else { continue }
          let impact = a.impacts.map(\.note)
          entry.detail = impact.isEmpty ? a.latestUpdate?.note : impact.joined(separator: " ")
          g.progressed.append(entry)
        case .open:
          entry.detail = "due \(a.due)"
          g.carriedForward.append(entry)
        case .deferred:
          entry.detail = deferrals[a.id]
          entry.until = a.deferredUntil
          g.deferred.append(entry)
        case .withdrawn:
          guard let reason = withdrawals[a.id] else { continue }
          entry.detail = reason
          g.withdrawn.append(entry)
        }
      }
      return g
    }
    var groups: [ReviewGroup] = []
    var groupedBy = "priority"
    let all = plan.actionOrder.compactMap { plan.actions[$0] }
    var themes: [String] = []
    for id in plan.recommendationOrder {
      if let t = plan.recommendations[id]?.theme, !themes.contains(t) { themes.append(t) }
    }
    if !plan.priorityOrder.isEmpty {
      for id in plan.priorityOrder {
        guard let p = plan.priorities[id] else { continue }
        groups.append(group(id, p.title, plan.actions(under: id)))
      }
    } else if !themes.isEmpty {
      groupedBy = "theme"
      for (n, theme) in themes.enumerated() {
        let recs = Set(plan.recommendationOrder.filter { plan.recommendations[$0]?.theme == theme })
        groups.append(
          group(
            "theme \(n + 1)", theme,
            all.filter { $0.recommendations.contains(where: recs.contains) }))
      }
    } else {
      groupedBy = "source"
      for id in plan.sourceOrder {
        guard let s = plan.sources[id] else { continue }
        let actions = all.filter {
          $0.recommendations.contains { plan.recommendations[$0]?.source == id }
        }
        groups.append(group(id, s.details.title, actions))
      }
    }
    let meetings = plan.meetings.filter { retracted[$0.seq] == nil && inPeriod($0.date) }
      .sorted { ($0.date, $0.seq) < ($1.date, $1.seq) }
    return YearReview(
      title: plan.title, authority: plan.authority, from: from, to: to,
      groupedBy: groupedBy, groups: groups, meetings: meetings,
      carriedTo: plan.cycle.carriedForward?.details.toTitle)
  }
}
