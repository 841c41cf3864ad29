import LedgerCore

extension StatusReport {
  /// The plan for a terminal: findings by source, their actions, RAG counts. Each line is
  /// made visible (`VisibleText.line`), so user text can neither drive the terminal nor start
  /// a line of its own.
  public var text: String {
    var out: [String] = []
    out.append("\(title) — \(authority)")
    let headText = head.map { "head \($0.seq):\($0.hash.prefix(16))…" } ?? "no events"
    out.append("As of \(asOf.rfc3339) (\(headText))")
    let overdueCount = overdue.count
    out.append(
      "RAG: \(rag.red) red, \(rag.amber) amber, \(rag.green) green, \(rag.blue) blue, "
        + "\(rag.unrated) unrated — \(rag.total) action\(rag.total == 1 ? "" : "s"), "
        + "\(overdueCount) overdue")
    for row in priorities {
      let p = row.priority
      out.append("")
      out.append("Priority \(p.id): \(p.title)")
      if let outcome = p.outcome { out.append("  outcome: \(outcome)") }
      if !row.recommendations.isEmpty {
        out.append("  findings: " + row.recommendations.joined(separator: ", "))
      }
      for m in row.measures { out.append("  measure " + m.line) }
      if row.actions.isEmpty { out.append("  (no actions yet)") }
      for a in row.actions { out.append("      " + Self.line(a)) }
    }
    for row in sources {
      let d = row.source.details
      var line = "\(d.sourceType.displayName): \(d.title) [\(d.id)] — \(d.date)"
      if let published = d.published { line += ", published \(published)" }
      if let grade = d.grade { line += ", \(grade.displayName)" }
      out.append("")
      out.append(line)
      if row.recommendations.isEmpty { out.append("  (no recommendations recorded)") }
      for rec in row.recommendations {
        let r = rec.recommendation
        let flags = [r.status == .closed ? "CLOSED" : nil, r.priority ? "PRIORITY" : nil]
          .compactMap { $0 }
        out.append(
          "  \(r.id)\(flags.isEmpty ? "" : " [" + flags.joined(separator: ", ") + "]") \(r.text)")
        if rec.actions.isEmpty { out.append("      (no actions yet)") }
        for a in rec.actions {
          out.append("      " + Self.line(a))
        }
      }
    }
    return out.map(VisibleText.line).joined(separator: "\n")
  }

  /// One action on one line: ID, RAG, status, due, owner, title.
  static func line(_ row: ActionRow) -> String {
    let a = row.action
    let rag = (a.rag?.rawValue ?? "unrated").padded(to: 7)
    let status = a.status.rawValue.padded(to: 10)
    var s = "\(a.id.padded(to: 7)) \(rag) \(status) due \(a.due)"
    s += row.overdue ? " OVERDUE" : ""
    s += "  \(a.title) — \(a.owner)"
    return s
  }
}
