import LedgerCore

/// JSON forms of the core's values, shared by this module's renderers.
enum JSONParts {
  static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
  static func date(_ d: CivilDate?) -> JSONValue { d.map { .string($0.description) } ?? .null }
  static func int(_ i: Int) -> JSONValue { .number(JSONNumber(i)) }
  static func int(_ i: Int?) -> JSONValue { i.map { int($0) } ?? .null }
  static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) }))
  }
  static func actor(_ a: Actor) -> JSONValue {
    object([("name", .string(a.name)), ("role", .string(a.role))])
  }

  /// `{"seq", "hash"}` for the point after `seq` events (hash null before the first event).
  static func point(seq: Int, hash: String?) -> JSONValue {
    object([("seq", int(seq)), ("hash", string(hash))])
  }
}
