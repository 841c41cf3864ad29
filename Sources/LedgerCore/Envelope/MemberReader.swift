/// Reads the members of one JSON object strictly: each member may be taken once, required
/// ones must be there with the right type, and `finish()` rejects any member nobody took.
struct MemberReader {
  private let object: JSONObject
  private let context: String
  /// Bit i is set once member i has been taken (objects here have far fewer than 64 members).
  private var taken: UInt64 = 0

  /// `context` names the object in messages, e.g. "data" or "actor".
  init(_ object: JSONObject, context: String) {
    self.object = object
    self.context = context
  }

  private func name(_ key: String) -> String {
    context.isEmpty ? "\"\(key)\"" : "\"\(context).\(key)\""
  }

  private mutating func value(_ key: String) -> JSONValue? {
    for (i, member) in object.members.enumerated() where member.key == key {
      if i < 64 { taken |= 1 << UInt64(i) }
      return member.value
    }
    return nil
  }

  mutating func string(_ key: String) throws(LineProblem) -> String {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard case .string(let s) = v else {
      throw LineProblem("member \(name(key)) must be a string")
    }
    return s
  }

  mutating func text(_ key: String) throws(LineProblem) -> String {
    let s = try string(key)
    guard !Text.isBlank(s) else { throw LineProblem("member \(name(key)) must not be empty") }
    return s
  }

  mutating func optionalText(_ key: String) throws(LineProblem) -> String? {
    guard object[key] != nil else { return nil }
    return try text(key)
  }

  mutating func identifier(_ key: String) throws(LineProblem) -> String {
    let s = try string(key)
    if let problem = Identifier.problem(s) { throw LineProblem("member \(name(key)): \(problem)") }
    return s
  }

  mutating func date(_ key: String) throws(LineProblem) -> CivilDate {
    let s = try string(key)
    guard let d = CivilDate(parsing: s) else {
      throw LineProblem("member \(name(key)) is \"\(s)\", not a real date YYYY-MM-DD")
    }
    return d
  }

  mutating func optionalDate(_ key: String) throws(LineProblem) -> CivilDate? {
    guard object[key] != nil else { return nil }
    return try date(key)
  }

  mutating func bool(_ key: String) throws(LineProblem) -> Bool {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard case .bool(let b) = v else {
      throw LineProblem("member \(name(key)) must be true or false")
    }
    return b
  }

  /// The largest integer any integer member may hold: 2^53 − 1.
  static let largestInteger = 9_007_199_254_740_991

  /// An integer member: plain decimal, 1 ≤ n ≤ 2^53 − 1.
  mutating func integer(_ key: String) throws(LineProblem) -> Int {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard case .number(let n) = v, let i = n.int64, let int = Int(exactly: i),
      n.lexeme.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else {
      throw LineProblem("member \(name(key)) must be an integer")
    }
    guard int >= 1, int <= Self.largestInteger else {
      throw LineProblem("member \(name(key)) is \(int), not between 1 and 2^53 - 1")
    }
    return int
  }

  /// 64 lowercase hex digits.
  mutating func hex(_ key: String) throws(LineProblem) -> String {
    let s = try string(key)
    guard s.utf8.count == 64, Self.isLowercaseHex(s) else {
      throw LineProblem("member \(name(key)) must be 64 lowercase hex digits")
    }
    return s
  }

  /// Whether every byte of `s` is 0-9 or a-f.
  static func isLowercaseHex(_ s: String) -> Bool {
    func check<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
      for b in bytes where !((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66)) { return false }
      return true
    }
    return s.utf8.withContiguousStorageIfAvailable { check($0) } ?? check(s.utf8)
  }

  /// A non-empty array of non-empty strings, sorted by their UTF-8 bytes, each once.
  mutating func memberNames(_ key: String) throws(LineProblem) -> [String] {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard case .array(let items) = v, !items.isEmpty else {
      throw LineProblem("member \(name(key)) must be a non-empty array of member names")
    }
    var names: [String] = []
    for item in items {
      guard case .string(let s) = item, !s.isEmpty else {
        throw LineProblem("member \(name(key)) must hold only non-empty strings")
      }
      if let last = names.last, !last.utf8.lexicographicallyPrecedes(s.utf8) {
        throw LineProblem(
          "member \(name(key)) must be sorted by UTF-8 bytes with no repeats; \"\(s)\" is out of place"
        )
      }
      names.append(s)
    }
    return names
  }

  mutating func object(_ key: String) throws(LineProblem) -> JSONObject {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard case .object(let o) = v else {
      throw LineProblem("member \(name(key)) must be an object")
    }
    return o
  }

  mutating func identifierList(_ key: String) throws(LineProblem) -> [String] {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard case .array(let items) = v, !items.isEmpty else {
      throw LineProblem("member \(name(key)) must be a non-empty array of IDs")
    }
    var ids: [String] = []
    for item in items {
      guard case .string(let s) = item else {
        throw LineProblem("member \(name(key)) must hold only strings")
      }
      if let problem = Identifier.problem(s) {
        throw LineProblem("member \(name(key)): \(problem)")
      }
      if ids.contains(s) { throw LineProblem("member \(name(key)) names \"\(s)\" twice") }
      ids.append(s)
    }
    return ids
  }

  /// An optional list of IDs (no repeats); non-empty unless `allowEmpty`.
  mutating func optionalIdentifierList(_ key: String, allowEmpty: Bool = false) throws(LineProblem)
    -> [String]?
  {
    guard let v = object[key] else { return nil }
    if allowEmpty, case .array(let items) = v, items.isEmpty {
      _ = value(key)
      return []
    }
    return try identifierList(key)
  }

  mutating func optionalBool(_ key: String) throws(LineProblem) -> Bool? {
    guard object[key] != nil else { return nil }
    return try bool(key)
  }

  /// A decimal numeral held as a string, exactly as entered (E6).
  mutating func numeral(_ key: String) throws(LineProblem) -> Numeral {
    let s = try string(key)
    if let problem = Numeral.problem(s) { throw LineProblem("member \(name(key)): \(problem)") }
    return Numeral(parsing: s)!
  }

  mutating func optionalNumeral(_ key: String) throws(LineProblem) -> Numeral? {
    guard object[key] != nil else { return nil }
    return try numeral(key)
  }

  mutating func oneOf<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type)
    throws(LineProblem)
    -> T where T.RawValue == String
  {
    let s = try string(key)
    guard let t = T(rawValue: s) else {
      let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
      throw LineProblem("member \(name(key)) is \"\(s)\"; expected one of \(allowed)")
    }
    return t
  }

  mutating func optionalOneOf<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type)
    throws(LineProblem) -> T? where T.RawValue == String
  {
    guard object[key] != nil else { return nil }
    return try oneOf(key, type)
  }

  /// Fails on the first member that was not taken.
  func finish() throws(LineProblem) {
    for (i, member) in object.members.enumerated() where i >= 64 || taken & (1 << UInt64(i)) == 0 {
      throw LineProblem("unexpected member \(name(member.key))")
    }
  }
}

/// A problem with one line, before the line number is attached.
public struct LineProblem: Error, Sendable {
  /// What is wrong with the line.
  public var message: String
  /// Creates a problem.
  public init(_ message: String) { self.message = message }
}
