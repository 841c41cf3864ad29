import LedgerCore

extension History {
  /// The trail for a terminal, one event per line, e.g.
  ///
  ///     14  2026-03-02 09:15 UTC  Sara Taylor (Principal Social Worker)  rated A1.2 amber — "Caseloads still above 15"
  ///
  /// followed where they apply by `(effective 2026-02-28)` for a back-recorded event and
  /// `[retracted by 16: wrong action]` for a retracted one, `[redacted note by 19]` for one
  /// whose members were redacted (the redaction's own line says who, when and why). `seq` is right-aligned; the time is
  /// the recorded time, UTC. No trailing newline; "No events." when there are none.
  ///
  /// One event is always one line: each line is made visible (`VisibleText.line`), so a line
  /// break in a note shows as `↵` and cannot start a line that reads as another event, and a
  /// control character shows as `\u{1B}` instead of acting on the terminal.
  public static func text(_ entries: [HistoryEntry]) -> String {
    guard !entries.isEmpty else { return "No events." }
    let width = entries.map { String($0.seq).count }.max() ?? 1
    return entries.map { VisibleText.line(line($0, seqWidth: width)) }.joined(separator: "\n")
  }

  /// One entry on one line.
  static func line(_ e: HistoryEntry, seqWidth: Int) -> String {
    var s = "  " + TextParts.leftPadded(String(e.seq), to: seqWidth)
    s += "  " + TextParts.minute(e.recorded)
    s += "  \(e.actor.name) (\(e.actor.role))"
    s += "  " + e.what
    if e.isBackRecorded, let effective = e.effective { s += " (effective \(effective))" }
    if let why = e.why { s += " — " + TextParts.quoted(why) }
    if let r = e.retracted { s += "  [retracted by \(r.seq): \(r.reason)]" }
    if !e.redactions.isEmpty { s += "  [" + redactionMark(e.redactions) + "]" }
    return s
  }

  /// `redacted note by 19; title by 21`.
  static func redactionMark(_ redactions: [RedactionRecord]) -> String {
    "redacted "
      + redactions.map { "\($0.details.members.joined(separator: ", ")) by \($0.seq)" }
      .joined(separator: "; ")
  }
}
