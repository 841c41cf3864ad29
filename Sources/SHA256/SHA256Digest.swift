/// A 32-byte digest.
///
/// Two digests are equal when their bytes are equal. The text form, ``hex``, is 64 lowercase
/// hexadecimal digits, the usual way to write a SHA-256 hash (it matches `sha256sum`).
public struct SHA256Digest: Hashable, Sendable, CustomStringConvertible {
  // The digest is H0...H7 written out big-endian; keeping the words avoids a heap allocation.
  private var word0: UInt32
  private var word1: UInt32
  private var word2: UInt32
  private var word3: UInt32
  private var word4: UInt32
  private var word5: UInt32
  private var word6: UInt32
  private var word7: UInt32

  /// Wraps the final hash value H0...H7.
  init(words: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)) {
    (word0, word1, word2, word3, word4, word5, word6, word7) = words
  }

  /// Parses 64 hexadecimal digits, lowercase or uppercase.
  ///
  /// Returns `nil` for anything else: a different length, a character that is not a hex digit,
  /// a `0x` prefix or surrounding whitespace.
  public init?(hex: String) {
    var hex = hex
    guard let digest = hex.withUTF8({ SHA256Digest(hexUTF8: UnsafeRawBufferPointer($0)) })
    else { return nil }
    self = digest
  }

  /// Parses 64 hexadecimal digits given as their ASCII bytes, lowercase or uppercase, as
  /// ``init(hex:)`` does, without making a string first.
  public init?(hexUTF8 hex: UnsafeRawBufferPointer) {
    guard hex.count == 64, let base = hex.baseAddress else { return nil }
    // Hot when verifying (twice a line), so branch-free: which of digit or letter each
    // character is cannot be predicted. For a hex digit c, (c & 0xF) + 9 * (c >> 6) is its
    // value ('0'-'9' have c >> 6 == 0; 'a'-'f' and 'A'-'F' have 1 and low nibble 1-6).
    var valid: UInt32 = 1
    var words: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
      (0, 0, 0, 0, 0, 0, 0, 0)
    withUnsafeMutableBytes(of: &words) { raw in
      for index in 0..<8 {
        var value: UInt32 = 0
        for k in 0..<8 {
          let c = base.load(fromByteOffset: index &* 8 &+ k, as: UInt8.self)
          let isDigit: UInt32 = c &- UInt8(ascii: "0") < 10 ? 1 : 0
          let isLetter: UInt32 = (c | 0x20) &- UInt8(ascii: "a") < 6 ? 1 : 0
          valid &= isDigit | isLetter
          value = value << 4 | (UInt32(c & 0xF) &+ 9 &* UInt32(c >> 6))
        }
        raw.storeBytes(of: value, toByteOffset: index &* 4, as: UInt32.self)
      }
    }
    guard valid == 1 else { return nil }
    self.init(words: words)
  }

  /// Reads 64 hexadecimal digits the caller has already checked (lowercase or uppercase),
  /// eight at a time in one 64-bit word: no check and no branch per digit. Anything other than
  /// 64 hex digits gives an unspecified digest, so check first (as the line scanner does).
  public init(checkedHexUTF8 hex: UnsafeRawBufferPointer) {
    precondition(hex.count == 64)
    let base = hex.baseAddress!
    func word(_ index: Int) -> UInt32 {
      // Byte k of `x` is the (k+1)th digit; a digit's value is (c & 0xF) + 9 * (c >> 6).
      let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index &* 8, as: UInt64.self))
      var v = (x & 0x0F0F_0F0F_0F0F_0F0F) &+ ((x >> 6) & 0x0101_0101_0101_0101) &* 9
      v = v.byteSwapped  // the first digit in the top byte
      v = (v | (v >> 4)) & 0x00FF_00FF_00FF_00FF
      v = (v | (v >> 8)) & 0x0000_FFFF_0000_FFFF
      v = (v | (v >> 16)) & 0x0000_0000_FFFF_FFFF
      return UInt32(truncatingIfNeeded: v)
    }
    self.init(
      words: (word(0), word(1), word(2), word(3), word(4), word(5), word(6), word(7)))
  }

  /// The 32 digest bytes, in order.
  public var bytes: [UInt8] {
    [UInt8](unsafeUninitializedCapacity: 32) { buffer, initializedCount in
      let raw = UnsafeMutableRawBufferPointer(buffer)
      forEachWord { index, word in
        raw.storeBytes(of: word.bigEndian, toByteOffset: index * 4, as: UInt32.self)
      }
      initializedCount = 32
    }
  }

  /// The digest as 64 lowercase hexadecimal digits.
  public var hex: String {
    String(unsafeUninitializedCapacity: 64) { output in
      forEachWord { index, word in
        for nibble in 0..<8 {
          let value = UInt8(truncatingIfNeeded: word >> (28 - 4 * nibble)) & 0x0f
          output[index * 8 + nibble] = value < 10 ? value + 0x30 : value + 0x57  // 0-9, a-f
        }
      }
      return 64
    }
  }

  /// The same as ``hex``.
  public var description: String { hex }

  /// Calls `body` with each of H0...H7 and its position.
  private func forEachWord(_ body: (Int, UInt32) -> Void) {
    body(0, word0)
    body(1, word1)
    body(2, word2)
    body(3, word3)
    body(4, word4)
    body(5, word5)
    body(6, word6)
    body(7, word7)
  }
}
