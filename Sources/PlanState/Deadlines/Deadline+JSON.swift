import LedgerCore

extension Deadline {
  /// `{"source", "what", "due", "status", "sent"}`: the source's ID, what is due (e.g.
  /// "action plan to Ofsted"), the due date, `due` / `met` / `overdue`, and the date sent or
  /// `null`.
  public var json: JSONValue {
    JSONValue.members([
      ("source", .string(source)), ("what", .string(kind.rawValue)),
      ("due", JSONValue.date(due)), ("status", .string(status.rawValue)),
      ("sent", JSONValue.date(sent)),
    ])
  }
}
