/// Reads the form `ByteWriter` builds. Every read is total: a truncated, lying or garbage
/// input throws `ByteReader.Malformed`, never crashes, and a count or length is never trusted
/// beyond the bytes that are left (so a lying length cannot make a huge allocation).
public struct ByteReader {
  /// The input is not the form expected: truncated, out of range or garbage.
  public struct Malformed: Error, Sendable {
    /// What was wrong, for tests and debugging.
    public var what: StaticString
  }

  /// The bytes being read.
  private let bytes: [UInt8]
  /// Where the next read starts.
  public private(set) var position: Int
  /// The strings read so far, by number.
  private var seen: [String] = []

  /// A reader of `bytes` from `position`.
  public init(_ bytes: [UInt8], from position: Int = 0) {
    self.bytes = bytes
    self.position = min(max(0, position), bytes.count)
  }

  /// How many bytes are left.
  public var remaining: Int { bytes.count - position }

  /// Whether every byte has been read.
  public var isAtEnd: Bool { position == bytes.count }

  /// An unsigned LEB128 varint of at most 10 bytes that fits in 64 bits.
  public mutating func unsigned() throws(Malformed) -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      let bits = UInt64(byte & 0x7F)
      if shift == 63, bits > 1 { throw Malformed(what: "a varint past 64 bits") }
      result |= bits << shift
      if byte < 0x80 { return result }
      shift += 7
      if shift > 63 { throw Malformed(what: "a varint longer than 10 bytes") }
    }
    throw Malformed(what: "truncated in a varint")
  }

  /// A count or length, at most `remaining / minimumSize` (each item takes at least
  /// `minimumSize` bytes, so no more can follow).
  public mutating func count(minimumSize: Int = 1) throws(Malformed) -> Int {
    let value = try unsigned()
    guard value <= UInt64(remaining / max(1, minimumSize)) else {
      throw Malformed(what: "a count larger than the bytes left")
    }
    return Int(value)
  }

  /// A zigzag-coded signed integer.
  public mutating func int() throws(Malformed) -> Int {
    guard let value = Int(exactly: try int64()) else {
      throw Malformed(what: "an integer out of range")
    }
    return value
  }

  /// A zigzag-coded signed 64-bit integer.
  public mutating func int64() throws(Malformed) -> Int64 {
    let z = try unsigned()
    return Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1)
  }

  /// A boolean byte, 0 or 1.
  public mutating func bool() throws(Malformed) -> Bool {
    guard position < bytes.count else { throw Malformed(what: "truncated at a boolean") }
    let byte = bytes[position]
    guard byte <= 1 else { throw Malformed(what: "a boolean neither 0 nor 1") }
    position += 1
    return byte == 1
  }

  /// A string, new or numbered. Bytes that are not UTF-8 are repaired, as
  /// `String(decoding:as:)` does; the checkpoint's digest is what proves the bytes.
  public mutating func string() throws(Malformed) -> String {
    let v = try unsigned()
    if v & 1 == 1 {
      let number = v >> 1
      guard number < UInt64(seen.count) else {
        throw Malformed(what: "a string number not yet defined")
      }
      return seen[Int(number)]
    }
    let length = v >> 1
    guard length <= UInt64(remaining) else { throw Malformed(what: "a string past the end") }
    let end = position + Int(length)
    let text = String(decoding: bytes[position..<end], as: UTF8.self)
    position = end
    seen.append(text)
    return text
  }

  /// A string that may be absent: a presence byte, then the string.
  public mutating func optionalString() throws(Malformed) -> String? {
    try bool() ? try string() : nil
  }

  /// A list of strings: its count, then each.
  public mutating func strings() throws(Malformed) -> [String] {
    let n = try count()
    var out: [String] = []
    out.reserveCapacity(n)
    for _ in 0..<n { out.append(try string()) }
    return out
  }

  /// The next `n` bytes, as they are.
  public mutating func raw(_ n: Int) throws(Malformed) -> ArraySlice<UInt8> {
    guard n >= 0, n <= remaining else { throw Malformed(what: "truncated in raw bytes") }
    defer { position += n }
    return bytes[position..<(position + n)]
  }
}
