import AuditTrail
import LedgerCore

/// The rows of the "changes since" section.
enum ChangeRows {
  /// One row per event in the window, oldest first: its history entry (what, why, whether
  /// retracted) with the fields it changed when it was recorded, from the diff's steps taken
  /// one at a time (none is kept), and the board meetings recorded in the window.
  static func rows(_ lookup: EntryLookup, window: ReportWindow) -> (
    rows: [ChangeRow], meetings: [BoardMeeting]
  ) {
    var fieldsBySeq: [Int: [FieldLine]] = [:]
    let after = Diff.steps(lookup.log, from: window.from, to: window.to) { step in
      let fields = step.changes.compactMap { c -> FieldLine? in
        // Added and removed items are described by `what`; a new latest update is the
        // event's own note, shown as `why`.
        guard c.change == .changed, c.field != "latest_update" else { return nil }
        return FieldLine(
          id: c.id, label: ReportText.fieldLabel(c.field),
          before: ReportText.fieldValue(c.field, c.before),
          after: ReportText.fieldValue(c.field, c.after))
      }
      if !fields.isEmpty { fieldsBySeq[step.event.seq] = fields }
    }
    let meetings = after.meetings.filter { $0.seq > window.from }
    guard window.to > window.from else { return ([], meetings) }
    let rows = (window.from + 1...window.to).map { seq in
      let e = lookup.entry(seq)
      return ChangeRow(
        seq: e.seq, happened: e.effective ?? e.recorded.date, recorded: e.recorded,
        isBackRecorded: e.isBackRecorded, actor: e.actor, subject: e.subject, what: e.what,
        fields: fieldsBySeq[e.seq] ?? [], why: e.why, retracted: e.retracted)
    }
    return (rows, meetings)
  }
}
