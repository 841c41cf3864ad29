import LedgerCore

/// JSON forms of the core's values, shared by this module's renderers.
enum J {
  static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
  static func date(_ d: CivilDate?) -> JSONValue { d.map { .string($0.description) } ?? .null }
  static func int(_ i: Int) -> JSONValue { .number(JSONNumber(i)) }
  static func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
  static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) }))
  }
  static func actor(_ a: Actor) -> JSONValue {
    object([("name", .string(a.name)), ("role", .string(a.role))])
  }
  static func head(_ h: Head?) -> JSONValue {
    h.map { object([("seq", int($0.seq)), ("hash", .string($0.hash))]) } ?? .null
  }
  static func update(_ u: Update?) -> JSONValue {
    guard let u else { return .null }
    return object([
      ("seq", int(u.seq)), ("type", .string(u.type.rawValue)), ("date", date(u.date)),
      ("actor", actor(u.actor)), ("note", .string(u.note)), ("link", string(u.link)),
    ])
  }
  static func source(_ s: Source) -> JSONValue {
    let d = s.details
    return object([
      ("id", .string(d.id)), ("type", .string(d.sourceType.rawValue)), ("title", .string(d.title)),
      ("date", date(d.date)), ("end_date", date(d.endDate)), ("published", date(d.published)),
      ("grade", string(d.grade?.rawValue)), ("url", string(d.url)),
    ])
  }
  static func recommendation(_ r: Recommendation) -> JSONValue {
    object([
      ("id", .string(r.id)), ("source", .string(r.source)), ("text", .string(r.text)),
      ("status", .string(r.status.rawValue)), ("priority", .bool(r.priority)),
      ("theme", string(r.theme)), ("framework", string(r.framework)),
      ("actions", strings(r.actions)),
    ])
  }
  static func action(_ a: Action, overdue: Bool) -> JSONValue {
    object([
      ("id", .string(a.id)), ("title", .string(a.title)), ("owner", .string(a.owner)),
      ("due", date(a.due)), ("status", .string(a.status.rawValue)),
      ("rag", string(a.rag?.rawValue)),
      ("overdue", .bool(overdue)), ("recommendations", strings(a.recommendations)),
      ("rag_note", string(a.ragNote)), ("latest_update", update(a.latestUpdate)),
      (
        "due_changes",
        .array(
          a.dueChanges.map {
            object([
              ("seq", int($0.seq)), ("date", date($0.date)), ("actor", actor($0.actor)),
              ("from", date($0.from)), ("to", date($0.to)), ("reason", .string($0.reason)),
            ])
          })
      ),
      ("deferred_until", date(a.deferredUntil)), ("completed", date(a.completedOn)),
      ("signed_off", date(a.signedOffOn)),
    ])
  }
}
