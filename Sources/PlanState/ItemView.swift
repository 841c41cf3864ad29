import LedgerCore

/// One source, recommendation or action as it stood at a point: what `ledger show` opens with
/// (the full history comes from the audit trail).
public enum ItemView: Sendable {
  case source(Source, recommendations: [Recommendation])
  case recommendation(Recommendation, source: Source?, actions: [ActionRow])
  case action(ActionRow, recommendations: [Recommendation])
  /// Format version 3: a priority with its findings, actions and measures.
  case priority(PriorityRow)
  /// Format version 3: a measure with every value.
  case measure(MeasureRow)

  /// The item `id` in `report`'s plan, or nil if there is no such item at that point.
  public static func find(_ id: String, in plan: Plan, on today: CivilDate) -> ItemView? {
    func row(_ a: Action) -> ActionRow { ActionRow(action: a, overdue: a.isOverdue(on: today)) }
    if let s = plan.sources[id] {
      return .source(
        s,
        recommendations: plan.recommendationOrder.compactMap { plan.recommendations[$0] }
          .filter { $0.source == id })
    }
    if let r = plan.recommendations[id] {
      return .recommendation(
        r, source: plan.sources[r.source],
        actions: r.actions.compactMap { plan.actions[$0] }.map(row))
    }
    if let a = plan.actions[id] {
      return .action(
        row(a), recommendations: a.recommendations.compactMap { plan.recommendations[$0] })
    }
    if let p = plan.priorities[id] {
      return .priority(
        PriorityRow(
          priority: p, recommendations: plan.recommendations(under: id).map(\.id),
          actions: plan.actions(under: id).map(row),
          measures: plan.measures(under: id).map {
            MeasureRow(measure: $0, track: $0.track(on: today))
          }
        ))
    }
    if let m = plan.measures[id] {
      return .measure(MeasureRow(measure: m, track: m.track(on: today)))
    }
    return nil
  }

  /// The item's kind.
  public var kind: ItemKind {
    switch self {
    case .source: return .source
    case .recommendation: return .recommendation
    case .action: return .action
    case .priority: return .priority
    case .measure: return .measure
    }
  }

  /// The item as JSON: `kind` and the item's fields as in `status --json`.
  public var json: JSONValue {
    switch self {
    case .source(let s, let recs):
      return JSONValue.members([
        ("kind", "source"), ("item", PlanJSON.source(s)),
        ("recommendations", JSONValue.strings(recs.map(\.id))),
      ])
    case .recommendation(let r, _, _):
      return JSONValue.members([("kind", "recommendation"), ("item", PlanJSON.recommendation(r))])
    case .action(let row, _):
      return JSONValue.members([
        ("kind", "action"), ("item", PlanJSON.action(row.action, overdue: row.overdue)),
      ])
    case .priority(let row):
      return JSONValue.members([("kind", "priority"), ("item", PlanJSON.priority(row))])
    case .measure(let row):
      return JSONValue.members([("kind", "measure"), ("item", PlanJSON.measure(row))])
    }
  }

  /// The item for a terminal, each line made visible (`VisibleText.line`): a line break in a
  /// note shows as `↵` and a control character as `\u{1B}`.
  public var text: String {
    var out: [String] = []
    switch self {
    case .source(let s, let recs):
      let d = s.details
      out.append("Source \(d.id): \(d.title)")
      out.append("  type: \(d.sourceType.displayName)")
      out.append("  date: \(d.date)" + (d.endDate.map { " to \($0)" } ?? ""))
      if let p = d.published { out.append("  published: \(p)") }
      if let g = d.grade { out.append("  grade: \(g.displayName)") }
      if let u = d.url { out.append("  url: \(u)") }
      out.append(
        "  recommendations: " + (recs.isEmpty ? "none" : recs.map(\.id).joined(separator: ", ")))
    case .recommendation(let r, let source, let actions):
      out.append(
        "Recommendation \(r.id) (\(r.status.rawValue)\(r.priority ? ", area for priority action" : ""))"
      )
      out.append("  \(r.text)")
      out.append("  source: " + (source.map { "\($0.id), \($0.details.title)" } ?? r.source))
      if let t = r.theme { out.append("  theme: \(t)") }
      if !r.under.isEmpty { out.append("  under: " + r.under.joined(separator: ", ")) }
      if let f = r.framework { out.append("  framework: \(f)") }
      out.append("  actions:" + (actions.isEmpty ? " none" : ""))
      for a in actions { out.append("    " + StatusReport.line(a)) }
    case .action(let row, let recs):
      let a = row.action
      out.append("Action \(a.id): \(a.title)")
      out.append("  owner: \(a.owner)")
      out.append("  due: \(a.due)" + (row.overdue ? " (OVERDUE)" : ""))
      out.append("  status: \(a.status.rawValue)" + (a.deferredUntil.map { " until \($0)" } ?? ""))
      out.append("  RAG: \(a.rag?.rawValue ?? "unrated")" + (a.ragNote.map { " — \($0)" } ?? ""))
      if !recs.isEmpty { out.append("  answers: " + recs.map(\.id).joined(separator: ", ")) }
      if !a.under.isEmpty { out.append("  under: " + a.under.joined(separator: ", ")) }
      for c in a.dueChanges {
        out.append("  due moved \(c.from) → \(c.to) on \(c.date) by \(c.actor.name): \(c.reason)")
      }
      if let u = a.latestUpdate {
        out.append("  latest: \(u.date) \(u.note)" + (u.link.map { " <\($0)>" } ?? ""))
      }
      for i in a.impacts { out.append("  impact \(i.date): \(i.note)") }
    case .priority(let row):
      let p = row.priority
      out.append("Priority \(p.id): \(p.title)")
      if let outcome = p.outcome { out.append("  outcome: \(outcome)") }
      out.append(
        "  findings: "
          + (row.recommendations.isEmpty ? "none" : row.recommendations.joined(separator: ", ")))
      out.append("  measures:" + (row.measures.isEmpty ? " none" : ""))
      for m in row.measures { out.append("    " + m.line) }
      out.append("  actions:" + (row.actions.isEmpty ? " none" : ""))
      for a in row.actions { out.append("    " + StatusReport.line(a)) }
    case .measure(let row):
      let d = row.measure.details
      out.append("Measure " + row.line)
      out.append("  under: \(d.under)")
      out.append("  unit: \(d.unit), \(d.direction.rawValue)")
      out.append("  values:" + (row.measure.values.isEmpty ? " none" : ""))
      for v in row.measure.valuesByDate {
        out.append("    \(v.date) \(MeasureRow.amount(v.value, d.unit)) — \(v.note)")
      }
    }
    return out.map(VisibleText.line).joined(separator: "\n")
  }
}
