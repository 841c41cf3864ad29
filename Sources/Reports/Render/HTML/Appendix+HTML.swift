import AuditTrail
import LedgerCore

extension Appendix {
  /// The inspector's view as HTML: retracted and back-recorded events, then every timeline.
  var html: [String] {
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
      out += retracted.map { e in
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
      out += backRecorded.map { e in
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
      out += redacted.flatMap { e in
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
    for t in trails {
      let name = t.id.map { "<b>\(h($0))</b> " + HTMLText.user(t.heading) } ?? h(t.heading)
      out.append("<h4>\(name)</h4>")
      guard !t.entries.isEmpty else {
        out.append("<p>No events.</p>")
        continue
      }
      out += [
        "<table>",
        "<caption>Timeline of \(h(t.id ?? "the plan")), oldest first</caption>",
        BoardReportModel.head(["Event", "Recorded", "Who", "What", "Why", "Flags"]), "<tbody>",
      ]
      out += t.entries.map { e in
        "<tr\(e.retracted == nil ? "" : " class=\"retracted\"")><td class=\"num\">\(e.seq)</td>"
          + "<td class=\"nowrap\">\(Self.minute(e.recorded))</td><td>\(HTMLText.user(ReportText.actor(e.actor)))</td>"
          + "<td class=\"what\">\(HTMLText.userLines(e.what))</td><td>\(e.why.map(HTMLText.userLines) ?? "")</td>"
          + "<td>\(Self.flags(e).map { "<span class=\"flag\">\(HTMLText.user($0))</span>" }.joined(separator: "<br>"))</td></tr>"
      }
      out += ["</tbody>", "</table>"]
    }
    return out
  }
}
