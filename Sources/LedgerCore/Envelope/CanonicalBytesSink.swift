import StrictJSON

/// Writes `data` members as canonical JSON bytes, as `JSONWriter` writes `EventBody.data`,
/// without building the object: the fast path's proof that a line's `data` is canonical.
struct CanonicalBytesSink: DataSink {
  /// The bytes so far; `finish()` closes the object.
  private(set) var bytes: [UInt8] = []
  /// Whether the object being written has no member yet.
  private var empty = true

  /// A sink that has written `{`, with room for `capacity` bytes.
  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
    bytes.append(UInt8(ascii: "{"))
  }

  /// Closes the object.
  mutating func finish() { bytes.append(UInt8(ascii: "}")) }

  private mutating func key(_ key: StaticString) {
    if !empty { bytes.append(UInt8(ascii: ",")) }
    empty = false
    bytes.append(UInt8(ascii: "\""))
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  mutating func put(_ key: StaticString, string: String) {
    self.key(key)
    JSONWriter.appendString(string, to: &bytes)
  }

  mutating func put(_ key: StaticString, bool: Bool) {
    self.key(key)
    bytes.append(contentsOf: bool ? "true".utf8 : "false".utf8)
  }

  mutating func put(_ key: StaticString, integer: Int) {
    self.key(key)
    bytes.append(contentsOf: String(integer).utf8)
  }

  mutating func put(_ key: StaticString, date: CivilDate) {
    self.key(key)
    guard date.year >= 0, date.year <= 9999 else {
      JSONWriter.appendString(date.description, to: &bytes)
      return
    }
    let at = bytes.count
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "\""), count: 12))
    bytes.withUnsafeMutableBufferPointer {
      date.writeYYYYMMDD(into: UnsafeMutableBufferPointer(rebasing: $0[(at + 1)..<(at + 11)]))
    }
  }

  mutating func put(_ key: StaticString, strings: [String]) {
    self.key(key)
    bytes.append(UInt8(ascii: "["))
    for (k, s) in strings.enumerated() {
      if k > 0 { bytes.append(UInt8(ascii: ",")) }
      JSONWriter.appendString(s, to: &bytes)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  mutating func put(_ key: StaticString, integers: [Int]) {
    self.key(key)
    bytes.append(UInt8(ascii: "["))
    for (k, n) in integers.enumerated() {
      if k > 0 { bytes.append(UInt8(ascii: ",")) }
      bytes.append(contentsOf: String(n).utf8)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  mutating func put(_ key: StaticString, object members: (inout CanonicalBytesSink) -> Void) {
    self.key(key)
    bytes.append(UInt8(ascii: "{"))
    empty = true
    members(&self)
    bytes.append(UInt8(ascii: "}"))
    empty = false
  }
}
