/// Reads the members of one JSON object strictly: each member may be taken once, required
/// ones must be there with the right type, and `finish()` rejects any member nobody took.
///
/// The same rules read a parsed `JSONObject` (the strict decoder, whose messages these are)
/// and a `CanonicalObject` scanned from a line's bytes (the fast path, which only needs to
/// know whether a rule failed).
struct MemberReader<Source: MemberSource> {
  private let object: Source
  private let context: String
  /// Bit i is set once member i has been taken (objects here have far fewer than 64 members).
  private var taken: UInt64 = 0

  /// `context` names the object in messages, e.g. "data" or "actor".
  init(_ object: Source, context: String) {
    self.object = object
    self.context = context
  }

  private func name(_ key: StaticString) -> String { name("\(key)") }

  private func name(_ key: String) -> String {
    context.isEmpty ? "\"\(key)\"" : "\"\(context).\(key)\""
  }

  private mutating func value(_ key: StaticString) -> Source.Value? {
    guard let (i, value) = object.member(key) else { return nil }
    if i < 64 { taken |= 1 << UInt64(i) }
    return value
  }

  /// Whether the object has a member named `key` (without taking it).
  private func has(_ key: StaticString) -> Bool { object.member(key) != nil }

  mutating func string(_ key: StaticString) throws(LineProblem) -> String {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard let s = object.string(v) else {
      throw LineProblem("member \(name(key)) must be a string")
    }
    return s
  }

  mutating func text(_ key: StaticString) throws(LineProblem) -> String {
    let s = try string(key)
    guard !Text.isBlank(s) else { throw LineProblem("member \(name(key)) must not be empty") }
    return s
  }

  mutating func optionalText(_ key: StaticString) throws(LineProblem) -> String? {
    guard has(key) else { return nil }
    return try text(key)
  }

  mutating func identifier(_ key: StaticString) throws(LineProblem) -> String {
    let s = try string(key)
    if let problem = Identifier.problem(s) { throw LineProblem("member \(name(key)): \(problem)") }
    return s
  }

  mutating func date(_ key: StaticString) throws(LineProblem) -> CivilDate {
    let s = try string(key)
    guard let d = CivilDate(parsing: s) else {
      throw LineProblem("member \(name(key)) is \"\(s)\", not a real date YYYY-MM-DD")
    }
    return d
  }

  mutating func optionalDate(_ key: StaticString) throws(LineProblem) -> CivilDate? {
    guard has(key) else { return nil }
    return try date(key)
  }

  mutating func bool(_ key: StaticString) throws(LineProblem) -> Bool {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard let b = object.bool(v) else {
      throw LineProblem("member \(name(key)) must be true or false")
    }
    return b
  }

  /// An integer member: plain decimal, 1 ≤ n ≤ 2^53 − 1.
  mutating func integer(_ key: StaticString) throws(LineProblem) -> Int {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    return try integer(v, named: key)
  }

  /// The integer `v`, 1 ≤ n ≤ 2^53 − 1; messages call it `key`.
  private func integer(_ v: Source.Value, named key: StaticString) throws(LineProblem) -> Int {
    guard let int = object.integer(v) else {
      throw LineProblem("member \(name(key)) must be an integer")
    }
    guard int >= 1, int <= LineLimits.largestInteger else {
      throw LineProblem("member \(name(key)) is \(int), not between 1 and 2^53 - 1")
    }
    return int
  }

  /// 64 lowercase hex digits.
  mutating func hex(_ key: StaticString) throws(LineProblem) -> String {
    let s = try string(key)
    guard s.utf8.count == 64, LineLimits.isLowercaseHex(s) else {
      throw LineProblem("member \(name(key)) must be 64 lowercase hex digits")
    }
    return s
  }

  /// A non-empty array of non-empty strings, sorted by their UTF-8 bytes, each once.
  mutating func memberNames(_ key: StaticString) throws(LineProblem) -> [String] {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard let items = object.items(v), items.contains(where: { _ in true }) else {
      throw LineProblem("member \(name(key)) must be a non-empty array of member names")
    }
    var names: [String] = []
    for item in items {
      guard let s = object.string(item), !s.isEmpty else {
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

  mutating func object(_ key: StaticString) throws(LineProblem) -> Source {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard let o = object.object(v) else {
      throw LineProblem("member \(name(key)) must be an object")
    }
    return o
  }

  mutating func identifierList(_ key: StaticString) throws(LineProblem) -> [String] {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard let items = object.items(v), items.contains(where: { _ in true }) else {
      throw LineProblem("member \(name(key)) must be a non-empty array of IDs")
    }
    var ids: [String] = []
    for item in items {
      guard let s = object.string(item) else {
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
  mutating func optionalIdentifierList(_ key: StaticString, allowEmpty: Bool = false)
    throws(LineProblem)
    -> [String]?
  {
    guard let (_, v) = object.member(key) else { return nil }
    if allowEmpty, let items = object.items(v), !items.contains(where: { _ in true }) {
      _ = value(key)
      return []
    }
    return try identifierList(key)
  }

  mutating func optionalBool(_ key: StaticString) throws(LineProblem) -> Bool? {
    guard has(key) else { return nil }
    return try bool(key)
  }

  /// A decimal numeral held as a string, exactly as entered (E6).
  mutating func numeral(_ key: StaticString) throws(LineProblem) -> Numeral {
    let s = try string(key)
    if let problem = Numeral.problem(s) { throw LineProblem("member \(name(key)): \(problem)") }
    return Numeral(parsing: s)!
  }

  mutating func optionalNumeral(_ key: StaticString) throws(LineProblem) -> Numeral? {
    guard has(key) else { return nil }
    return try numeral(key)
  }

  mutating func oneOf<T: RawRepresentable & CaseIterable>(_ key: StaticString, _: T.Type)
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

  mutating func optionalOneOf<T: RawRepresentable & CaseIterable>(
    _ key: StaticString, _ type: T.Type
  )
    throws(LineProblem) -> T? where T.RawValue == String
  {
    guard has(key) else { return nil }
    return try oneOf(key, type)
  }

  /// Fails on the first member that was not taken.
  func finish() throws(LineProblem) {
    for i in 0..<object.memberCount where i >= 64 || taken & (1 << UInt64(i)) == 0 {
      throw LineProblem("unexpected member \(name(object.key(at: i)))")
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

// Format version 3: the annual cycle (issue 9).
extension MemberReader {
  /// An optional non-empty array of non-blank strings (e.g. "Name (Role)"); `[]` if absent.
  mutating func optionalTextList(_ key: StaticString) throws(LineProblem) -> [String] {
    guard let v = value(key) else { return [] }
    guard let items = object.items(v), items.contains(where: { _ in true }) else {
      throw LineProblem("member \(name(key)) must be a non-empty array of text (omit it for none)")
    }
    var out: [String] = []
    for item in items {
      guard let s = object.string(item), !Text.isBlank(s) else {
        throw LineProblem("member \(name(key)) must hold only non-empty strings")
      }
      out.append(s)
    }
    return out
  }

  /// A non-empty array of seqs (integers 1 ≤ n ≤ 2^53 − 1), strictly ascending.
  mutating func seqList(_ key: StaticString) throws(LineProblem) -> [Int] {
    guard let v = value(key) else { throw LineProblem("missing member \(name(key))") }
    guard let items = object.items(v), items.contains(where: { _ in true }) else {
      throw LineProblem("member \(name(key)) must be a non-empty array of seqs")
    }
    var out: [Int] = []
    for item in items {
      let seq = try integer(item, named: "seq")
      if let last = out.last, seq <= last {
        throw LineProblem("member \(name(key)) must be strictly ascending; \(seq) is out of place")
      }
      out.append(seq)
    }
    return out
  }

  /// `plan.created`'s optional `previous`: `{"hash", "seq", "title"}`, nothing else.
  mutating func optionalPreviousPlan(_ key: StaticString) throws(LineProblem) -> PreviousPlan? {
    guard has(key) else { return nil }
    var r = MemberReader(try self.object(key), context: "\(context).\(key)")
    let previous = PreviousPlan(
      seq: try r.integer("seq"), hash: try r.hex("hash"), title: try r.text("title"))
    try r.finish()
    return previous
  }
}
