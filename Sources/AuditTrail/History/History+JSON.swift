import LedgerCore

extension History {
  /// The trail as JSON: an array of entries (see `json(_:)` on one entry for the keys).
  public static func json(_ entries: [HistoryEntry]) -> JSONValue {
    .array(entries.map(json))
  }

  /// One entry as a JSON object. Keys, in this order (a contract other tools rely on):
  /// `seq`, `type`, `recorded` (RFC 3339), `effective` (`YYYY-MM-DD` or null), `actor`
  /// (`name`, `role`), `subject` (or null), `what`, `why` (or null), `retracted` (null or
  /// `by`, `actor`, `reason`), `retracts` (a `seq` or null), `back_recorded` (bool); then,
  /// only for an event whose members were redacted, `redacted` (an array of `by`, `actor`,
  /// `recorded`, `members`, `reason`), and only for a `payload.redacted`, `redacts` (a `seq`).
  public static func json(_ e: HistoryEntry) -> JSONValue {
    let retracted: JSONValue =
      e.retracted.map {
        JSONValue.members([
          ("by", JSONValue.int($0.seq)), ("actor", JSONValue.actor($0.actor)),
          ("reason", .string($0.reason)),
        ])
      } ?? .null
    var members: [(String, JSONValue)] = [
      ("seq", JSONValue.int(e.seq)), ("type", .string(e.type.rawValue)),
      ("recorded", .string(e.recorded.rfc3339)), ("effective", JSONValue.date(e.effective)),
      ("actor", JSONValue.actor(e.actor)), ("subject", JSONValue.orNull(e.subject)),
      ("what", .string(e.what)), ("why", JSONValue.orNull(e.why)), ("retracted", retracted),
      ("retracts", JSONValue.int(e.retracts)), ("back_recorded", .bool(e.isBackRecorded)),
    ]
    if !e.redactions.isEmpty {
      members.append(
        (
          "redacted",
          .array(
            e.redactions.map {
              JSONValue.members([
                ("by", JSONValue.int($0.seq)), ("actor", JSONValue.actor($0.actor)),
                ("recorded", .string($0.recorded.rfc3339)),
                ("members", .array($0.details.members.map { .string($0) })),
                ("reason", .string($0.details.reason)),
              ])
            })
        ))
    }
    if let target = e.redacts { members.append(("redacts", JSONValue.int(target))) }
    return JSONValue.members(members)
  }
}
