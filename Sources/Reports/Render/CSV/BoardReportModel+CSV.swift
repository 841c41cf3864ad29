import LedgerCore

extension ActionSheet {
  /// The columns of the CSV form, in order.
  public static let csvColumns = [
    "action_id", "action_title", "recommendation_ids", "recommendation_text", "source_id",
    "source_title", "owner", "due", "status", "rag", "overdue", "due_changes",
    "last_update_date", "last_update", "rag_reason", "deferred_until", "completed_date",
    "signed_off_date", "work_date", "work", "priority", "impact",
  ]

  /// The two columns added after `csvColumns` when the plan has priorities: the title and
  /// outcome statement of each priority the action sits under (directly or through a finding),
  /// titles separated by `; `, outcomes one per line. A plan without priorities keeps exactly
  /// `csvColumns`.
  public static let csvPriorityColumns = ["priority_title", "priority_outcome"]

  /// One row per action (in the order added) under a header row. `last_update` is the latest
  /// note of any kind (a sign-off included); `work` is what has been done (the latest progress,
  /// evidence, rating or completion note, never the sign-off); `priority` and `impact` stay
  /// empty until the ledger records them. Written: RFC 4180, CRLF line
  /// endings, UTF-8 with a byte-order mark (see `CSVText.byteOrderMark`).
  ///
  /// An action answering several recommendations lists their IDs separated by `; ` and their
  /// texts one per line (a line break inside the quoted field, as Excel writes one). Free text
  /// that a spreadsheet would take for a formula gets a leading `'` (`CSVText.text`).
  public var csv: String {
    let extra = !priorities.isEmpty
    var out =
      CSVText.byteOrderMark
      + CSVText.record(Self.csvColumns + (extra ? Self.csvPriorityColumns : []))
    var under: [String: [Priority]] = [:]
    for p in priorities {
      let ids =
        p.recommendations.flatMap { $0.actions.map(\.action.id) } + p.actions.map(\.action.id)
      for id in Set(ids) { under[id, default: []].append(p.priority) }
    }
    for l in actions {
      let a = l.action
      let t = CSVText.text
      let ps = under[a.id] ?? []
      let more =
        extra
        ? [
          t(ps.map(\.title).joined(separator: "; ")),
          t(ps.map { $0.outcome ?? "" }.joined(separator: "\n")),
        ] : []
      out += CSVText.record(
        [
          a.id, t(a.title), l.recommendations.map(\.id).joined(separator: "; "),
          t(l.recommendations.map(\.text).joined(separator: "\n")),
          l.sources.map(\.id).joined(separator: "; "),
          t(l.sources.map(\.details.title).joined(separator: "\n")), t(a.owner), "\(a.due)",
          a.status.rawValue, a.rag?.rawValue ?? "unrated", l.isOverdue ? "yes" : "no",
          "\(a.dueChanges.count)", a.latestUpdate.map { "\($0.date)" } ?? "",
          t(a.latestUpdate?.note ?? ""), t(a.ragNote ?? ""), a.deferredUntil.map { "\($0)" } ?? "",
          a.completedOn.map { "\($0)" } ?? "", a.signedOffOn.map { "\($0)" } ?? "",
          a.latestWork.map { "\($0.date)" } ?? "", t(a.latestWork?.note ?? ""),
          l.priorities.joined(separator: "; "), t(l.impact?.note ?? ""),
        ] + more)
    }
    return out
  }
}

extension BoardReportModel {
  /// The CSV form (`ActionSheet.csv`) of this report's actions.
  public var csv: String { actionSheet.csv }

  /// The columns of the CSV form, in order (`ActionSheet.csvColumns`).
  public static var csvColumns: [String] { ActionSheet.csvColumns }

  /// The columns added when the plan has priorities (`ActionSheet.csvPriorityColumns`).
  public static var csvPriorityColumns: [String] { ActionSheet.csvPriorityColumns }
}
