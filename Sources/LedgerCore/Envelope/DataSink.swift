/// Where `EventBody.writeData(to:)` writes an event's `data` members: a `JSONObjectSink`
/// (for `EventBody.data`) or a `CanonicalBytesMatcher` (which holds the canonical bytes
/// against a line's, for the fast path's proof that `data` is exactly what the writer writes).
///
/// Members arrive in canonical order: keys ascending by their UTF-8 bytes.
protocol DataSink {
  /// A string member.
  mutating func put(_ key: StaticString, string: String)
  /// A `true` or `false` member.
  mutating func put(_ key: StaticString, bool: Bool)
  /// An integer member.
  mutating func put(_ key: StaticString, integer: Int)
  /// A date member, written `YYYY-MM-DD`.
  mutating func put(_ key: StaticString, date: CivilDate)
  /// An array of strings.
  mutating func put(_ key: StaticString, strings: [String])
  /// An array of integers.
  mutating func put(_ key: StaticString, integers: [Int])
  /// An object member whose members `members` writes into this sink.
  mutating func put(_ key: StaticString, object members: (inout Self) -> Void)
}

extension DataSink {
  /// A string member, if there is a value.
  mutating func put(_ key: StaticString, _ value: String?) {
    if let value { put(key, string: value) }
  }

  /// A date member, if there is a value.
  mutating func put(_ key: StaticString, _ value: CivilDate?) {
    if let value { put(key, date: value) }
  }

  /// A numeral member (a string, as entered), if there is a value.
  mutating func put(_ key: StaticString, _ value: Numeral?) {
    if let value { put(key, string: value.text) }
  }

  /// A list of IDs, if there is one.
  mutating func put(_ key: StaticString, ids: [String]?) {
    if let ids { put(key, strings: ids) }
  }
}
