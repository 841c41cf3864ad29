#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Builds a compact binary form: unsigned LEB128 varints, zigzag-coded signed integers, and
/// strings written once and then referred to by number. `ByteReader` reads it back.
///
/// A string is one varint `v` and, the first time, its bytes: an even `v` is a new string of
/// `v / 2` UTF-8 bytes that follow (and gets the next number, from 0); an odd `v` is the string
/// numbered `(v - 1) / 2` already written. A plan repeats its IDs, notes, owners and actors
/// many times, so this keeps the form small and lets the reader share one copy of each.
public struct ByteWriter {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []
  /// The number of each string written so far, by its exact bytes.
  private var numbers: [Bytes: Int] = [:]

  /// A string compared and hashed by its UTF-8 bytes alone: quicker than `String`'s own
  /// (Unicode-normalising) hashing, and exact (two spellings of "é" stay two strings).
  struct Bytes: Hashable {
    var text: String

    func hash(into hasher: inout Hasher) {
      var copy = text
      copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: Bytes, rhs: Bytes) -> Bool {
      var a = lhs.text
      var b = rhs.text
      return a.withUTF8 { x in
        b.withUTF8 { y in
          x.count == y.count
            && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
        }
      }
    }
  }

  /// An empty writer, with room for about `capacity` bytes.
  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends raw bytes, as they are.
  public mutating func raw(_ more: some Sequence<UInt8>) {
    bytes.append(contentsOf: more)
  }

  /// Appends `value` as an unsigned LEB128 varint (1 to 10 bytes).
  public mutating func unsigned(_ value: UInt64) {
    var v = value
    while v >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  /// Appends a count or a length (never negative).
  public mutating func count(_ value: Int) {
    precondition(value >= 0, "a count is never negative")
    unsigned(UInt64(value))
  }

  /// Appends a signed integer, zigzag-coded so small negative numbers stay short.
  public mutating func int(_ value: Int) {
    int64(Int64(value))
  }

  /// Appends a signed 64-bit integer, zigzag-coded.
  public mutating func int64(_ value: Int64) {
    unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
  }

  /// Appends a boolean as one byte, 0 or 1.
  public mutating func bool(_ value: Bool) {
    bytes.append(value ? 1 : 0)
  }

  /// Appends a string: its bytes the first time, its number after that.
  public mutating func string(_ value: String) {
    let key = Bytes(text: value)
    if let number = numbers[key] {
      unsigned(UInt64(number) << 1 | 1)
      return
    }
    numbers[key] = numbers.count
    var text = value
    text.withUTF8 { utf8 in
      unsigned(UInt64(utf8.count) << 1)
      bytes.append(contentsOf: utf8)
    }
  }

  /// Appends a string that may be absent: a presence byte, then the string.
  public mutating func optionalString(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  /// Appends a list of strings: its count, then each.
  public mutating func strings(_ values: [String]) {
    count(values.count)
    for value in values { string(value) }
  }
}
