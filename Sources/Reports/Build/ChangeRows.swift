import AuditTrail
import LedgerCore

/// The rows of the "changes since" section.
enum ChangeRows {
  /// The fields `changes` (one step of the diff, taken as the walk folds an event of the
  /// window) show in the event's row: what was changed, before → after. Added and removed
  /// items are described by `what`, and a new latest update is the event's own note, shown as
  /// `why`.
  static func fields(_ changes: EventChanges) -> [FieldLine] {
    changes.changes.compactMap { c -> FieldLine? in
      guard c.change == .changed, c.field != "latest_update" else { return nil }
      return FieldLine(
        id: c.id, label: ReportText.fieldLabel(c.field),
        before: ReportText.fieldValue(c.field, c.before),
        after: ReportText.fieldValue(c.field, c.after))
    }
  }

  /// The row of the event whose history entry (what, why, whether retracted) is `e`, with
  /// `fields`, the fields it changed when it was recorded.
  static func row(_ e: HistoryEntry, fields: [FieldLine]) -> ChangeRow {
    ChangeRow(
      seq: e.seq, happened: e.effective ?? e.recorded.date, recorded: e.recorded,
      isBackRecorded: e.isBackRecorded, actor: e.actor, subject: e.subject, what: e.what,
      fields: fields, why: e.why, retracted: e.retracted)
  }
}
