/// Equality of short byte runs (a key, a literal, an event type), compared in registers.
///
/// The fast path compares a dozen literals and a type name per line, each a few to a few
/// dozen bytes; a call to `memcmp` through the PLT for each was a few percent of `status`
/// (issue 10). Words are loaded unaligned and never beyond the `count` bytes given.
enum ShortBytes {
  /// Whether the `count` bytes at `a` and at `b` are the same.
  @inline(__always)
  static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
    if count >= 8 {
      var k = 0
      while k + 8 < count {
        guard word(a, k) == word(b, k) else { return false }
        k += 8
      }
      // The last eight bytes, overlapping the words before if `count` is not a multiple.
      return word(a, count - 8) == word(b, count - 8)
    }
    if count >= 4 {
      return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
        && a.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
          == b.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    }
    var k = 0
    while k < count {
      guard a.load(fromByteOffset: k, as: UInt8.self) == b.load(fromByteOffset: k, as: UInt8.self)
      else { return false }
      k += 1
    }
    return true
  }

  @inline(__always)
  private static func word(_ p: UnsafeRawPointer, _ offset: Int) -> UInt64 {
    p.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
  }
}
