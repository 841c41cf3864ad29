import LedgerCore

extension BoardReportModel {
  var htmlAchievements: [String] {
    let lead = "<p>\(HTMLText.escape(achievementsLead))</p>"
    guard !achievements.isEmpty else { return [lead] }
    let impact = hasImpact
    return [
      lead, "<table>",
      "<caption>Actions completed or signed off \(HTMLText.escape(window.phrase)), with what was done</caption>",
      Self.head(["Action", "Owner", "Done", "What was done"] + (impact ? ["Impact"] : [])),
      "<tbody>",
    ]
      + achievements.map { a in
        "<tr>\(htmlActionCell(a.line))<td>\(HTMLText.user(a.line.action.owner))</td>"
          + "<td class=\"nowrap\">\(a.step == .signedOff ? "Signed off" : "Completed")<br>\(a.date)</td>"
          + htmlUpdateCell(a.line.work) + (impact ? htmlImpactCell(a.line.impact) : "") + "</tr>"
      } + ["</tbody>", "</table>"]
  }

  var htmlExceptions: [String] {
    let lead = "<p>\(HTMLText.escape(exceptionsLead))</p>"
    guard !exceptions.isEmpty else { return [lead] }
    return [
      lead, "<table>",
      "<caption>Red, amber and overdue actions on \(today), with the reason for each rating</caption>",
      Self.head(["Action", "Owner", "RAG", "Reason for the rating", "Due"]), "<tbody>",
    ]
      + exceptions.map { l in
        var due = "\(l.action.due)"
        if l.action.status == .deferred, let until = l.action.deferredUntil {
          due += "<br>deferred until \(until)"
        }
        if let d = l.daysOverdue {
          due += "<br><span class=\"flag\">Overdue</span> by \(ReportText.days(d))"
        }
        return "<tr>\(htmlActionCell(l))<td>\(HTMLText.user(l.action.owner))</td>"
          + "<td>\(HTMLText.rag(ReportText.rag(l.action.rag)))</td>"
          + "<td>\(HTMLText.userLines(Self.ragReason(l.action)))</td>"
          + "<td class=\"nowrap\">\(due)</td></tr>"
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
      if s.recommendations.isEmpty { out.append("<p>No \(itemsWord) recorded.</p>") }
      for r in s.recommendations { out += htmlRecommendation(r) }
    }
    return out.isEmpty ? ["<p>No sources recorded.</p>"] : out
  }

  /// A recommendation (or aim): its heading, its text quoted and its actions.
  func htmlRecommendation(_ r: RecommendationSection) -> [String] {
    let h = HTMLText.escape
    let rec = r.recommendation
    var out = [
      "<h4>\(h(rec.id)) <span class=\"note\">(\(HTMLText.user(ReportText.recommendationFlags(rec))))</span></h4>",
      "<blockquote dir=\"auto\"><p>\(HTMLText.lines(rec.text))</p></blockquote>",
    ]
    guard !r.actions.isEmpty else { return out + ["<p>No actions yet.</p>"] }
    out += htmlActionTable(r.actions, of: rec.id)
    return out
  }

  /// The plan's table of the actions of `id` (a recommendation or priority).
  func htmlActionTable(_ actions: [ActionLine], of id: String) -> [String] {
    let h = HTMLText.escape
    // Once, not per row: `hasImpact` looks at every action of the plan.
    let hasImpact = hasImpact
    var out = [
      "<table>",
      "<caption>\(h(id)): its actions and what we have done so far</caption>",
      Self.head(
        ["Action", "Owner", "Due", "Status", "RAG", "What have we done so far"]
          + (hasImpact ? ["Impact"] : [])),
      "<tbody>",
    ]
    out += actions.map { l in
      "<tr>\(htmlActionCell(l))<td>\(HTMLText.user(l.action.owner))</td><td class=\"nowrap\">\(l.action.due)"
        + (l.isOverdue ? "<br><span class=\"flag\">Overdue</span>" : "")
        + (l.action.dueChanges.isEmpty
          ? "" : "<br>moved \(ReportText.times(l.action.dueChanges.count))") + "</td>"
        + "<td>\(h(ReportText.status(l.action)))"
        + (l.action.status == .signedOff ? l.action.signedOffOn.map { "<br>\($0)" } ?? "" : "")
        + "</td><td>\(HTMLText.rag(ReportText.rag(l.action.rag)))</td>\(htmlUpdateCell(l.work))"
        + (hasImpact ? htmlImpactCell(l.impact) : "") + "</tr>"
    }
    return out + ["</tbody>", "</table>"]
  }

  /// `<th scope="row"><b>A1.1</b> title</th>`.
  func htmlActionCell(_ l: ActionLine) -> String {
    "<th scope=\"row\"><b>\(HTMLText.escape(l.action.id))</b> \(HTMLText.user(l.action.title))</th>"
  }

  /// The impact note, dated; `Not yet recorded` without one.
  func htmlImpactCell(_ u: Update?) -> String {
    guard let u else { return "<td>Not yet recorded</td>" }
    return "<td><span class=\"nowrap\">\(u.date)</span>: \(HTMLText.userLines(u.note))</td>"
  }

  /// A note, dated and attributed (the name: the role is in the changes and the appendix).
  func htmlUpdateCell(_ u: Update?) -> String {
    guard let u else { return "<td>None yet</td>" }
    var s = "<td><span class=\"nowrap\">\(u.date)</span>: \(HTMLText.userLines(u.note))"
    if let link = u.link { s += " (" + HTMLText.link(link) + ")" }
    return s + " — \(HTMLText.user(u.actor.name))</td>"
  }
}
