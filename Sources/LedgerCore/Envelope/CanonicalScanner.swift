#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads JSON values from a line's bytes, accepting only their canonical spelling
/// (`Events/FORMAT.md`, C3), without building a JSON tree.
///
/// `LineCodec`'s fast path reads the envelope with it, and `data` through `CanonicalObject`:
/// each reader returns `nil` at the first byte that is not exactly what the writer would have
/// written there, and the caller then hands the whole line to the strict decoder, which names
/// the problem. So the scanner never
/// has to explain anything; it must only never accept what the strict decoder refuses.
struct CanonicalScanner {
  /// The line, without its `\n`; never empty.
  let bytes: UnsafeRawBufferPointer
  /// The offset of the next byte to read.
  private(set) var at = 0
  /// Whether the last string read held an escape (so its bytes are not its text).
  private(set) var escaped = false

  /// A scanner at the start of `bytes`, which must not be empty.
  init(_ bytes: UnsafeRawBufferPointer) {
    precondition(!bytes.isEmpty, "the fast path is never given an empty line")
    self.bytes = bytes
  }

  /// Whether every byte has been read.
  var isAtEnd: Bool { at == bytes.count }

  /// The next byte, without reading it; `nil` at the end.
  var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

  /// The bytes in `range`.
  func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(rebasing: bytes[range])
  }

  /// Reads `literal` if the next bytes are exactly it. (Inlined, so each literal's length and
  /// bytes are constants where it is used.)
  @inline(__always)
  mutating func take(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard bytes.count - at >= count,
      ShortBytes.equal(bytes.baseAddress! + at, literal.utf8Start, count: count)
    else { return false }
    at += count
    return true
  }

  /// Reads an integer member's value as the writer spells it: ASCII digits, no sign, no
  /// leading zero, 1 ≤ n ≤ 2^53 − 1 (C3).
  mutating func integer() -> Int? {
    let start = at
    var value = 0
    while at < bytes.count {
      let digit = bytes[at] &- UInt8(ascii: "0")
      guard digit < 10 else { break }
      guard at - start < 16 else { return nil }
      value = value * 10 + Int(digit)
      at += 1
    }
    guard at > start, bytes[start] != UInt8(ascii: "0"),
      value <= LineLimits.largestInteger
    else { return nil }
    return value
  }

  /// Reads a string whose every escape is one the writer writes (C3) and whose bytes are
  /// well-formed UTF-8; returns the range between the quotes and sets `escaped`.
  mutating func string() -> Range<Int>? {
    guard at < bytes.count, bytes[at] == Self.quote else { return nil }
    let start = at + 1
    var j = start
    var sawEscape = false
    while j < bytes.count {
      if bytes.count - j >= 8 {
        let plain = plainBytes(at: j)
        j += plain
        if plain == 8 { continue }
      }
      let c = bytes[j]
      if c == Self.quote {
        at = j + 1
        escaped = sawEscape
        return start..<j
      }
      if c == Self.backslash {
        guard let next = canonicalEscapeEnd(j) else { return nil }
        sawEscape = true
        j = next
      } else if c < 0x20 {
        return nil
      } else if c >= 0x80 {
        guard let next = utf8SequenceEnd(j) else { return nil }
        j = next
      } else {
        j += 1
      }
    }
    return nil
  }

  /// Reads `"` + 64 lowercase hex digits + `"`; returns the range of the digits.
  mutating func hexDigest() -> Range<Int>? {
    guard bytes.count - at >= 66, bytes[at] == Self.quote, bytes[at + 65] == Self.quote
    else { return nil }
    let digits = bytes.baseAddress! + at + 1
    // No branch per digit, so the loop vectorises.
    var bad: UInt8 = 0
    for k in 0..<64 {
      let c = digits.load(fromByteOffset: k, as: UInt8.self)
      let notDigit: UInt8 = c &- 0x30 >= 10 ? 1 : 0
      let notLetter: UInt8 = c &- 0x61 >= 6 ? 1 : 0
      bad |= notDigit & notLetter
    }
    guard bad == 0 else { return nil }
    defer { at += 66 }
    return (at + 1)..<(at + 65)
  }

  /// The text of the string whose bytes between the quotes are `range`, read by `string()`
  /// (so every escape in it is canonical and its bytes are well-formed UTF-8).
  func text(_ range: Range<Int>, escaped: Bool) -> String {
    guard escaped else { return String(decoding: slice(range), as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(range.count)
    var j = range.lowerBound
    while j < range.upperBound {
      let c = bytes[j]
      guard c == Self.backslash else {
        out.append(c)
        j += 1
        continue
      }
      switch bytes[j + 1] {
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        out.append((bytes[j + 4] &- 0x30) << 4 | Self.hexValue(bytes[j + 5]))
        j += 4
      default: out.append(bytes[j + 1])  // `"` or `\`
      }
      j += 2
    }
    return String(decoding: out, as: UTF8.self)
  }

  // MARK: - Bytes

  /// How many of the eight bytes at `j` are plain ASCII text before the first that is not (a
  /// quote, a backslash, a control byte or one above 0x7F): tested together, eight to a word.
  private func plainBytes(at j: Int) -> Int {
    let w = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: j, as: UInt64.self))
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // The high bit of each byte below `n` (n <= 0x80); a borrow may mark a byte after a marked
    // one, never before, so the lowest mark is exact.
    func below(_ v: UInt64, _ n: UInt64) -> UInt64 { (v &- ones &* n) & ~v & highs }
    let special =
      below(w, 0x20) | below(w ^ (ones &* 0x22), 1) | below(w ^ (ones &* 0x5C), 1) | (w & highs)
    return special.trailingZeroBitCount / 8
  }

  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")

  /// The index after the escape at `j` if it is one the writer writes: `\"`, `\\`, the five
  /// short escapes, or `\u00xx` in lowercase hex for the other bytes below 0x20.
  private func canonicalEscapeEnd(_ j: Int) -> Int? {
    guard j + 1 < bytes.count else { return nil }
    switch bytes[j + 1] {
    case Self.quote, Self.backslash, UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
      UInt8(ascii: "r"), UInt8(ascii: "t"):
      return j + 2
    case UInt8(ascii: "u"):
      guard j + 5 < bytes.count, bytes[j + 2] == UInt8(ascii: "0"),
        bytes[j + 3] == UInt8(ascii: "0")
      else { return nil }
      let high = bytes[j + 4]
      let low = bytes[j + 5]
      guard high == UInt8(ascii: "0") || high == UInt8(ascii: "1"),
        (low >= 0x30 && low <= 0x39) || (low >= 0x61 && low <= 0x66)
      else { return nil }
      let value = (high &- 0x30) << 4 | Self.hexValue(low)
      // These five have short escapes, which the writer uses instead.
      guard value != 0x08, value != 0x09, value != 0x0A, value != 0x0C, value != 0x0D else {
        return nil
      }
      return j + 6
    default:
      return nil
    }
  }

  /// The value of a lowercase hex digit.
  private static func hexValue(_ c: UInt8) -> UInt8 {
    c <= UInt8(ascii: "9") ? c &- 0x30 : c &- 0x57
  }

  /// The index after the well-formed UTF-8 sequence whose lead byte (>= 0x80) is at `k`, or
  /// `nil` if it is not well formed (Unicode Table 3-7), as the strict JSON reader decides.
  private func utf8SequenceEnd(_ k: Int) -> Int? {
    func continuation(_ i: Int) -> Bool { bytes[i] & 0xC0 == 0x80 }
    let c0 = bytes[k]
    if c0 < 0xC2 { return nil }
    if c0 < 0xE0 {
      guard k + 1 < bytes.count, continuation(k + 1) else { return nil }
      return k + 2
    }
    if c0 < 0xF0 {
      guard k + 2 < bytes.count else { return nil }
      let c1 = bytes[k + 1]
      let low: UInt8 = c0 == 0xE0 ? 0xA0 : 0x80
      let high: UInt8 = c0 == 0xED ? 0x9F : 0xBF
      guard c1 >= low, c1 <= high, continuation(k + 2) else { return nil }
      return k + 3
    }
    if c0 < 0xF5 {
      guard k + 3 < bytes.count else { return nil }
      let c1 = bytes[k + 1]
      let low: UInt8 = c0 == 0xF0 ? 0x90 : 0x80
      let high: UInt8 = c0 == 0xF4 ? 0x8F : 0xBF
      guard c1 >= low, c1 <= high, continuation(k + 2), continuation(k + 3) else { return nil }
      return k + 4
    }
    return nil
  }
}
