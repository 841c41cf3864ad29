import AuditTrail
import LedgerCore

extension Appendix {
  /// The inspector's view as Markdown, written line by line to `stream`: the retracted and
  /// back-recorded events, then every item's timeline. Each entry is made, written and
  /// dropped in turn, so memory does not grow with the log.
  func writeMarkdown(to stream: inout ReportStream) throws(LedgerError) {
    let e = MarkdownText.escape
    var out = [
      "Every event up to the as-of point, item by item. Nothing is left out: a retracted event "
        + "stays in the ledger and here, marked with the retraction and its reason; an event "
        + "recorded after the fact shows both when it happened and when it was recorded.",
      "",
      "### Retracted events",
      "",
    ]
    if retracted.isEmpty {
      out.append("No event has been retracted.")
    } else {
      out += MarkdownText.table(
        ["Event", "Recorded", "Who", "What", "Retracted by", "Reason"],
        try entries(retracted).map { h in
          let r = h.retracted!
          return [
            "\(h.seq)", Self.minute(h.recorded), e(ReportText.actor(h.actor)), e(h.what),
            "event \(r.seq) (" + e(ReportText.actor(r.actor)) + ")", e(r.reason),
          ]
        })
    }
    out += ["", "### Recorded after the fact", ""]
    if backRecorded.isEmpty {
      out.append("No event was recorded after the fact.")
    } else {
      out += MarkdownText.table(
        ["Event", "Happened", "Recorded", "Who", "What"],
        try entries(backRecorded).map { h in
          [
            "\(h.seq)", h.effective.map { "\($0)" } ?? "", Self.minute(h.recorded),
            e(ReportText.actor(h.actor)), e(h.what),
          ]
        })
    }
    out += ["", "### Redacted for data protection", ""]
    if redacted.isEmpty {
      out.append("No text has been redacted.")
    } else {
      out.append(Self.redactionNote)
      out.append("")
      out += MarkdownText.table(
        ["Event", "Recorded", "What", "Redacted", "By", "When", "Reason"],
        try entries(redacted).flatMap { h in
          h.redactions.map { r in
            [
              "\(h.seq)", Self.minute(h.recorded), e(h.what),
              e(r.details.members.joined(separator: ", ")),
              "event \(r.seq) (" + e(ReportText.actor(r.actor)) + ")", Self.minute(r.recorded),
              e(r.details.reason),
            ]
          }
        })
    }
    out += ["", "### Timelines", ""]
    out.append(
      "Who recorded the events: "
        + people.map { e($0.name) + " (" + e($0.role) + ")" }.joined(separator: "; ") + ".")
    out.append("")
    // One table: a row per event, a heading row per item (its ID and title in bold).
    out += MarkdownText.table(["Event", "Recorded", "Who", "What, and why"], [])
    stream.lines(out)
    let shared = sharedNames
    try forEachTrailRow { row in
      switch row {
      case .heading(let t):
        let name = t.id.map { "**" + e($0) + "** " + e(t.heading) } ?? "**" + e(t.heading) + "**"
        stream.line(MarkdownText.row(["", "", "", name]))
        if t.seqs.isEmpty { stream.line(MarkdownText.row(["", "", "", "No events."])) }
      case .entry(let h):
        var what = e(h.what)
        if let why = h.why { what += " — " + e(why) }
        for f in Self.flags(h) { what += "<br>" + e(f) }
        stream.line(
          MarkdownText.row([
            "\(h.seq)", Self.minute(h.recorded), e(who(h.actor, shared: shared)), what,
          ]))
      }
    }
  }

  /// `2021-10-04 09:15` (UTC).
  static func minute(_ t: Timestamp) -> String {
    // `rfc3339` is ASCII and at least 20 bytes: copy bytes, not Characters (the appendix
    // prints one of these per event).
    var s = t.rfc3339
    return s.withUTF8 { u in
      String(unsafeUninitializedCapacity: 16) { out in
        for i in 0..<10 { out[i] = u[i] }
        out[10] = 0x20
        for i in 11..<16 { out[i] = u[i] }
        return 16
      }
    }
  }

  /// The words that flag an entry: `RETRACTED by event 28: reason`, `RECORDED AFTER THE FACT:
  /// happened 2021-09-28`, `retracts event 27`.
  static func flags(_ h: HistoryEntry) -> [String] {
    var flags: [String] = []
    if let r = h.retracted {
      flags.append("RETRACTED by event \(r.seq) (\(ReportText.actor(r.actor))): \(r.reason)")
    }
    if h.isBackRecorded, let d = h.effective {
      flags.append("RECORDED AFTER THE FACT: happened \(d)")
    }
    if let target = h.retracts { flags.append("retracts event \(target)") }
    for r in h.redactions {
      flags.append(
        "REDACTED \(r.details.members.joined(separator: ", ")) by event \(r.seq) (\(ReportText.actor(r.actor)), \(minute(r.recorded))): \(r.details.reason)"
      )
    }
    if let target = h.redacts { flags.append("redacts event \(target)") }
    return flags
  }

  /// What a redaction is, for the inspector.
  static let redactionNote =
    "Personal data removed from an event's text under data protection law: each named part "
    + "now reads \"[redacted]\". The event, its place in the chain and its hash are unchanged, "
    + "so the ledger still verifies; the redaction itself is an event, listed here."
}
