import LedgerCore

extension BoardReportModel {
  /// The report as one self-contained HTML page: no script, no network, no external assets
  /// (a Content-Security-Policy forbids them too), semantic sections, headings and tables,
  /// an A4 print stylesheet and the charts as inline SVG. Every piece of user text is escaped
  /// (`HTMLText.escape`) and isolated in a `<bdi>` (`HTMLText.user`), so neither markup nor a
  /// right-to-left override in it can change the page around it. Ends with a newline.
  /// Throws as `writeHTML(to:)` does.
  public var html: String {
    get throws(LedgerError) { try ReportStream.collect(writeHTML) }
  }

  /// The HTML page (`html`), written to `stream` piece by piece: the appendix, which grows
  /// with the log, is never held whole.
  ///
  /// Throws when a row's event cannot be read again from the file (`EventStore`): the pieces
  /// before it have been written to `stream`, and no more are.
  public func writeHTML(to stream: inout ReportStream) throws(LedgerError) {
    let h = HTMLText.escape
    var out: [String] = [
      "<!DOCTYPE html>",
      "<html lang=\"en-GB\">",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<meta name=\"generator\" content=\"ledger report\">",
      "<title>\(h(title)) — board report as of \(asOf.date)</title>",
      "<style>", HTMLStyle.css, "</style>",
      "</head>",
      "<body>",
      "<header>",
      "<p class=\"kicker\">\(HTMLText.user(authority)) · Improvement board report</p>",
      "<h1>\(HTMLText.user(title))</h1>",
      "<dl class=\"meta\">",
      "<dt>Generated as of</dt><dd>\(h(ReportText.instant(asOf))) <code>\(asOf.rfc3339)</code></dd>",
      "<dt>Ledger head</dt><dd>seq \(head.seq), hash <code>\(h(head.hash))</code></dd>",
      "<dt>Check this paper</dt><dd><code>\(h(verifyCommand))</code></dd>",
      "<dt>Changes shown</dt><dd>\(h(window.phrase)) (\(windowSeqs))</dd>",
    ]
    out += coverFacts.map { "<dt>\(h($0.label))</dt><dd>\(HTMLText.user($0.value))</dd>" }
    out.append("</dl>")
    if let cover {
      out +=
        ["<div class=\"asks\"><p><b>\(h(Self.askedTo))</b></p><ul>"]
        + cover.asks.map { "<li>\(HTMLText.userLines($0))</li>" } + ["</ul></div>"]
    }
    out.append("<nav aria-label=\"Contents\"><ol>")
    var contents = [
      ("summary", Titles.summary), ("achievements", Titles.achievements),
      ("exceptions", Titles.exceptions), ("trend", Titles.trend), ("changes", changesTitle),
      ("moved", Titles.moved), ("awaiting", Titles.awaiting),
      ("plan", planTitle),
    ]
    if appendix != nil { contents.append(("appendix", Titles.appendix)) }
    contents.append(("check", Titles.check))
    out += contents.map { "<li><a href=\"#\($0.0)\">\(h($0.1))</a></li>" }
    out += ["</ol></nav>", "</header>", "<main>"]
    out += section("summary", Titles.summary, htmlSummary)
    out += section("achievements", Titles.achievements, htmlAchievements)
    out += section("exceptions", Titles.exceptions, htmlExceptions)
    out += section("trend", Titles.trend, htmlTrend)
    out += section("changes", changesTitle, []).dropLast()
    stream.lines(out)
    out = []
    try writeHTMLChanges(to: &stream)
    out.append("</section>")
    out += section("moved", Titles.moved, htmlMoved)
    out += section("awaiting", Titles.awaiting, htmlAwaiting)
    out += section("plan", planTitle, priorities.isEmpty ? htmlPlan : htmlPriorities)
    if let appendix {
      out += section("appendix", Titles.appendix, [], class: "appendix").dropLast()
      stream.lines(out)
      out = []
      try appendix.writeHTML(to: &stream)
      out.append("</section>")
    }
    out += section(
      "check", Titles.check,
      [
        "<p>Anyone can check that this paper matches the ledger, and that the ledger’s history "
          + "up to it has not been rewritten since, by running:</p>",
        "<p><code>\(h(verifyCommand))</code></p>",
        "<p>It fails if event \(head.seq) is no longer in the file or no longer has this hash. "
          + "The same report can be produced again, byte for byte, with "
          + "<code>\(h(reproduceCommand(format: "html")))</code>.</p>",
      ])
    out += [
      "</main>",
      "<footer><p>Produced by <code>ledger report</code> from the hash-chained ledger, as of "
        + "\(h(ReportText.instant(asOf))); head \(head.seq):\(h(head.hash)).</p></footer>",
      "</body>",
      "</html>",
    ]
    stream.lines(out)
  }

  /// `<section id=…>` with an `<h2>` and its contents.
  private func section(_ id: String, _ title: String, _ body: [String], class name: String? = nil)
    -> [String]
  {
    let c = name.map { " class=\"\($0)\"" } ?? ""
    return ["<section id=\"\(id)\"\(c) aria-labelledby=\"\(id)-h\">"]
      + ["<h2 id=\"\(id)-h\">\(HTMLText.escape(title))</h2>"] + body + ["</section>"]
  }

  private var htmlSummary: [String] {
    let counts = [rag.red, rag.amber, rag.green, rag.blue, rag.unrated, rag.total]
    return [
      "<p class=\"summary\">\(HTMLText.escape(summary))</p>"
    ]
      + openDeadlines.map {
        "<p class=\"deadline\"><strong>Statutory deadline:</strong> <bdi>\(HTMLText.escape($0.text))</bdi></p>"
      } + [
        "<table>",
        "<caption>Live actions by RAG rating (withdrawn actions are not counted)</caption>",
        "<thead><tr>"
          + ["Red", "Amber", "Green", "Blue", "Unrated"].map {
            "<th scope=\"col\" class=\"num\">\(HTMLText.rag($0))</th>"
          }.joined() + "<th scope=\"col\" class=\"num\">Total</th></tr></thead>",
        "<tbody><tr>" + counts.map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr></tbody>",
        "</table>",
        "<table>",
        "<caption>Actions by status (withdrawn actions included)</caption>",
        "<thead><tr>"
          + (statuses.labelled.map(\.word) + ["Total"]).map {
            "<th scope=\"col\" class=\"num\">\($0)</th>"
          }.joined() + "</tr></thead>",
        "<tbody><tr>"
          + (statuses.labelled.map(\.count) + [statuses.total]).map {
            "<td class=\"num\">\($0)</td>"
          }.joined() + "</tr></tbody>",
        "</table>",
        "<ul>",
      ] + keyFacts.map { "<li>\(HTMLText.escape($0))</li>" } + ["</ul>"]
  }

  private var htmlTrend: [String] {
    let unit = trend.period.rawValue
    var out = [
      "<figure>", SVGCharts.ragMix(trend, id: "chart-rag"),
      "<figcaption>Figure 1. Actions by RAG rating at the end of each \(unit), the last bar "
        + "at the as-of point. Each segment is labelled with its count; red is hatched and "
        + "amber dotted.</figcaption>",
      "</figure>",
      "<figure>", SVGCharts.openActions(trend, id: "chart-open"),
      "<figcaption>Figure 2. Open actions (solid line, circles) against the actions not yet "
        + "past due (dashed line, squares): how many would still be open if every action met "
        + "its due date as it stood then. The gap between them is work behind its due date."
        + "</figcaption>",
      "</figure>",
      "<table>",
      "<caption>The figures behind figures 1 and 2</caption>",
      "<thead><tr><th scope=\"col\">\(unit == "week" ? "Week ending" : "Month")</th>"
        + ["Red", "Amber", "Green", "Blue", "Unrated", "Open", "Not yet past due"].map {
          "<th scope=\"col\" class=\"num\">\($0)</th>"
        }.joined() + "</tr></thead>",
      "<tbody>",
    ]
    for p in trend.points {
      let r = p.rag
      out.append(
        "<tr><th scope=\"row\">\(HTMLText.escape(p.label))</th>"
          + [r.red, r.amber, r.green, r.blue, r.unrated, p.open, p.notYetDue].map {
            "<td class=\"num\">\($0)</td>"
          }.joined() + "</tr>")
    }
    return out + ["</tbody>", "</table>"]
  }

  /// The changes section's contents, a row at a time (the window may be the whole log).
  private func writeHTMLChanges(to stream: inout ReportStream) throws(LedgerError) {
    let h = HTMLText.escape
    if let note = window.note { stream.line("<p class=\"note\">\(h(note))</p>") }
    guard changeCount > 0 else {
      stream.line("<p>No events were recorded in this period.</p>")
      return
    }
    stream.lines([
      "<table>",
      "<caption>Every event recorded \(h(window.phrase)), oldest first: what changed "
        + "(before → after), who recorded it and why</caption>",
      Self.head(["Date", "Who", "What changed", "Why", "Event"]), "<tbody>",
    ])
    // Each row is written a piece at a time, as it reads: a row of strings joined would be
    // made and dropped once per event.
    try forEachChange { c in
      stream.append(c.retracted == nil ? "<tr>" : "<tr class=\"retracted\">")
      stream.append("<td class=\"nowrap\">\(c.happened)")
      if c.isBackRecorded {
        stream.append(
          "<br><span class=\"flag\">Recorded after the fact</span> on \(c.recorded.date)")
      }
      stream.append("</td><td>")
      HTMLText.append(user: ReportText.actor(c.actor), to: &stream)
      stream.append("</td><td class=\"what\">")
      HTMLText.append(userLines: c.what, to: &stream)
      if !c.fields.isEmpty {
        stream.append("<ul>")
        for text in c.fieldTexts {
          stream.append("<li>")
          HTMLText.append(user: text, to: &stream)
          stream.append("</li>")
        }
        stream.append("</ul>")
      }
      stream.append("</td><td>")
      if let why = c.why { HTMLText.append(userLines: why, to: &stream) }
      if let r = c.retracted {
        stream.append("<br><span class=\"flag\">Retracted</span> by event \(r.seq) (")
        HTMLText.append(user: ReportText.actor(r.actor), to: &stream)
        stream.append("): ")
        HTMLText.append(userLines: r.reason, to: &stream)
      }
      stream.append("</td><td class=\"num\">\(c.seq)</td></tr>\n")
    }
    stream.lines(["</tbody>", "</table>"])
  }

  /// A `<thead>` row of column headers.
  static func head(_ columns: [String]) -> String {
    "<thead><tr>" + columns.map { "<th scope=\"col\">\(HTMLText.escape($0))</th>" }.joined()
      + "</tr></thead>"
  }
}
