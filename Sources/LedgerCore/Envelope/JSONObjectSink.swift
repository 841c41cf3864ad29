import StrictJSON

/// Collects `data` members into a `JSONObject` (`EventBody.data`).
struct JSONObjectSink: DataSink {
  /// The members so far.
  private(set) var members: [JSONMember] = []

  /// The object, members sorted by key (they arrive sorted; sorting again keeps `data`
  /// canonical whatever order a case lists them in).
  var object: JSONObject {
    JSONObject(members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
  }

  private mutating func add(_ key: StaticString, _ value: JSONValue) {
    members.append(JSONMember(key: "\(key)", value: value))
  }

  mutating func put(_ key: StaticString, string: String) { add(key, .string(string)) }

  mutating func put(_ key: StaticString, bool: Bool) { add(key, .bool(bool)) }

  mutating func put(_ key: StaticString, integer: Int) {
    add(key, .number(JSONNumber(integer)))
  }

  mutating func put(_ key: StaticString, date: CivilDate) {
    add(key, .string(date.description))
  }

  mutating func put(_ key: StaticString, strings: [String]) {
    add(key, .array(strings.map { .string($0) }))
  }

  mutating func put(_ key: StaticString, integers: [Int]) {
    add(key, .array(integers.map { .number(JSONNumber($0)) }))
  }

  mutating func put(_ key: StaticString, object members: (inout JSONObjectSink) -> Void) {
    var inner = JSONObjectSink()
    members(&inner)
    add(key, .object(inner.object))
  }
}
