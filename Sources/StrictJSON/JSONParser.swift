/// Reads strict RFC 8259 JSON from UTF-8 bytes.
///
/// Accepted: exactly one value of any kind, with optional whitespace (space, tab, LF, CR)
/// around it and between tokens. Rejected, with a `JSONSyntaxError` that names the byte offset:
/// a byte order mark, trailing commas, duplicate keys within one object (compared by exact
/// UTF-8 bytes after unescaping), leading zeros, `+1`, `.5`, `1.`, `NaN` and `Infinity`, invalid
/// UTF-8 anywhere (overlong forms, encoded surrogates, code points above U+10FFFF, truncated
/// sequences), unescaped control characters in strings, unknown escapes, unpaired UTF-16
/// surrogate escapes, nesting deeper than `maximumDepth`, and anything after the value.
///
/// Numbers keep their exact lexeme. Recursion is bounded by `maximumDepth`, so hostile input
/// cannot exhaust the stack.
public enum JSONParser {
  /// The deepest nesting of arrays and objects accepted: 512 levels.
  public static let maximumDepth = 512

  /// Parses one JSON document from UTF-8 bytes.
  public static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> JSONValue {
    guard let base = bytes.baseAddress, bytes.count > 0 else {
      throw JSONSyntaxError(offset: 0, message: "unexpected end of input")
    }
    var reader = Reader(base: base, end: bytes.count)
    return try reader.document()
  }

  /// Parses one JSON document from UTF-8 bytes.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    let result = bytes.withUnsafeBytes { raw in
      Result { () throws(JSONSyntaxError) -> JSONValue in try parse(raw) }
    }
    return try result.get()
  }

  /// Parses one JSON document from the UTF-8 form of a string.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    var text = text
    let result = text.withUTF8 { utf8 in
      Result { () throws(JSONSyntaxError) -> JSONValue in try parse(UnsafeRawBufferPointer(utf8)) }
    }
    return try result.get()
  }
}

// MARK: - Byte constants

private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")
private let slash = UInt8(ascii: "/")
private let comma = UInt8(ascii: ",")
private let colon = UInt8(ascii: ":")
private let minus = UInt8(ascii: "-")
private let plus = UInt8(ascii: "+")
private let dot = UInt8(ascii: ".")
private let zero = UInt8(ascii: "0")
private let openBracket = UInt8(ascii: "[")
private let closeBracket = UInt8(ascii: "]")
private let openBrace = UInt8(ascii: "{")
private let closeBrace = UInt8(ascii: "}")

@inline(__always)
private func isDigit(_ c: UInt8) -> Bool {
  c &- zero < 10
}

@inline(__always)
private func isContinuation(_ c: UInt8) -> Bool {
  c & 0xC0 == 0x80
}

/// Whether any of the 8 bytes in `w` is `"`, `\`, below 0x20 or above 0x7F. Exact as to
/// whether one exists (the classic SWAR "has zero byte" and "has byte less than" tests).
@inline(__always)
private func needsAttention(_ w: UInt64) -> Bool {
  let ones: UInt64 = 0x0101_0101_0101_0101
  let highs: UInt64 = 0x8080_8080_8080_8080
  let controls = (w &- 0x2020_2020_2020_2020) & ~w
  let q = w ^ 0x2222_2222_2222_2222
  let quotes = (q &- ones) & ~q
  let b = w ^ 0x5C5C_5C5C_5C5C_5C5C
  let backslashes = (b &- ones) & ~b
  return (w | controls | quotes | backslashes) & highs != 0
}

private func hexDigit(_ n: UInt8) -> String {
  String(UnicodeScalar(n < 10 ? zero + n : UInt8(ascii: "a") + n - 10))
}

private func hexByte(_ b: UInt8) -> String {
  "0x" + hexDigit(b >> 4) + hexDigit(b & 0xF)
}

private func codePoint(_ v: UInt32) -> String {
  var digits = String(v, radix: 16, uppercase: true)
  while digits.count < 4 { digits = "0" + digits }
  return "U+" + digits
}

// MARK: - A growable stack that hands out its top as an array without copying

/// Values of the containers being parsed, pushed as they are read; a finished container
/// moves its elements out into an exactly sized array (one allocation, no reference counting).
private struct Stack<Element>: ~Copyable {
  private var storage: UnsafeMutablePointer<Element>?
  private(set) var count = 0
  private var capacity = 0

  init() {}

  deinit {
    if let storage {
      storage.deinitialize(count: count)
      storage.deallocate()
    }
  }

  @inline(__always)
  mutating func push(_ element: consuming Element) {
    if count == capacity { grow() }
    (storage.unsafelyUnwrapped + count).initialize(to: element)
    count &+= 1
  }

  @inline(never)
  private mutating func grow() {
    let newCapacity = Swift.max(32, capacity * 2)
    let bigger = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    if let storage {
      bigger.moveInitialize(from: storage, count: count)
      storage.deallocate()
    }
    storage = bigger
    capacity = newCapacity
  }

  @inline(__always)
  subscript(index: Int) -> Element {
    storage.unsafelyUnwrapped[index]
  }

  /// Removes the elements from `start` up and returns them in order.
  mutating func take(from start: Int) -> [Element] {
    let n = count - start
    if n == 0 { return [] }
    let source = storage.unsafelyUnwrapped + start
    count = start
    return [Element](unsafeUninitializedCapacity: n) { buffer, initialized in
      buffer.baseAddress.unsafelyUnwrapped.moveInitialize(from: source, count: n)
      initialized = n
    }
  }
}

/// A key compared and hashed by its exact UTF-8 bytes, for duplicate checks in big objects.
private struct ExactKey: Hashable {
  let key: String
  static func == (lhs: ExactKey, rhs: ExactKey) -> Bool { utf8Equal(lhs.key, rhs.key) }
  func hash(into hasher: inout Hasher) { combineUTF8(key, into: &hasher) }
}

// MARK: - The reader

private struct Reader: ~Copyable {
  let base: UnsafeRawPointer
  let end: Int
  var i = 0
  var depth = 0
  var values = Stack<JSONValue>()
  var members = Stack<JSONMember>()
  var scratch: [UInt8] = []

  init(base: UnsafeRawPointer, end: Int) {
    self.base = base
    self.end = end
  }

  @inline(__always)
  func byte(_ k: Int) -> UInt8 {
    base.load(fromByteOffset: k, as: UInt8.self)
  }

  @inline(__always)
  mutating func skipWhitespace() {
    while i < end {
      let c = byte(i)
      guard c <= 0x20, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
      i &+= 1
    }
  }

  mutating func document() throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    guard i < end else { throw fail(i, "unexpected end of input") }
    let result = try value()
    skipWhitespace()
    if i < end {
      if byte(i) >= 0x80, utf8SequenceEnd(i) < 0 { throw utf8Error(at: i) }
      throw fail(i, "unexpected data after the JSON value")
    }
    return result
  }

  /// Reads the value starting at `i`, which is in bounds and not whitespace.
  mutating func value() throws(JSONSyntaxError) -> JSONValue {
    switch byte(i) {
    case quote:
      return .string(try string())
    case openBrace:
      return try object()
    case openBracket:
      return try array()
    case UInt8(ascii: "t"):
      if literal("true") { return .bool(true) }
    case UInt8(ascii: "f"):
      if literal("false") { return .bool(false) }
    case UInt8(ascii: "n"):
      if literal("null") { return .null }
    case minus, zero...UInt8(ascii: "9"):
      return .number(try number())
    default:
      break
    }
    throw valueError(at: i)
  }

  @inline(__always)
  mutating func literal(_ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    guard end &- i >= n else { return false }
    let w = word.utf8Start
    for k in 1..<n where byte(i &+ k) != w[k] {
      return false
    }
    i &+= n
    return true
  }

  // MARK: Containers

  mutating func array() throws(JSONSyntaxError) -> JSONValue {
    let open = i
    depth &+= 1
    if depth > JSONParser.maximumDepth { throw tooDeep(at: open) }
    i &+= 1
    skipWhitespace()
    guard i < end else { throw fail(i, "unexpected end of input") }
    if byte(i) == closeBracket {
      i &+= 1
      depth &-= 1
      return .array([])
    }
    let first = values.count
    while true {
      values.push(try value())
      skipWhitespace()
      guard i < end else { throw fail(i, "unexpected end of input") }
      let c = byte(i)
      if c == comma {
        let commaAt = i
        i &+= 1
        skipWhitespace()
        guard i < end else { throw fail(i, "unexpected end of input") }
        if byte(i) == closeBracket { throw fail(commaAt, "trailing comma before ']'") }
        continue
      }
      if c == closeBracket {
        i &+= 1
        break
      }
      throw expected("',' or ']'", at: i)
    }
    depth &-= 1
    return .array(values.take(from: first))
  }

  mutating func object() throws(JSONSyntaxError) -> JSONValue {
    let open = i
    depth &+= 1
    if depth > JSONParser.maximumDepth { throw tooDeep(at: open) }
    i &+= 1
    skipWhitespace()
    guard i < end else { throw fail(i, "unexpected end of input") }
    if byte(i) == closeBrace {
      i &+= 1
      depth &-= 1
      return .object(JSONObject())
    }
    let first = members.count
    var seen: Set<ExactKey>? = nil
    while true {
      guard byte(i) == quote else { throw expected("a string key", at: i) }
      let keyAt = i
      let key = try string()
      if seen == nil {
        for k in first..<members.count where utf8Equal(members[k].key, key) {
          throw duplicate(key, at: keyAt)
        }
        if members.count &- first >= 16 {
          var all = Set<ExactKey>()
          for k in first..<members.count { all.insert(ExactKey(key: members[k].key)) }
          all.insert(ExactKey(key: key))
          seen = all
        }
      } else if !seen!.insert(ExactKey(key: key)).inserted {
        throw duplicate(key, at: keyAt)
      }
      skipWhitespace()
      guard i < end else { throw fail(i, "unexpected end of input") }
      guard byte(i) == colon else {
        throw expected("':' after key \(quoted(key))", at: i)
      }
      i &+= 1
      skipWhitespace()
      guard i < end else { throw fail(i, "unexpected end of input") }
      members.push(JSONMember(key: key, value: try value()))
      skipWhitespace()
      guard i < end else { throw fail(i, "unexpected end of input") }
      let c = byte(i)
      if c == comma {
        let commaAt = i
        i &+= 1
        skipWhitespace()
        guard i < end else { throw fail(i, "unexpected end of input") }
        if byte(i) == closeBrace { throw fail(commaAt, "trailing comma before '}'") }
        continue
      }
      if c == closeBrace {
        i &+= 1
        break
      }
      throw expected("',' or '}'", at: i)
    }
    depth &-= 1
    return .object(JSONObject(members.take(from: first)))
  }

  // MARK: Strings

  /// Reads the string whose opening quote is at `i`.
  mutating func string() throws(JSONSyntaxError) -> String {
    let start = i &+ 1
    var j = start
    scan: while true {
      while j &+ 8 <= end,
        !needsAttention(base.loadUnaligned(fromByteOffset: j, as: UInt64.self))
      {
        j &+= 8
      }
      while true {
        guard j < end else { throw fail(j, "unexpected end of input in a string") }
        let c = byte(j)
        if c >= 0x80 {
          let next = utf8SequenceEnd(j)
          if next < 0 { throw utf8Error(at: j) }
          j = next
          continue scan
        }
        if c == quote {
          i = j &+ 1
          return String(
            decoding: UnsafeRawBufferPointer(start: base + start, count: j &- start),
            as: UTF8.self)
        }
        if c == backslash { return try escapedString(start: start, firstEscape: j) }
        if c < 0x20 { throw controlCharacter(at: j) }
        j &+= 1
      }
    }
  }

  /// The slow path for strings with escapes: unescapes into `scratch`.
  mutating func escapedString(start: Int, firstEscape: Int) throws(JSONSyntaxError) -> String {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(
      contentsOf: UnsafeRawBufferPointer(start: base + start, count: firstEscape &- start))
    var j = firstEscape
    while true {
      guard j < end else { throw fail(j, "unexpected end of input in a string") }
      let c = byte(j)
      if c == quote {
        i = j &+ 1
        return String(decoding: scratch, as: UTF8.self)
      }
      if c == backslash {
        j = try unescape(at: j)
        continue
      }
      if c < 0x20 { throw controlCharacter(at: j) }
      if c >= 0x80 {
        let next = utf8SequenceEnd(j)
        if next < 0 { throw utf8Error(at: j) }
        scratch.append(contentsOf: UnsafeRawBufferPointer(start: base + j, count: next &- j))
        j = next
        continue
      }
      var k = j &+ 1
      while k < end {
        let d = byte(k)
        guard d >= 0x20, d < 0x80, d != quote, d != backslash else { break }
        k &+= 1
      }
      scratch.append(contentsOf: UnsafeRawBufferPointer(start: base + j, count: k &- j))
      j = k
    }
  }

  /// Appends what the escape at `j` stands for to `scratch`; returns the index after it.
  mutating func unescape(at j: Int) throws(JSONSyntaxError) -> Int {
    guard j &+ 1 < end else { throw fail(j &+ 1, "unexpected end of input in a string") }
    let e = byte(j &+ 1)
    switch e {
    case quote, backslash, slash: scratch.append(e)
    case UInt8(ascii: "b"): scratch.append(0x08)
    case UInt8(ascii: "f"): scratch.append(0x0C)
    case UInt8(ascii: "n"): scratch.append(0x0A)
    case UInt8(ascii: "r"): scratch.append(0x0D)
    case UInt8(ascii: "t"): scratch.append(0x09)
    case UInt8(ascii: "u"):
      let unit = try hex4(escapeAt: j)
      var scalar = unit
      var next = j &+ 6
      if unit & 0xFC00 == 0xD800 {
        // A high surrogate must be followed at once by an escaped low surrogate.
        guard next &+ 1 < end, byte(next) == backslash, byte(next &+ 1) == UInt8(ascii: "u")
        else { throw loneSurrogate(at: j) }
        let low = try hex4(escapeAt: next)
        guard low & 0xFC00 == 0xDC00 else { throw loneSurrogate(at: j) }
        scalar = 0x10000 &+ ((unit &- 0xD800) << 10) &+ (low &- 0xDC00)
        next &+= 6
      } else if unit & 0xFC00 == 0xDC00 {
        throw loneSurrogate(at: j)
      }
      appendUTF8(scalar)
      return next
    default:
      throw invalidEscape(at: j)
    }
    return j &+ 2
  }

  /// The value of the four hex digits of the `\u` escape at `j`.
  func hex4(escapeAt j: Int) throws(JSONSyntaxError) -> UInt32 {
    var v: UInt32 = 0
    for k in (j &+ 2)..<(j &+ 6) {
      guard k < end else { throw fail(k, "unexpected end of input in a string") }
      let c = byte(k)
      let d: UInt8
      switch c {
      case zero...UInt8(ascii: "9"): d = c &- zero
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c &- UInt8(ascii: "a") &+ 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c &- UInt8(ascii: "A") &+ 10
      default: throw invalidEscape(at: j)
      }
      v = v << 4 | UInt32(d)
    }
    return v
  }

  mutating func appendUTF8(_ v: UInt32) {
    if v < 0x80 {
      scratch.append(UInt8(v))
    } else if v < 0x800 {
      scratch.append(UInt8(0xC0 | v >> 6))
      scratch.append(UInt8(0x80 | v & 0x3F))
    } else if v < 0x10000 {
      scratch.append(UInt8(0xE0 | v >> 12))
      scratch.append(UInt8(0x80 | (v >> 6) & 0x3F))
      scratch.append(UInt8(0x80 | v & 0x3F))
    } else {
      scratch.append(UInt8(0xF0 | v >> 18))
      scratch.append(UInt8(0x80 | (v >> 12) & 0x3F))
      scratch.append(UInt8(0x80 | (v >> 6) & 0x3F))
      scratch.append(UInt8(0x80 | v & 0x3F))
    }
  }

  /// The index after the well-formed UTF-8 sequence whose lead byte (>= 0x80) is at `k`,
  /// or -1 if it is not well formed (Unicode Table 3-7).
  @inline(__always)
  func utf8SequenceEnd(_ k: Int) -> Int {
    let c0 = byte(k)
    if c0 < 0xC2 { return -1 }
    if c0 < 0xE0 {
      guard k &+ 1 < end, isContinuation(byte(k &+ 1)) else { return -1 }
      return k &+ 2
    }
    if c0 < 0xF0 {
      guard k &+ 2 < end else { return -1 }
      let c1 = byte(k &+ 1)
      let low: UInt8 = c0 == 0xE0 ? 0xA0 : 0x80
      let high: UInt8 = c0 == 0xED ? 0x9F : 0xBF
      guard c1 >= low, c1 <= high, isContinuation(byte(k &+ 2)) else { return -1 }
      return k &+ 3
    }
    if c0 < 0xF5 {
      guard k &+ 3 < end else { return -1 }
      let c1 = byte(k &+ 1)
      let low: UInt8 = c0 == 0xF0 ? 0x90 : 0x80
      let high: UInt8 = c0 == 0xF4 ? 0x8F : 0xBF
      guard c1 >= low, c1 <= high, isContinuation(byte(k &+ 2)), isContinuation(byte(k &+ 3))
      else { return -1 }
      return k &+ 4
    }
    return -1
  }

  // MARK: Numbers

  /// Reads the number starting at `i` (a `-` or a digit).
  mutating func number() throws(JSONSyntaxError) -> JSONNumber {
    let start = i
    var j = i
    if byte(j) == minus { j &+= 1 }
    guard j < end, isDigit(byte(j)) else { throw badMinus(start: start, at: j) }
    if byte(j) == zero {
      j &+= 1
      if j < end, isDigit(byte(j)) { throw leadingZero(start: start, zeroAt: j &- 1) }
    } else {
      j &+= 1
      while j < end, isDigit(byte(j)) { j &+= 1 }
    }
    if j < end, byte(j) == dot {
      j &+= 1
      guard j < end, isDigit(byte(j)) else {
        throw fail(j, "number \(text(start, j)) needs a digit after the decimal point")
      }
      j &+= 1
      while j < end, isDigit(byte(j)) { j &+= 1 }
    }
    if j < end, byte(j) | 0x20 == UInt8(ascii: "e") {
      j &+= 1
      if j < end, byte(j) == plus || byte(j) == minus { j &+= 1 }
      guard j < end, isDigit(byte(j)) else {
        throw fail(j, "number \(text(start, j)) needs a digit in its exponent")
      }
      j &+= 1
      while j < end, isDigit(byte(j)) { j &+= 1 }
    }
    i = j
    return JSONNumber(
      uncheckedLexeme: String(
        decoding: UnsafeRawBufferPointer(start: base + start, count: j &- start), as: UTF8.self))
  }

  // MARK: Errors (kept out of line, off the fast path)

  @inline(never)
  func fail(_ offset: Int, _ message: String) -> JSONSyntaxError {
    JSONSyntaxError(offset: offset, message: message)
  }

  /// The bytes `from..<to`, known to be ASCII, as a string.
  @inline(never)
  func text(_ from: Int, _ to: Int) -> String {
    String(decoding: UnsafeRawBufferPointer(start: base + from, count: to - from), as: UTF8.self)
  }

  /// The character at `k` for a message: `'x'`, `U+000A`, `'é' (U+00E9)`, or `end of input`.
  /// Only call for a byte that is not the start of invalid UTF-8.
  @inline(never)
  func describe(at k: Int) -> String {
    guard k < end else { return "end of input" }
    let c = byte(k)
    if c < 0x20 || c == 0x7F { return codePoint(UInt32(c)) }
    if c == UInt8(ascii: "'") { return "\"'\"" }
    if c < 0x80 { return "'\(UnicodeScalar(c))'" }
    let next = utf8SequenceEnd(k)
    let character = String(
      decoding: UnsafeRawBufferPointer(start: base + k, count: next - k), as: UTF8.self)
    let scalar = character.unicodeScalars.first!
    if scalar.value == 0xFEFF { return "byte order mark U+FEFF" }
    return "'\(character)' (\(codePoint(scalar.value)))"
  }

  @inline(never)
  func expected(_ what: String, at k: Int) -> JSONSyntaxError {
    if k >= end { return fail(k, "unexpected end of input") }
    if byte(k) >= 0x80, utf8SequenceEnd(k) < 0 { return utf8Error(at: k) }
    return fail(k, "expected \(what) but found \(describe(at: k))")
  }

  /// Nothing that can start a value is at `k`.
  @inline(never)
  func valueError(at k: Int) -> JSONSyntaxError {
    let c = byte(k)
    if c >= 0x80, utf8SequenceEnd(k) < 0 { return utf8Error(at: k) }
    var wordEnd = k
    while wordEnd < end, wordEnd - k < 24,
      (byte(wordEnd) | 0x20) >= UInt8(ascii: "a"), (byte(wordEnd) | 0x20) <= UInt8(ascii: "z")
    {
      wordEnd += 1
    }
    let word = text(k, wordEnd)
    if word == "NaN" || word == "Infinity" { return fail(k, "\(word) is not allowed in JSON") }
    if wordEnd - k > 1 {
      return fail(k, "invalid literal '\(word)' (JSON has only true, false and null)")
    }
    switch c {
    case plus:
      return fail(k, "unexpected character '+' (a number cannot start with '+')")
    case dot:
      return fail(k, "unexpected character '.' (a number needs a digit before '.')")
    default:
      return fail(k, "unexpected character \(describe(at: k))")
    }
  }

  @inline(never)
  func badMinus(start: Int, at k: Int) -> JSONSyntaxError {
    if end - k >= 8, text(k, k + 8) == "Infinity" {
      return fail(start, "-Infinity is not allowed in JSON")
    }
    return fail(k, "number - needs a digit after the minus sign")
  }

  @inline(never)
  func leadingZero(start: Int, zeroAt: Int) -> JSONSyntaxError {
    var k = zeroAt
    while k < end, isDigit(byte(k)) { k += 1 }
    return fail(zeroAt, "number \(text(start, k)) has a leading zero")
  }

  @inline(never)
  func tooDeep(at k: Int) -> JSONSyntaxError {
    fail(k, "nesting deeper than \(JSONParser.maximumDepth) levels")
  }

  @inline(never)
  func duplicate(_ key: String, at k: Int) -> JSONSyntaxError {
    fail(k, "duplicate key \(quoted(key))")
  }

  @inline(never)
  func quoted(_ key: String) -> String {
    var out: [UInt8] = []
    JSONWriter.appendString(key, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  @inline(never)
  func controlCharacter(at k: Int) -> JSONSyntaxError {
    fail(k, "unescaped control character \(codePoint(UInt32(byte(k)))) in string")
  }

  /// The escape at `j` quoted as written: the backslash and up to 5 printable ASCII bytes.
  @inline(never)
  func escapeText(at j: Int, length: Int) -> String {
    var k = j + 1
    while k < end, k < j + length, byte(k) > 0x20, byte(k) < 0x7F { k += 1 }
    return text(j, k)
  }

  @inline(never)
  func invalidEscape(at j: Int) -> JSONSyntaxError {
    if j + 1 < end, byte(j + 1) == UInt8(ascii: "u") {
      return fail(j, "invalid escape \(escapeText(at: j, length: 6)) (\\u needs 4 hex digits)")
    }
    if j + 1 < end, byte(j + 1) >= 0x80 || byte(j + 1) < 0x20 {
      if byte(j + 1) >= 0x80, utf8SequenceEnd(j + 1) < 0 { return utf8Error(at: j + 1) }
      return fail(j, "invalid escape: backslash followed by \(describe(at: j + 1))")
    }
    return fail(j, "invalid escape \(escapeText(at: j, length: 2))")
  }

  @inline(never)
  func loneSurrogate(at j: Int) -> JSONSyntaxError {
    fail(j, "lone surrogate \(text(j, j + 6))")
  }

  /// Describes the ill-formed UTF-8 starting at `k`.
  @inline(never)
  func utf8Error(at k: Int) -> JSONSyntaxError {
    let c0 = byte(k)
    let length: Int
    switch c0 {
    case 0x80...0xBF:
      return fail(k, "invalid UTF-8 byte \(hexByte(c0)) (a continuation byte with no lead byte)")
    case 0xC0, 0xC1:
      return fail(k, "invalid UTF-8 byte \(hexByte(c0)) (always an overlong encoding)")
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default:
      return fail(k, "invalid UTF-8 byte \(hexByte(c0))")
    }
    var shown = hexByte(c0)
    for n in 1..<length {
      guard k + n < end else {
        return fail(k, "unexpected end of input inside the UTF-8 sequence \(shown)")
      }
      let c = byte(k + n)
      shown += " " + hexByte(c)
      guard isContinuation(c) else {
        return fail(k, "invalid UTF-8 sequence \(shown) (truncated)")
      }
      if n == 1 {
        if (c0 == 0xE0 && c < 0xA0) || (c0 == 0xF0 && c < 0x90) {
          return fail(k, "invalid UTF-8 sequence \(shown) (overlong encoding)")
        }
        if c0 == 0xED, c > 0x9F {
          return fail(k, "invalid UTF-8 sequence \(shown) (encodes a UTF-16 surrogate)")
        }
        if c0 == 0xF4, c > 0x8F {
          return fail(k, "invalid UTF-8 sequence \(shown) (beyond U+10FFFF)")
        }
      }
    }
    return fail(k, "invalid UTF-8 sequence \(shown)")
  }
}
