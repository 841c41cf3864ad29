/// A JSON object: members in source (or insertion) order, keys unique.
///
/// The parser guarantees unique keys; `append` checks them. Objects are small, so lookups
/// scan the members. Keys compare by their exact UTF-8 bytes. Two objects are equal when they
/// have the same keys with equal values, in any order (JSON objects are unordered), which is
/// also when `JSONWriter.canonical` writes them the same.
public struct JSONObject: Sendable {
  /// The members, in source order.
  public var members: [JSONMember]

  /// An object with these members, which must have unique keys.
  public init(_ members: [JSONMember] = []) {
    self.members = members
  }

  /// The value of the member with this key, or `nil` if there is none.
  public subscript(key: String) -> JSONValue? {
    for member in members where utf8Equal(member.key, key) {
      return member.value
    }
    return nil
  }

  /// The keys, in member order.
  public var keys: [String] {
    members.map(\.key)
  }

  /// The number of members.
  public var count: Int {
    members.count
  }

  /// Whether the object has no members.
  public var isEmpty: Bool {
    members.isEmpty
  }

  /// Whether a member has this key.
  public func contains(_ key: String) -> Bool {
    members.contains { utf8Equal($0.key, key) }
  }

  /// Adds a member at the end. The key must not be present already.
  public mutating func append(_ key: String, _ value: JSONValue) {
    precondition(!contains(key), "duplicate key \"\(key)\" in JSONObject.append")
    members.append(JSONMember(key: key, value: value))
  }
}

extension JSONObject: Hashable {
  /// Same keys with equal values, in any order.
  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    guard lhs.members.count == rhs.members.count else { return false }
    for (index, member) in lhs.members.enumerated() {
      // Fast path: same position holds the same key.
      let other: JSONValue?
      if utf8Equal(rhs.members[index].key, member.key) {
        other = rhs.members[index].value
      } else {
        other = rhs[member.key]
      }
      guard let other, other == member.value else { return false }
    }
    return true
  }

  /// Hashes consistently with `==` (independent of member order).
  public func hash(into hasher: inout Hasher) {
    var sum = 0
    for member in members {
      var h = Hasher()
      h.combine(member)
      sum &+= h.finalize()
    }
    hasher.combine(members.count)
    hasher.combine(sum)
  }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
  /// An object with the members in the order written; keys must be unique.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self.init()
    for (key, value) in elements {
      append(key, value)
    }
  }
}
