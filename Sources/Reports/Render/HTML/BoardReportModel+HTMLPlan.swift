import LedgerCore

extension BoardReportModel {
  var htmlOverdue: [String] {
    guard !overdue.isEmpty else { return ["<p>No action is overdue as of \(today).</p>"] }
    return [
      "<table>", "<caption>Actions past their due date on \(today), most overdue first</caption>",
      Self.head(["Action", "Owner", "Due", "Overdue by", "Status", "RAG", "Latest update"]),
      "<tbody>",
    ]
      + overdue.map { l in
        "<tr>\(htmlActionCell(l))<td>\(HTMLText.user(l.action.owner))</td>"
          + "<td class=\"nowrap\">\(l.action.due)</td>"
          + "<td class=\"nowrap\">\(ReportText.days(l.daysOverdue ?? 0))</td>"
          + "<td>\(HTMLText.escape(ReportText.status(l.action)))</td>"
          + "<td>\(HTMLText.rag(ReportText.rag(l.action.rag)))</td>\(htmlUpdateCell(l.action.latestUpdate))</tr>"
      } + ["</tbody>", "</table>"]
  }

  var htmlMoved: [String] {
    guard !moved.isEmpty else { return ["<p>No due date has been moved.</p>"] }
    let h = HTMLText.escape
    var out = [
      "<table>",
      "<caption>Every move of a due date (a re-baseline), with who moved it and why</caption>",
      Self.head(["Action", "Move", "Date", "Who", "Due: from → to", "Why"]), "<tbody>",
    ]
    for l in moved {
      let changes = l.action.dueChanges
      for (i, c) in changes.enumerated() {
        var row = "<tr>"
        if i == 0 {
          row +=
            "<th scope=\"rowgroup\" rowspan=\"\(changes.count)\">\(h(l.action.id)) "
            + "\(HTMLText.user(l.action.title))<br>moved \(ReportText.times(changes.count))</th>"
        }
        row +=
          "<td class=\"nowrap\">\(i + 1) of \(changes.count)</td><td class=\"nowrap\">\(c.date)</td>"
          + "<td>\(HTMLText.user(ReportText.actor(c.actor)))</td><td class=\"nowrap\">\(c.from) → \(c.to)</td>"
          + "<td>\(HTMLText.userLines(c.reason))</td></tr>"
        out.append(row)
      }
    }
    return out + ["</tbody>", "</table>"]
  }

  var htmlAwaiting: [String] {
    guard !awaitingSignOff.isEmpty else {
      return ["<p>No completed action is awaiting sign-off.</p>"]
    }
    return [
      "<table>", "<caption>Actions marked complete that the board has not yet signed off</caption>",
      Self.head(["Action", "Owner", "Completed", "Latest update"]), "<tbody>",
    ]
      + awaitingSignOff.map { l in
        "<tr>\(htmlActionCell(l))<td>\(HTMLText.user(l.action.owner))</td>"
          + "<td class=\"nowrap\">\(l.action.completedOn.map { "\($0)" } ?? "")</td>"
          + "\(htmlUpdateCell(l.action.latestUpdate))</tr>"
      } + ["</tbody>", "</table>"]
  }

  var htmlPlan: [String] {
    let h = HTMLText.escape
    var out: [String] = []
    for s in sources {
      let d = s.source.details
      out.append("<h3>\(HTMLText.user(d.title)) (\(h(d.id)))</h3>")
      var line = h(ReportText.sourceLine(s.source))
      if let url = d.url { line += "<br>" + HTMLText.link(url) }
      out.append("<p>\(line)</p>")
      if s.recommendations.isEmpty { out.append("<p>No recommendations recorded.</p>") }
      for r in s.recommendations {
        let rec = r.recommendation
        out.append(
          "<h4>\(h(rec.id)) <span class=\"note\">(\(HTMLText.user(ReportText.recommendationFlags(rec))))</span></h4>"
        )
        out.append("<blockquote dir=\"auto\"><p>\(HTMLText.lines(rec.text))</p></blockquote>")
        guard !r.actions.isEmpty else {
          out.append("<p>No actions yet.</p>")
          continue
        }
        out += [
          "<table>",
          "<caption>\(h(rec.id)): its actions and what we have done so far</caption>",
          Self.head(["Action", "Owner", "Due", "Status", "RAG", "What have we done so far"]),
          "<tbody>",
        ]
        out += r.actions.map { l in
          "<tr>\(htmlActionCell(l))<td>\(HTMLText.user(l.action.owner))</td><td class=\"nowrap\">\(l.action.due)"
            + (l.isOverdue ? "<br><span class=\"flag\">Overdue</span>" : "")
            + (l.action.dueChanges.isEmpty
              ? "" : "<br>moved \(ReportText.times(l.action.dueChanges.count))") + "</td>"
            + "<td>\(h(ReportText.status(l.action)))</td>"
            + "<td>\(HTMLText.rag(ReportText.rag(l.action.rag)))</td>\(htmlUpdateCell(l.action.latestUpdate))</tr>"
        }
        out += ["</tbody>", "</table>"]
      }
    }
    return out.isEmpty ? ["<p>No sources recorded.</p>"] : out
  }

  /// `<th scope="row"><b>A1.1</b> title</th>`.
  func htmlActionCell(_ l: ActionLine) -> String {
    "<th scope=\"row\"><b>\(HTMLText.escape(l.action.id))</b> \(HTMLText.user(l.action.title))</th>"
  }

  /// The latest progress, evidence, rating or completion note, dated and attributed.
  func htmlUpdateCell(_ u: Update?) -> String {
    guard let u else { return "<td>None yet</td>" }
    var s = "<td><span class=\"nowrap\">\(u.date)</span>: \(HTMLText.userLines(u.note))"
    if let link = u.link { s += " (" + HTMLText.link(link) + ")" }
    return s + " — \(HTMLText.user(ReportText.actor(u.actor)))</td>"
  }
}
