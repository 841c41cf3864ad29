/// Limits and spellings every reader of a line holds members to, whichever way it reads.
enum LineLimits {
  /// The largest integer any integer member may hold: 2^53 − 1.
  static let largestInteger = 9_007_199_254_740_991

  /// Whether every byte of `s` is 0-9 or a-f.
  static func isLowercaseHex(_ s: String) -> Bool {
    func check<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
      for b in bytes where !((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66)) { return false }
      return true
    }
    return s.utf8.withContiguousStorageIfAvailable { check($0) } ?? check(s.utf8)
  }
}
