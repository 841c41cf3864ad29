import LedgerCore

extension BoardReportModel {
  /// The columns of the CSV form, in order.
  public static let csvColumns = [
    "action_id", "action_title", "recommendation_ids", "recommendation_text", "source_id",
    "source_title", "owner", "due", "status", "rag", "overdue", "due_changes",
    "last_update_date", "last_update",
  ]

  /// One row per action (in the order added) under a header row: RFC 4180, CRLF line
  /// endings, UTF-8 with a byte-order mark (see `CSVText.byteOrderMark`).
  ///
  /// An action answering several recommendations lists their IDs separated by `; ` and their
  /// texts one per line (a line break inside the quoted field, as Excel writes one). Free text
  /// that a spreadsheet would take for a formula gets a leading `'` (`CSVText.text`).
  public var csv: String {
    var out = CSVText.byteOrderMark + CSVText.record(Self.csvColumns)
    for l in actions {
      let a = l.action
      let t = CSVText.text
      out += CSVText.record([
        a.id, t(a.title), l.recommendations.map(\.id).joined(separator: "; "),
        t(l.recommendations.map(\.text).joined(separator: "\n")),
        l.sources.map(\.id).joined(separator: "; "),
        t(l.sources.map(\.details.title).joined(separator: "\n")), t(a.owner), "\(a.due)",
        a.status.rawValue, a.rag?.rawValue ?? "unrated", l.isOverdue ? "yes" : "no",
        "\(a.dueChanges.count)", a.latestUpdate.map { "\($0.date)" } ?? "",
        t(a.latestUpdate?.note ?? ""),
      ])
    }
    return out
  }
}
