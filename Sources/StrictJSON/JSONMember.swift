/// One member of a JSON object: a key and its value.
public struct JSONMember: Sendable {
  /// The key, unescaped.
  public var key: String
  /// The value.
  public var value: JSONValue

  /// A member with this key and value.
  public init(key: String, value: JSONValue) {
    self.key = key
    self.value = value
  }
}

extension JSONMember: Hashable {
  /// Keys compare by their UTF-8 bytes, values exactly (see `JSONValue`).
  public static func == (lhs: JSONMember, rhs: JSONMember) -> Bool {
    utf8Equal(lhs.key, rhs.key) && lhs.value == rhs.value
  }

  /// Hashes consistently with `==`.
  public func hash(into hasher: inout Hasher) {
    combineUTF8(key, into: &hasher)
    hasher.combine(value)
  }
}
