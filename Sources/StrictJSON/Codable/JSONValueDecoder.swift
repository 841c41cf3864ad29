/// Turns a `JSONValue` made by `JSONValueEncoder` back into a `Decodable` value, with no
/// Foundation.
///
/// A missing member, a value of the wrong kind or a number out of range is a `DecodingError`.
/// Members the type does not know are ignored.
public struct JSONValueDecoder: Sendable {
  /// Creates a decoder.
  public init() {}

  /// The `T` that `value` holds.
  public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
    try T(from: TreeDecoder(value: value, codingPath: []))
  }
}

/// Reading primitives out of JSON values, with errors that say where.
enum Read {
  static func mismatch(_ type: Any.Type, _ path: [any CodingKey], _ value: JSONValue)
    -> DecodingError
  {
    .typeMismatch(type, .init(codingPath: path, debugDescription: "found \(value)"))
  }

  static func bool(_ value: JSONValue, _ path: [any CodingKey]) throws -> Bool {
    guard let b = value.boolValue else { throw mismatch(Bool.self, path, value) }
    return b
  }

  static func string(_ value: JSONValue, _ path: [any CodingKey]) throws -> String {
    guard let s = value.stringValue else { throw mismatch(String.self, path, value) }
    return s
  }

  static func integer<I: FixedWidthInteger>(_ value: JSONValue, _ path: [any CodingKey]) throws
    -> I
  {
    guard let lexeme = value.numberValue?.lexeme, let n = I(lexeme) else {
      throw mismatch(I.self, path, value)
    }
    return n
  }

  static func float<F: LosslessStringConvertible>(_ value: JSONValue, _ path: [any CodingKey])
    throws -> F
  {
    guard let lexeme = value.numberValue?.lexeme, let n = F(lexeme) else {
      throw mismatch(F.self, path, value)
    }
    return n
  }
}

struct TreeDecoder: Decoder {
  let value: JSONValue
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard let object = value.objectValue else {
      throw Read.mismatch(JSONObject.self, codingPath, value)
    }
    return KeyedDecodingContainer(KeyedTreeDecoder<Key>(object: object, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard let elements = value.arrayValue else {
      throw Read.mismatch([JSONValue].self, codingPath, value)
    }
    return UnkeyedTreeDecoder(elements: elements, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleTreeDecoder(value: value, codingPath: codingPath)
  }
}

struct KeyedTreeDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let members: [String: JSONValue]
  let order: [String]
  let codingPath: [any CodingKey]

  init(object: JSONObject, codingPath: [any CodingKey]) {
    var members: [String: JSONValue] = [:]
    members.reserveCapacity(object.members.count)
    for member in object.members { members[member.key] = member.value }
    self.members = members
    self.order = object.members.map(\.key)
    self.codingPath = codingPath
  }

  var allKeys: [Key] { order.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

  private func value(_ key: Key) throws -> JSONValue {
    guard let value = members[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: codingPath, debugDescription: "no member \"\(key.stringValue)\""))
    }
    return value
  }

  func decodeNil(forKey key: Key) throws -> Bool { try value(key).isNull }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try Read.bool(value(key), codingPath + [key])
  }
  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try Read.string(value(key), codingPath + [key])
  }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try Read.float(value(key), codingPath + [key])
  }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    try Read.float(value(key), codingPath + [key])
  }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try int(key) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try int(key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try int(key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try int(key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try int(key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try int(key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try int(key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try int(key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try int(key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try int(key) }

  private func int<I: FixedWidthInteger>(_ key: Key) throws -> I {
    try Read.integer(value(key), codingPath + [key])
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try T(from: TreeDecoder(value: value(key), codingPath: codingPath + [key]))
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
    throws -> KeyedDecodingContainer<NestedKey>
  {
    try TreeDecoder(value: value(key), codingPath: codingPath + [key]).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try TreeDecoder(value: value(key), codingPath: codingPath + [key]).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    TreeDecoder(value: members["super"] ?? .null, codingPath: codingPath)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    TreeDecoder(value: try value(key), codingPath: codingPath + [key])
  }
}

struct UnkeyedTreeDecoder: UnkeyedDecodingContainer {
  let elements: [JSONValue]
  let codingPath: [any CodingKey]
  var currentIndex = 0
  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  init(elements: [JSONValue], codingPath: [any CodingKey]) {
    self.elements = elements
    self.codingPath = codingPath
  }

  private mutating func next() throws -> JSONValue {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        JSONValue.self,
        .init(codingPath: codingPath, debugDescription: "the array has only \(elements.count)"))
    }
    defer { currentIndex += 1 }
    return elements[currentIndex]
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, elements[currentIndex].isNull else { return false }
    currentIndex += 1
    return true
  }
  mutating func decode(_ type: Bool.Type) throws -> Bool { try Read.bool(next(), codingPath) }
  mutating func decode(_ type: String.Type) throws -> String {
    try Read.string(next(), codingPath)
  }
  mutating func decode(_ type: Double.Type) throws -> Double {
    try Read.float(next(), codingPath)
  }
  mutating func decode(_ type: Float.Type) throws -> Float { try Read.float(next(), codingPath) }
  mutating func decode(_ type: Int.Type) throws -> Int { try Read.integer(next(), codingPath) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try Read.integer(next(), codingPath) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 {
    try Read.integer(next(), codingPath)
  }
  mutating func decode(_ type: Int32.Type) throws -> Int32 {
    try Read.integer(next(), codingPath)
  }
  mutating func decode(_ type: Int64.Type) throws -> Int64 {
    try Read.integer(next(), codingPath)
  }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try Read.integer(next(), codingPath) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
    try Read.integer(next(), codingPath)
  }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
    try Read.integer(next(), codingPath)
  }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
    try Read.integer(next(), codingPath)
  }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
    try Read.integer(next(), codingPath)
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try T(from: TreeDecoder(value: next(), codingPath: codingPath))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try TreeDecoder(value: next(), codingPath: codingPath).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try TreeDecoder(value: next(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder {
    TreeDecoder(value: try next(), codingPath: codingPath)
  }
}

struct SingleTreeDecoder: SingleValueDecodingContainer {
  let value: JSONValue
  let codingPath: [any CodingKey]

  func decodeNil() -> Bool { value.isNull }
  func decode(_ type: Bool.Type) throws -> Bool { try Read.bool(value, codingPath) }
  func decode(_ type: String.Type) throws -> String { try Read.string(value, codingPath) }
  func decode(_ type: Double.Type) throws -> Double { try Read.float(value, codingPath) }
  func decode(_ type: Float.Type) throws -> Float { try Read.float(value, codingPath) }
  func decode(_ type: Int.Type) throws -> Int { try Read.integer(value, codingPath) }
  func decode(_ type: Int8.Type) throws -> Int8 { try Read.integer(value, codingPath) }
  func decode(_ type: Int16.Type) throws -> Int16 { try Read.integer(value, codingPath) }
  func decode(_ type: Int32.Type) throws -> Int32 { try Read.integer(value, codingPath) }
  func decode(_ type: Int64.Type) throws -> Int64 { try Read.integer(value, codingPath) }
  func decode(_ type: UInt.Type) throws -> UInt { try Read.integer(value, codingPath) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try Read.integer(value, codingPath) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try Read.integer(value, codingPath) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try Read.integer(value, codingPath) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try Read.integer(value, codingPath) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try T(from: TreeDecoder(value: value, codingPath: codingPath))
  }
}
