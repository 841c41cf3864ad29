import StrictJSON

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Holds `data` members against the bytes on a line as they would be written canonically (as
/// `JSONWriter` writes `EventBody.data`), without writing them anywhere: the fast path's proof
/// that a line's `data` is exactly what the writer writes for the body read from it.
struct CanonicalBytesMatcher: DataSink {
  /// The bytes on the line.
  private let expected: UnsafeRawBufferPointer
  /// How many of them have matched.
  private var at = 0
  /// Whether every byte so far matched.
  private var matches = true
  /// Whether the object being matched has no member yet.
  private var empty = true

  /// A matcher for `expected`, which must then start with `{`.
  init(_ expected: UnsafeRawBufferPointer) {
    self.expected = expected
    byte(UInt8(ascii: "{"))
  }

  /// Closes the object: whether the canonical bytes are exactly `expected`, all of it.
  mutating func finish() -> Bool {
    byte(UInt8(ascii: "}"))
    return matches && at == expected.count
  }

  @inline(__always)
  private mutating func byte(_ b: UInt8) {
    guard matches, at < expected.count, expected[at] == b else {
      matches = false
      return
    }
    at += 1
  }

  @inline(__always)
  private mutating func bytes(_ run: UnsafeRawBufferPointer) {
    guard matches, expected.count - at >= run.count,
      run.isEmpty
        || ShortBytes.equal(expected.baseAddress! + at, run.baseAddress!, count: run.count)
    else {
      matches = false
      return
    }
    at += run.count
  }

  @inline(__always)
  private mutating func key(_ key: StaticString) {
    if !empty { byte(UInt8(ascii: ",")) }
    empty = false
    byte(UInt8(ascii: "\""))
    bytes(UnsafeRawBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    byte(UInt8(ascii: "\""))
    byte(UInt8(ascii: ":"))
  }

  /// A string as `JSONWriter.appendString` writes it: runs of bytes as they are, escapes
  /// where `JSONWriter.needsEscape`.
  private mutating func quoted(_ s: String) {
    byte(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { utf8 in
      let raw = UnsafeRawBufferPointer(utf8)
      // Most text has nothing to escape: one pass without a branch per byte, eight bytes to
      // a word, then one compare.
      guard Self.hasEscapes(raw) else { return bytes(raw) }
      var runStart = 0
      for (k, b) in utf8.enumerated() where JSONWriter.needsEscape(b) {
        bytes(UnsafeRawBufferPointer(rebasing: raw[runStart..<k]))
        JSONWriter.escape(b).withUnsafeBytes { bytes($0) }
        runStart = k + 1
      }
      bytes(UnsafeRawBufferPointer(rebasing: raw[runStart...]))
    }
    byte(UInt8(ascii: "\""))
  }

  /// Whether any byte of `text` is one `JSONWriter.needsEscape` escapes (below 0x20, `"`
  /// or `\`), tested eight bytes to a word.
  static func hasEscapes(_ text: UnsafeRawBufferPointer) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // The high bit of some byte is set iff a byte of `v` is below `n` (n <= 0x80).
    func below(_ v: UInt64, _ n: UInt64) -> UInt64 { (v &- ones &* n) & ~v & highs }
    var special: UInt64 = 0
    var k = 0
    while k + 8 <= text.count {
      let w = text.loadUnaligned(fromByteOffset: k, as: UInt64.self)
      special |= below(w, 0x20) | below(w ^ (ones &* 0x22), 1) | below(w ^ (ones &* 0x5C), 1)
      k += 8
    }
    var tail: UInt8 = 0
    while k < text.count {
      tail |= JSONWriter.needsEscape(text[k]) ? 1 : 0
      k += 1
    }
    return special != 0 || tail != 0
  }

  private mutating func decimal(_ n: Int) {
    var text = String(n)
    text.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
  }

  mutating func put(_ key: StaticString, string: String) {
    self.key(key)
    quoted(string)
  }

  mutating func put(_ key: StaticString, bool: Bool) {
    self.key(key)
    let literal: StaticString = bool ? "true" : "false"
    bytes(UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  mutating func put(_ key: StaticString, integer: Int) {
    self.key(key)
    decimal(integer)
  }

  mutating func put(_ key: StaticString, date: CivilDate) {
    self.key(key)
    guard date.year >= 0, date.year <= 9999 else { return quoted(date.description) }
    byte(UInt8(ascii: "\""))
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { digits in
      date.writeYYYYMMDD(into: digits)
      bytes(UnsafeRawBufferPointer(digits))
    }
    byte(UInt8(ascii: "\""))
  }

  mutating func put(_ key: StaticString, strings: [String]) {
    list(key, strings) { $0.quoted($1) }
  }

  mutating func put(_ key: StaticString, integers: [Int]) {
    list(key, integers) { $0.decimal($1) }
  }

  /// An array member: `[`, the items written by `item` with commas between, `]`.
  private mutating func list<T>(
    _ key: StaticString, _ items: [T], _ item: (inout CanonicalBytesMatcher, T) -> Void
  ) {
    self.key(key)
    byte(UInt8(ascii: "["))
    for (k, value) in items.enumerated() {
      if k > 0 { byte(UInt8(ascii: ",")) }
      item(&self, value)
    }
    byte(UInt8(ascii: "]"))
  }

  mutating func put(_ key: StaticString, object members: (inout CanonicalBytesMatcher) -> Void) {
    self.key(key)
    byte(UInt8(ascii: "{"))
    empty = true
    members(&self)
    byte(UInt8(ascii: "}"))
    empty = false
  }
}
