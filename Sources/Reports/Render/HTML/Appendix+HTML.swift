import AuditTrail
import LedgerCore

extension Appendix {
  /// The inspector's view as HTML, written line by line to `stream`: retracted and
  /// back-recorded events, then every timeline. Each entry is made, written and dropped in
  /// turn, so memory does not grow with the log.
  func writeHTML(to stream: inout ReportStream) throws(LedgerError) {
    let h = HTMLText.escape
    var out = [
      "<p>Every event up to the as-of point, item by item. Nothing is left out: a retracted "
        + "event stays in the ledger and here, marked with the retraction and its reason; an "
        + "event recorded after the fact shows both when it happened and when it was recorded.</p>",
      "<h3 id=\"retracted\">Retracted events</h3>",
    ]
    if retracted.isEmpty {
      out.append("<p>No event has been retracted.</p>")
    } else {
      out += [
        "<table>", "<caption>Events taken back by a later retraction, with its reason</caption>",
        BoardReportModel.head(["Event", "Recorded", "Who", "What", "Retracted by", "Reason"]),
        "<tbody>",
      ]
      out += try entries(retracted).map { e in
        let r = e.retracted!
        return "<tr class=\"retracted\"><td class=\"num\">\(e.seq)</td>"
          + "<td class=\"nowrap\">\(Self.minute(e.recorded))</td><td>\(HTMLText.user(ReportText.actor(e.actor)))</td>"
          + "<td class=\"what\">\(HTMLText.userLines(e.what))</td>"
          + "<td>event \(r.seq) (\(HTMLText.user(ReportText.actor(r.actor))))</td><td>\(HTMLText.userLines(r.reason))</td></tr>"
      }
      out += ["</tbody>", "</table>"]
    }
    out.append("<h3 id=\"back-recorded\">Recorded after the fact</h3>")
    if backRecorded.isEmpty {
      out.append("<p>No event was recorded after the fact.</p>")
    } else {
      out += [
        "<table>",
        "<caption>Events whose effective date is earlier than when they were recorded</caption>",
        BoardReportModel.head(["Event", "Happened", "Recorded", "Who", "What"]), "<tbody>",
      ]
      out += try entries(backRecorded).map { e in
        "<tr><td class=\"num\">\(e.seq)</td><td class=\"nowrap\">\(e.effective.map { "\($0)" } ?? "")</td>"
          + "<td class=\"nowrap\">\(Self.minute(e.recorded))</td><td>\(HTMLText.user(ReportText.actor(e.actor)))</td>"
          + "<td>\(HTMLText.userLines(e.what))</td></tr>"
      }
      out += ["</tbody>", "</table>"]
    }
    out.append("<h3 id=\"redacted\">Redacted for data protection</h3>")
    if redacted.isEmpty {
      out.append("<p>No text has been redacted.</p>")
    } else {
      out += [
        "<p>\(h(Self.redactionNote))</p>", "<table>",
        "<caption>Events whose text was redacted, with who redacted what, when and why</caption>",
        BoardReportModel.head(["Event", "Recorded", "What", "Redacted", "By", "When", "Reason"]),
        "<tbody>",
      ]
      out += try entries(redacted).flatMap { e in
        e.redactions.map { r in
          "<tr><td class=\"num\">\(e.seq)</td><td class=\"nowrap\">\(Self.minute(e.recorded))</td>"
            + "<td class=\"what\">\(HTMLText.lines(e.what))</td>"
            + "<td>\(h(r.details.members.joined(separator: ", ")))</td>"
            + "<td>event \(r.seq) (\(h(ReportText.actor(r.actor))))</td>"
            + "<td class=\"nowrap\">\(Self.minute(r.recorded))</td>"
            + "<td>\(HTMLText.lines(r.details.reason))</td></tr>"
        }
      }
      out += ["</tbody>", "</table>"]
    }
    out.append("<h3 id=\"timelines\">Timelines</h3>")
    out.append(
      "<p class=\"people\">Who recorded the events: "
        + people.map { "\(HTMLText.user($0.name)) (\(HTMLText.user($0.role)))" }
        .joined(separator: "; ") + ".</p>")
    // One dense table: a row per event, a heading row per item, the header repeated on each
    // printed page. An inspector reads down it; nothing is left out.
    out += [
      "<table class=\"timeline\">",
      "<caption>Every item’s timeline, oldest first: the plan, then sources, recommendations "
        + "and actions in plan order</caption>",
      BoardReportModel.head(["Event", "Recorded", "Who", "What, and why"]), "<tbody>",
    ]
    stream.lines(out)
    let shared = sharedNames
    try forEachTrailRow { row in
      switch row {
      case .heading(let t):
        let name = t.id.map { "<b>\(h($0))</b> " + HTMLText.user(t.heading) } ?? h(t.heading)
        stream.line("<tr class=\"item\"><th scope=\"rowgroup\" colspan=\"4\">\(name)</th></tr>")
        if t.seqs.isEmpty {
          stream.line("<tr><td colspan=\"4\">No events.</td></tr>")
        }
      case .entry(let e):
        // Written a piece at a time, as it reads (no row string made and dropped per event).
        stream.append(e.retracted == nil ? "<tr>" : "<tr class=\"retracted\">")
        stream.append("<td class=\"num\">\(e.seq)</td><td class=\"nowrap\">")
        stream.append(Self.minute(e.recorded))
        stream.append("</td><td>")
        HTMLText.append(user: who(e.actor, shared: shared), to: &stream)
        stream.append("</td><td><span class=\"what\">")
        HTMLText.append(userLines: e.what, to: &stream)
        stream.append("</span>")
        if let why = e.why {
          stream.append(" — ")
          HTMLText.append(userLines: why, to: &stream)
        }
        for f in Self.flags(e) {
          stream.append("<br><span class=\"flag\">")
          HTMLText.append(user: f, to: &stream)
          stream.append("</span>")
        }
        stream.append("</td></tr>\n")
      }
    }
    stream.lines(["</tbody>", "</table>"])
  }
}
