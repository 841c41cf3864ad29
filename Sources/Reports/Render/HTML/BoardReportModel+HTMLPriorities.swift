import LedgerCore

extension BoardReportModel {
  /// The plan organised by priority: each with its outcome, its measures (a table and a small
  /// chart each), the findings (or aims) under it and their actions, then its own actions;
  /// then what sits under no priority.
  var htmlPriorities: [String] {
    let h = HTMLText.escape
    var out: [String] = []
    for p in priorities {
      let pr = p.priority
      out.append("<h3>\(h(pr.id)) \(HTMLText.user(pr.title))</h3>")
      if let outcome = pr.outcome {
        out.append(
          "<p><b>We will know we have made a difference when:</b> \(HTMLText.userLines(outcome))</p>"
        )
      }
      if !p.measures.isEmpty { out += htmlMeasures(p.measures, of: pr.id) }
      for r in p.recommendations { out += htmlRecommendation(r) }
      if !p.actions.isEmpty {
        if !p.recommendations.isEmpty { out.append("<h4>Other actions under \(h(pr.id))</h4>") }
        out += htmlActionTable(p.actions, of: pr.id)
      } else if p.recommendations.isEmpty {
        out.append("<p>No actions yet.</p>")
      }
    }
    if !unplacedRecommendations.isEmpty || !unplacedActions.isEmpty {
      out.append("<h3>Not under a priority</h3>")
      for r in unplacedRecommendations { out += htmlRecommendation(r) }
      if !unplacedActions.isEmpty {
        out += htmlActionTable(unplacedActions, of: "Not under a priority")
      }
    }
    return out
  }

  /// The measures of priority `id`: a table, then a chart of each.
  func htmlMeasures(_ measures: [MeasureLine], of id: String) -> [String] {
    let h = HTMLText.escape
    var out = [
      "<table>", "<caption>\(h(id)): how we will know, measure by measure</caption>",
      Self.head(["Measure", "Baseline", "Target", "Latest", "Standing"]), "<tbody>",
    ]
    out += measures.map { m in
      let d = m.measure.details
      return "<tr><th scope=\"row\"><b>\(h(d.id))</b> \(HTMLText.user(d.title))</th>"
        + "<td>\(HTMLText.user(m.amount(d.baseline)))<br>\(d.baselineDate)</td>"
        + "<td>\(HTMLText.user(m.amount(d.target)))<br>by \(d.targetDate)</td>"
        + "<td>"
        + (m.measure.latest.map { "\(HTMLText.user(m.amount($0.value)))<br>\($0.date)" }
          ?? "None yet")
        + "</td><td>\(h(m.standing))</td></tr>"
    }
    out += ["</tbody>", "</table>"]
    for m in measures {
      out += [
        "<figure>", SVGCharts.measure(m, id: "measure-" + Self.anchor(m.measure.id)), "</figure>",
      ]
    }
    return out
  }

  /// An ID made safe for an `id` attribute: letters and digits kept, anything else `-`.
  static func anchor(_ id: String) -> String {
    String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
  }
}
