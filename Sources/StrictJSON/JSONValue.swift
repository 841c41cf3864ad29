/// One JSON value, as read by `JSONParser` or built in code.
///
/// Equality and hashing are exact: strings and keys compare by their UTF-8 bytes (no Unicode
/// normalisation), numbers by their lexeme, and objects by their members regardless of order.
/// Two values are equal exactly when `JSONWriter.canonical` writes the same bytes for them.
public enum JSONValue: Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, kept as the exact text it was written with.
  case number(JSONNumber)
  /// A string.
  case string(String)
  /// An array, in order.
  case array([JSONValue])
  /// An object, with its members in source order.
  case object(JSONObject)
}

extension JSONValue {
  /// The string, if this value is a string.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The boolean, if this value is `true` or `false`.
  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// The number, if this value is a number.
  public var numberValue: JSONNumber? {
    if case .number(let n) = self { return n }
    return nil
  }

  /// The object, if this value is an object.
  public var objectValue: JSONObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// The elements, if this value is an array.
  public var arrayValue: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  /// Whether this value is `null`.
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }
}

extension JSONValue: Hashable {
  /// Exact equality: strings by UTF-8 bytes, numbers by lexeme, objects ignoring member order.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null):
      return true
    case (.bool(let a), .bool(let b)):
      return a == b
    case (.number(let a), .number(let b)):
      return a == b
    case (.string(let a), .string(let b)):
      return utf8Equal(a, b)
    case (.array(let a), .array(let b)):
      return a == b
    case (.object(let a), .object(let b)):
      return a == b
    default:
      return false
    }
  }

  /// Hashes consistently with `==`.
  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null:
      hasher.combine(0 as UInt8)
    case .bool(let b):
      hasher.combine(1 as UInt8)
      hasher.combine(b)
    case .number(let n):
      hasher.combine(2 as UInt8)
      hasher.combine(n)
    case .string(let s):
      hasher.combine(3 as UInt8)
      combineUTF8(s, into: &hasher)
    case .array(let a):
      hasher.combine(4 as UInt8)
      hasher.combine(a)
    case .object(let o):
      hasher.combine(5 as UInt8)
      hasher.combine(o)
    }
  }
}

extension JSONValue: ExpressibleByNilLiteral {
  /// `nil` is `null`.
  public init(nilLiteral: ()) {
    self = .null
  }
}

extension JSONValue: ExpressibleByBooleanLiteral {
  /// `true` and `false`.
  public init(booleanLiteral value: Bool) {
    self = .bool(value)
  }
}

extension JSONValue: ExpressibleByIntegerLiteral {
  /// An integer, written in decimal.
  public init(integerLiteral value: Int) {
    self = .number(JSONNumber(value))
  }
}

extension JSONValue: ExpressibleByStringLiteral {
  /// A string.
  public init(stringLiteral value: String) {
    self = .string(value)
  }
}

extension JSONValue: ExpressibleByArrayLiteral {
  /// An array of the elements, in order.
  public init(arrayLiteral elements: JSONValue...) {
    self = .array(elements)
  }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
  /// An object with the members in the order written; keys must be unique.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    var object = JSONObject()
    for (key, value) in elements {
      object.append(key, value)
    }
    self = .object(object)
  }
}

/// Whether two strings have the same UTF-8 bytes (Swift's `==` also equates canonically
/// equivalent strings, which JSON does not).
@inline(__always)
func utf8Equal(_ a: String, _ b: String) -> Bool {
  // Different lengths, or unequal under Swift's (weaker) equality, mean the bytes differ;
  // equal needs a byte check.
  guard a.utf8.count == b.utf8.count else { return false }
  // Fast path: compare the contiguous bytes directly (native strings, including small ones).
  if let same = a.utf8.withContiguousStorageIfAvailable({ x in
    b.utf8.withContiguousStorageIfAvailable { y in x.elementsEqual(y) }
  }), let same {
    return same
  }
  return a == b && a.utf8.elementsEqual(b.utf8)
}

/// Feeds a string's exact UTF-8 bytes, and their count, to a hasher.
func combineUTF8(_ s: String, into hasher: inout Hasher) {
  var s = s
  s.withUTF8 { bytes in
    hasher.combine(bytes.count)
    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
  }
}
