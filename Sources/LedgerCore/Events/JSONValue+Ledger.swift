/// JSON building blocks for the readers' `--json` output, so every reader writes the core's
/// values the same way.
extension JSONValue {
  /// A string, or `null` for nil.
  public static func orNull(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

  /// A date as `YYYY-MM-DD`, or `null` for nil.
  public static func date(_ date: CivilDate?) -> JSONValue {
    date.map { .string($0.description) } ?? .null
  }

  /// An integer.
  public static func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }

  /// An integer, or `null` for nil.
  public static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

  /// An array of strings.
  public static func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }

  /// An object with these members, in this order.
  public static func members(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) }))
  }

  /// `{"name": …, "role": …}`.
  public static func actor(_ actor: Actor) -> JSONValue {
    .members([("name", .string(actor.name)), ("role", .string(actor.role))])
  }
}
