import AuditTrail
import LedgerCore

extension BoardReportModel {
  /// The report as Markdown (GitHub-flavoured tables), ending with a newline. All user text
  /// is escaped (`MarkdownText.escape`), so it can neither inject HTML nor break a table.
  public var markdown: String {
    get throws(LedgerError) { try ReportStream.collect(writeMarkdown) }
  }

  /// The Markdown report (`markdown`), written to `stream` piece by piece: the appendix,
  /// which grows with the log, is never held whole.
  ///
  /// Throws as `writeHTML(to:)` does.
  public func writeMarkdown(to stream: inout ReportStream) throws(LedgerError) {
    let e = MarkdownText.escape
    var out: [String] = []
    out.append("# " + e(title))
    out.append("")
    out.append("**\(e(authority))** — improvement board report")
    out.append("")
    out += [
      "- **Generated as of:** " + ReportText.instant(asOf) + " " + MarkdownText.code(asOf.rfc3339),
      "- **Ledger head:** seq \(head.seq), hash " + MarkdownText.code(head.hash),
      "- **Check this paper:** " + MarkdownText.code(verifyCommand),
      "- **Changes shown:** " + e(window.phrase) + " (\(windowSeqs))",
    ]
    out += coverFacts.map { "- **\($0.label):** " + e($0.value) }
    if let cover {
      out += ["", "**" + Self.askedTo + "**", ""] + cover.asks.map { "- " + e($0) }
    }
    out += section(Titles.summary)
    out.append(e(summary))
    out.append("")
    for deadline in openDeadlines {
      out += ["**Statutory deadline:** " + e(deadline.text), ""]
    }
    out += MarkdownText.table(
      ["Red", "Amber", "Green", "Blue", "Unrated", "Total"],
      [[rag.red, rag.amber, rag.green, rag.blue, rag.unrated, rag.total].map(String.init)],
      align: Array(repeating: .right, count: 6))
    out.append("")
    out += MarkdownText.table(
      statuses.labelled.map(\.word) + ["Total"],
      [(statuses.labelled.map(\.count) + [statuses.total]).map(String.init)],
      align: Array(repeating: .right, count: 6))
    out.append("")
    out += keyFacts.map { "- " + e($0) }
    out += section(Titles.achievements)
    out += markdownAchievements
    out += section(Titles.exceptions)
    out += markdownExceptions
    out += section(Titles.trend)
    out += markdownTrend
    out += section(changesTitle)
    stream.lines(out)
    out = []
    try writeMarkdownChanges(to: &stream)
    out += section(Titles.moved)
    out += markdownMoved
    out += section(Titles.awaiting)
    out += markdownAwaiting
    out += section(planTitle)
    out += priorities.isEmpty ? markdownPlan : markdownPriorities
    if let appendix {
      out += section(Titles.appendix)
      stream.lines(out)
      out = []
      try appendix.writeMarkdown(to: &stream)
    }
    out += section(Titles.check)
    out.append(
      "Anyone can check that this paper matches the ledger, and that the ledger's history up to "
        + "it has not been rewritten since, by running:")
    out.append("")
    out.append("    " + verifyCommand)
    out.append("")
    out.append(
      "It fails if event \(head.seq) is no longer in the file or no longer has this hash. The "
        + "same report can be produced again, byte for byte, with "
        + MarkdownText.code(VisibleText.escaped(reproduceCommand(format: "markdown"))) + ".")
    stream.lines(out)
  }

  /// A blank line, a level-2 heading, a blank line.
  private func section(_ title: String) -> [String] {
    ["", "## " + MarkdownText.escape(title), ""]
  }

  private var markdownAchievements: [String] {
    let e = MarkdownText.escape
    guard !achievements.isEmpty else { return [e(achievementsLead)] }
    let impact = hasImpact
    return [e(achievementsLead), ""]
      + MarkdownText.table(
        ["Action", "Owner", "Done", "What was done"] + (impact ? ["Impact"] : []),
        achievements.map { a in
          [
            mdActionCell(a.line), e(a.line.action.owner),
            "\(a.step.rawValue.prefix(1).uppercased() + a.step.rawValue.dropFirst()) \(a.date)",
            mdUpdateCell(a.line.work),
          ] + (impact ? [mdImpactCell(a.line.impact)] : [])
        })
  }

  private var markdownExceptions: [String] {
    let e = MarkdownText.escape
    guard !exceptions.isEmpty else { return [e(exceptionsLead)] }
    return [e(exceptionsLead), ""]
      + MarkdownText.table(
        ["Action", "Owner", "RAG", "Reason for the rating", "Due"],
        exceptions.map { l in
          [
            mdActionCell(l), e(l.action.owner), ReportText.rag(l.action.rag),
            e(Self.ragReason(l.action)),
            e(Self.dueStanding(l)),
          ]
        })
  }

  private var markdownTrend: [String] {
    let period = trend.period == .week ? "Week ending" : "Month"
    let rows = trend.points.map { p in
      [p.label]
        + [p.rag.red, p.rag.amber, p.rag.green, p.rag.blue, p.rag.unrated, p.open, p.notYetDue]
        .map(String.init)
    }
    return [
      "RAG mix and open actions at the end of each \(trend.period.rawValue) (the last row "
        + "is the as-of point). *Not yet past due* is how many actions would still be open if "
        + "every action met its due date as it stood then.",
      "",
    ]
      + MarkdownText.table(
        [period, "Red", "Amber", "Green", "Blue", "Unrated", "Open", "Not yet past due"], rows,
        align: [.left] + Array(repeating: .right, count: 7))
  }

  /// The changes section's contents, a row at a time (the window may be the whole log).
  private func writeMarkdownChanges(to stream: inout ReportStream) throws(LedgerError) {
    let e = MarkdownText.escape
    if let note = window.note { stream.lines([e(note), ""]) }
    guard changeCount > 0 else {
      stream.line("No events were recorded in this period.")
      return
    }
    stream.lines(MarkdownText.table(["Date", "Who", "What changed", "Why", "Event"], []))
    try forEachChange { c in
      var date = "\(c.happened)"
      if c.isBackRecorded { date += " (recorded \(c.recorded.date), after the fact)" }
      var what = [e(c.what)] + c.fieldTexts.map(e)
      if let r = c.retracted { what.append("**Retracted** by event \(r.seq): " + e(r.reason)) }
      stream.line(
        MarkdownText.row([
          date, e(ReportText.actor(c.actor)), what.joined(separator: "<br>"), e(c.why ?? ""),
          "\(c.seq)",
        ]))
    }
  }

  private var markdownMoved: [String] {
    guard !moved.isEmpty else { return ["No due date has been moved."] }
    let e = MarkdownText.escape
    var rows: [[String]] = []
    for l in moved {
      let changes = l.action.dueChanges
      for (i, c) in changes.enumerated() {
        rows.append([
          mdActionCell(l) + (i == 0 ? "<br>moved \(ReportText.times(changes.count))" : ""),
          "\(i + 1) of \(changes.count)", "\(c.date)", e(ReportText.actor(c.actor)),
          "\(c.from) → \(c.to)", e(c.reason),
        ])
      }
    }
    return MarkdownText.table(["Action", "Move", "Date", "Who", "Due: from → to", "Why"], rows)
  }

  private var markdownAwaiting: [String] {
    guard !awaitingSignOff.isEmpty else { return ["No completed action is awaiting sign-off."] }
    return MarkdownText.table(
      ["Action", "Owner", "Completed", "Latest update"],
      awaitingSignOff.map { l in
        [
          mdActionCell(l), MarkdownText.escape(l.action.owner),
          l.action.completedOn.map { "\($0)" } ?? "", mdUpdateCell(l.action.latestUpdate),
        ]
      })
  }

  private var markdownPlan: [String] {
    let e = MarkdownText.escape
    var out: [String] = []
    for s in sources {
      out += ["### " + e(s.source.details.title) + " (\(e(s.source.id)))", ""]
      out.append(e(ReportText.sourceLine(s.source)))
      if let url = s.source.details.url { out.append("<" + e(url) + ">") }
      out.append("")
      if s.recommendations.isEmpty { out += ["No \(itemsWord) recorded.", ""] }
      for r in s.recommendations { out += mdRecommendation(r) }
    }
    if out.last == "" { out.removeLast() }
    return out.isEmpty ? ["No sources recorded."] : out
  }

  /// A recommendation (or aim): its heading, its text quoted, its actions, a blank line.
  func mdRecommendation(_ r: RecommendationSection) -> [String] {
    let e = MarkdownText.escape
    let rec = r.recommendation
    var out = ["#### " + e(rec.id) + " (" + e(ReportText.recommendationFlags(rec)) + ")", ""]
    out += ["> " + MarkdownText.escapeLine(rec.text), ""]
    if r.actions.isEmpty { return out + ["No actions yet.", ""] }
    return out + mdActionTable(r.actions) + [""]
  }

  /// The plan's table of actions: owner, due, status, RAG, the work and any impact.
  func mdActionTable(_ actions: [ActionLine]) -> [String] {
    let e = MarkdownText.escape
    let impact = hasImpact
    return MarkdownText.table(
      ["Action", "Owner", "Due", "Status", "RAG", "What have we done so far"]
        + (impact ? ["Impact"] : []),
      actions.map { l in
        [
          mdActionCell(l), e(l.action.owner),
          "\(l.action.due)" + (l.isOverdue ? "<br>**overdue**" : "")
            + (l.action.dueChanges.isEmpty
              ? "" : "<br>moved \(ReportText.times(l.action.dueChanges.count))"),
          ReportText.status(l.action) + mdSignedOff(l.action), ReportText.rag(l.action.rag),
          mdUpdateCell(l.work),
        ] + (impact ? [mdImpactCell(l.impact)] : [])
      })
  }

  /// `**A1.1** Develop a new format…`.
  func mdActionCell(_ l: ActionLine) -> String {
    "**" + MarkdownText.escape(l.action.id) + "** " + MarkdownText.escape(l.action.title)
  }

  /// ` 2022-02-08`: when a signed-off action was signed off.
  private func mdSignedOff(_ a: Action) -> String {
    guard a.status == .signedOff, let d = a.signedOffOn else { return "" }
    return " \(d)"
  }

  /// The impact note, dated; `Not yet recorded` without one.
  private func mdImpactCell(_ u: Update?) -> String {
    guard let u else { return "Not yet recorded" }
    return "\(u.date): " + MarkdownText.escape(u.note)
  }

  /// `2022-01-10: New care plan format live on LCS — Daniel Reyes`.
  private func mdUpdateCell(_ u: Update?) -> String {
    guard let u else { return "None yet" }
    var s = "\(u.date): " + MarkdownText.escape(u.note)
    if let link = u.link { s += " (" + MarkdownText.escape(link) + ")" }
    return s + " — " + MarkdownText.escape(u.actor.name)
  }
}
