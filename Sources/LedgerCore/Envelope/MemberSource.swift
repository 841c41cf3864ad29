import StrictJSON

/// Where `MemberReader` reads one object's members from: a parsed `JSONObject` (the strict
/// decoder) or a `CanonicalObject` scanned straight from a line's bytes (the fast path).
///
/// The rules about members (which are required, their types, what each must hold) live in
/// `MemberReader` and `EventBody.decode` once; a source only finds members and says what kind
/// of value each holds, answering `nil` when the value is of another kind.
protocol MemberSource {
  /// A handle on one value of the object (or of an array in it).
  associatedtype Value
  /// The items of an array value, in order.
  associatedtype Items: Sequence where Items.Element == Value

  /// How many members the object has.
  var memberCount: Int { get }
  /// The position and value of the member named `key`, if there is one.
  func member(_ key: StaticString) -> (index: Int, value: Value)?
  /// The key of the member at `index` (for messages).
  func key(at index: Int) -> String
  /// The text of a string value.
  func string(_ value: Value) -> String?
  /// A `true` or `false` value.
  func bool(_ value: Value) -> Bool?
  /// A number written as plain decimal digits that fits an `Int`.
  func integer(_ value: Value) -> Int?
  /// The items of an array value.
  func items(_ value: Value) -> Items?
  /// An object value, as a source of its own.
  func object(_ value: Value) -> Self?
}

extension StaticString {
  /// Whether `bytes` are exactly this string's UTF-8 bytes.
  func isSpelled<C: Collection>(by bytes: C) -> Bool where C.Element == UInt8 {
    let mine = UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount)
    return bytes.elementsEqual(mine)
  }
}

extension JSONObject: MemberSource {
  var memberCount: Int { members.count }

  func member(_ key: StaticString) -> (index: Int, value: JSONValue)? {
    for (i, member) in members.enumerated() where key.isSpelled(by: member.key.utf8) {
      return (i, member.value)
    }
    return nil
  }

  func key(at index: Int) -> String { members[index].key }

  func string(_ value: JSONValue) -> String? {
    guard case .string(let s) = value else { return nil }
    return s
  }

  func bool(_ value: JSONValue) -> Bool? {
    guard case .bool(let b) = value else { return nil }
    return b
  }

  func integer(_ value: JSONValue) -> Int? {
    guard case .number(let n) = value, let i = n.int64, let int = Int(exactly: i),
      n.lexeme.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else { return nil }
    return int
  }

  func items(_ value: JSONValue) -> [JSONValue]? {
    guard case .array(let items) = value else { return nil }
    return items
  }

  func object(_ value: JSONValue) -> JSONObject? {
    guard case .object(let o) = value else { return nil }
    return o
  }
}
