import LedgerCore

extension BoardReportModel {
  /// The plan organised by priority: each with its outcome, its measures, the findings (or
  /// aims) under it and their actions, then its own actions; then what sits under none.
  var markdownPriorities: [String] {
    let e = MarkdownText.escape
    var out: [String] = []
    for p in priorities {
      out += ["### " + e(p.priority.id) + " " + e(p.priority.title), ""]
      if let outcome = p.priority.outcome {
        out += ["**We will know we have made a difference when:** " + e(outcome), ""]
      }
      if !p.measures.isEmpty { out += Self.mdMeasures(p.measures) + [""] }
      for r in p.recommendations { out += mdRecommendation(r) }
      if !p.actions.isEmpty {
        if !p.recommendations.isEmpty {
          out += ["#### Other actions under " + e(p.priority.id), ""]
        }
        out += mdActionTable(p.actions) + [""]
      } else if p.recommendations.isEmpty {
        out += ["No actions yet.", ""]
      }
    }
    if !unplacedRecommendations.isEmpty || !unplacedActions.isEmpty {
      out += ["### Not under a priority", ""]
      for r in unplacedRecommendations { out += mdRecommendation(r) }
      if !unplacedActions.isEmpty { out += mdActionTable(unplacedActions) + [""] }
    }
    if out.last == "" { out.removeLast() }
    return out
  }

  /// The measures table: baseline, target and latest, each with its date, and the standing.
  static func mdMeasures(_ measures: [MeasureLine]) -> [String] {
    let e = MarkdownText.escape
    return MarkdownText.table(
      ["Measure", "Baseline", "Target", "Latest", "Standing"],
      measures.map { m in
        let d = m.measure.details
        return [
          "**" + e(d.id) + "** " + e(d.title),
          e(m.amount(d.baseline)) + " (\(d.baselineDate))",
          e(m.amount(d.target)) + " by \(d.targetDate)",
          m.measure.latest.map { e(m.amount($0.value)) + " (\($0.date))" } ?? "None yet",
          m.standing,
        ]
      })
  }
}
