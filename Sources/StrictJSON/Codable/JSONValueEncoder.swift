/// Turns any `Encodable` value into a `JSONValue`, with no Foundation.
///
/// Objects keep the order in which members were encoded; integers are written exactly,
/// floating-point numbers in Swift's shortest round-trip form (non-finite ones are refused),
/// `nil` as `null`. Pair it with `JSONValueDecoder`; `JSONWriter` makes the bytes.
public struct JSONValueEncoder: Sendable {
  /// Creates an encoder.
  public init() {}

  /// The JSON value of `value`.
  public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    let node = EncodingNode()
    try value.encode(to: TreeEncoder(node: node, codingPath: []))
    return node.resolved()
  }
}

/// One value being built: a leaf, or an object or array whose children are still being filled.
final class EncodingNode {
  var leaf: JSONValue = .null
  var members: [(String, EncodingNode)]?
  var elements: [EncodingNode]?

  func resolved() -> JSONValue {
    if let members {
      return .object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1.resolved()) }))
    }
    if let elements { return .array(elements.map { $0.resolved() }) }
    return leaf
  }

  func child(_ key: String) -> EncodingNode {
    let node = EncodingNode()
    if members == nil { members = [] }
    members!.append((key, node))
    return node
  }

  func element() -> EncodingNode {
    let node = EncodingNode()
    if elements == nil { elements = [] }
    elements!.append(node)
    return node
  }
}

/// The primitive values as JSON.
enum Primitive {
  static func number<I: BinaryInteger>(_ value: I) -> JSONValue {
    .number(JSONNumber(lexeme: String(value))!)
  }

  static func number<F: BinaryFloatingPoint & LosslessStringConvertible>(
    _ value: F, _ path: [any CodingKey]
  ) throws -> JSONValue {
    guard value.isFinite, let number = JSONNumber(lexeme: value.description) else {
      throw EncodingError.invalidValue(
        value, .init(codingPath: path, debugDescription: "JSON has no \(value)"))
    }
    return .number(number)
  }
}

struct TreeEncoder: Encoder {
  let node: EncodingNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if node.members == nil { node.members = [] }
    return KeyedEncodingContainer(KeyedTreeEncoder<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if node.elements == nil { node.elements = [] }
    return UnkeyedTreeEncoder(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleTreeEncoder(node: node, codingPath: codingPath)
  }
}

struct KeyedTreeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: EncodingNode
  let codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).leaf = .null }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    node.child(key.stringValue).leaf = .bool(value)
  }
  mutating func encode(_ value: String, forKey key: Key) throws {
    node.child(key.stringValue).leaf = .string(value)
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    node.child(key.stringValue).leaf = try Primitive.number(value, codingPath + [key])
  }
  mutating func encode(_ value: Float, forKey key: Key) throws {
    node.child(key.stringValue).leaf = try Primitive.number(value, codingPath + [key])
  }
  mutating func encode(_ value: Int, forKey key: Key) throws { put(value, key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { put(value, key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { put(value, key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { put(value, key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { put(value, key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { put(value, key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { put(value, key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { put(value, key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { put(value, key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { put(value, key) }

  private func put<I: BinaryInteger>(_ value: I, _ key: Key) {
    node.child(key.stringValue).leaf = Primitive.number(value)
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try value.encode(
      to: TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).container(
      keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
      .unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    TreeEncoder(node: node.child("super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
  }
}

struct UnkeyedTreeEncoder: UnkeyedEncodingContainer {
  let node: EncodingNode
  let codingPath: [any CodingKey]
  var count: Int { node.elements?.count ?? 0 }

  mutating func encodeNil() throws { node.element().leaf = .null }
  mutating func encode(_ value: Bool) throws { node.element().leaf = .bool(value) }
  mutating func encode(_ value: String) throws { node.element().leaf = .string(value) }
  mutating func encode(_ value: Double) throws {
    node.element().leaf = try Primitive.number(value, codingPath)
  }
  mutating func encode(_ value: Float) throws {
    node.element().leaf = try Primitive.number(value, codingPath)
  }
  mutating func encode(_ value: Int) throws { node.element().leaf = Primitive.number(value) }
  mutating func encode(_ value: Int8) throws { node.element().leaf = Primitive.number(value) }
  mutating func encode(_ value: Int16) throws { node.element().leaf = Primitive.number(value) }
  mutating func encode(_ value: Int32) throws { node.element().leaf = Primitive.number(value) }
  mutating func encode(_ value: Int64) throws { node.element().leaf = Primitive.number(value) }
  mutating func encode(_ value: UInt) throws { node.element().leaf = Primitive.number(value) }
  mutating func encode(_ value: UInt8) throws { node.element().leaf = Primitive.number(value) }
  mutating func encode(_ value: UInt16) throws { node.element().leaf = Primitive.number(value) }
  mutating func encode(_ value: UInt32) throws { node.element().leaf = Primitive.number(value) }
  mutating func encode(_ value: UInt64) throws { node.element().leaf = Primitive.number(value) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: TreeEncoder(node: node.element(), codingPath: codingPath))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    TreeEncoder(node: node.element(), codingPath: codingPath).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    TreeEncoder(node: node.element(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    TreeEncoder(node: node.element(), codingPath: codingPath)
  }
}

struct SingleTreeEncoder: SingleValueEncodingContainer {
  let node: EncodingNode
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.leaf = .null }
  mutating func encode(_ value: Bool) throws { node.leaf = .bool(value) }
  mutating func encode(_ value: String) throws { node.leaf = .string(value) }
  mutating func encode(_ value: Double) throws {
    node.leaf = try Primitive.number(value, codingPath)
  }
  mutating func encode(_ value: Float) throws {
    node.leaf = try Primitive.number(value, codingPath)
  }
  mutating func encode(_ value: Int) throws { node.leaf = Primitive.number(value) }
  mutating func encode(_ value: Int8) throws { node.leaf = Primitive.number(value) }
  mutating func encode(_ value: Int16) throws { node.leaf = Primitive.number(value) }
  mutating func encode(_ value: Int32) throws { node.leaf = Primitive.number(value) }
  mutating func encode(_ value: Int64) throws { node.leaf = Primitive.number(value) }
  mutating func encode(_ value: UInt) throws { node.leaf = Primitive.number(value) }
  mutating func encode(_ value: UInt8) throws { node.leaf = Primitive.number(value) }
  mutating func encode(_ value: UInt16) throws { node.leaf = Primitive.number(value) }
  mutating func encode(_ value: UInt32) throws { node.leaf = Primitive.number(value) }
  mutating func encode(_ value: UInt64) throws { node.leaf = Primitive.number(value) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: TreeEncoder(node: node, codingPath: codingPath))
  }
}
