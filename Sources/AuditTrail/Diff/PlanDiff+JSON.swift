import LedgerCore

extension PlanDiff {
  /// The diff as JSON (a contract other tools rely on), keys in this order:
  ///
  /// - `since`, `until`: RFC 3339 or null;
  /// - `from`, `to`: `{"seq": n, "hash": h}` (hash null at seq 0): the window is events
  ///   `from.seq + 1 … to.seq`;
  /// - `changes`: `[{"id", "kind", "field", "change" (added|removed|changed), "before",
  ///   "after", "events": [{"seq", "recorded", "effective", "actor": {"name", "role"}, "why",
  ///   "type"}]}]`, `before`/`after` being a string, bool, array of strings or null;
  /// - `meetings`: `[{"seq", "date", "recorded", "note"}]`;
  /// - `steps`: every event in the window that changed something:
  ///   `[{"seq", "recorded", "effective", "actor", "why", "type", "changes": [{"id", "kind",
  ///   "field", "change", "before", "after"}]}]`.
  public var json: JSONValue {
    JSONValue.members([
      ("since", JSONValue.orNull(since?.rfc3339)), ("until", JSONValue.orNull(until?.rfc3339)),
      ("from", JSONParts.point(seq: from, hash: fromHead?.hash)),
      ("to", JSONParts.point(seq: to, hash: toHead?.hash)),
      (
        "changes",
        .array(
          changes.map { net in
            JSONValue.members(
              Self.members(net.change) + [("events", .array(net.events.map(Self.event)))])
          })
      ),
      (
        "meetings",
        .array(
          meetings.map {
            JSONValue.members([
              ("seq", JSONValue.int($0.seq)), ("date", JSONValue.date($0.date)),
              ("recorded", .string($0.recorded.rfc3339)), ("note", JSONValue.orNull($0.note)),
            ])
          })
      ),
      (
        "steps",
        .array(
          steps.map { step in
            JSONValue.members(
              Self.eventMembers(step.event)
                + [("changes", .array(step.changes.map { JSONValue.members(Self.members($0)) }))])
          })
      ),
    ])
  }

  static func members(_ c: FieldChange) -> [(String, JSONValue)] {
    [
      ("id", .string(c.id)), ("kind", .string(c.kind.rawValue)), ("field", .string(c.field)),
      ("change", .string(c.change.rawValue)), ("before", c.before.json), ("after", c.after.json),
    ]
  }

  static func event(_ e: Event) -> JSONValue { JSONValue.members(eventMembers(e)) }

  static func eventMembers(_ e: Event) -> [(String, JSONValue)] {
    [
      ("seq", JSONValue.int(e.seq)), ("recorded", .string(e.recorded.rfc3339)),
      ("effective", JSONValue.date(e.effective)), ("actor", JSONValue.actor(e.actor)),
      ("why", JSONValue.orNull(e.body.why)), ("type", .string(e.type.rawValue)),
    ]
  }
}
