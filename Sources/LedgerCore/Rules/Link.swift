/// What a `url` or `link` may hold (`Events/FORMAT.md`, rule 11).
public enum Link {
  /// The longest URL allowed, in Unicode scalars.
  public static let maximumLength = 2048

  /// Why `text` is not an acceptable URL, or nil if it is one: `http://` or `https://`
  /// (lowercase) then at least one more character, at most 2048 characters in all, and no
  /// white space, control or bidi-control character anywhere.
  public static func problem(_ text: String) -> String? {
    isPlainASCII(text) ? nil : scalarProblem(text)
  }

  /// `problem(_:)` scalar by scalar, for any text.
  static func scalarProblem(_ text: String) -> String? {
    let scalars = text.unicodeScalars
    guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
      return "must be an absolute URL starting http:// or https://"
    }
    let rest = text.hasPrefix("https://") ? text.dropFirst(8) : text.dropFirst(7)
    guard let first = rest.first, first != "/" else {
      return "must name a host after the scheme, e.g. https://example.org/"
    }
    guard scalars.count <= maximumLength else {
      return "is \(scalars.count) characters long; at most \(maximumLength) are allowed"
    }
    for s in scalars where isForbidden(s) {
      let hex = String(s.value, radix: 16, uppercase: true)
      return "holds U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex), "
        + "which a URL may not hold (white space, control or bidi-control)"
    }
    return nil
  }

  /// Whether `text` is an acceptable URL made only of printable ASCII (U+0021–U+007E), as
  /// almost every URL is: a scheme, a first character after it that is not `/`, and at most
  /// `maximumLength` bytes (one scalar each). Such a text passes every check of `problem(_:)`,
  /// so it is accepted from its bytes, with no look at Unicode properties.
  static func isPlainASCII(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      let count = bytes.count
      guard count <= maximumLength else { return false }
      let scheme: Int
      if count > 8, bytes[0] == 0x68, bytes[1] == 0x74, bytes[2] == 0x74, bytes[3] == 0x70,
        bytes[4] == 0x73, bytes[5] == 0x3A, bytes[6] == 0x2F, bytes[7] == 0x2F
      {
        scheme = 8  // https://
      } else if count > 7, bytes[0] == 0x68, bytes[1] == 0x74, bytes[2] == 0x74,
        bytes[3] == 0x70, bytes[4] == 0x3A, bytes[5] == 0x2F, bytes[6] == 0x2F
      {
        scheme = 7  // http://
      } else {
        return false
      }
      guard bytes[scheme] != 0x2F else { return false }
      for byte in bytes where byte < 0x21 || byte > 0x7E { return false }
      return true
    } ?? false
  }

  /// White space (Unicode White_Space), C0, DEL, C1, and the bidi controls U+061C, U+200E,
  /// U+200F, U+202A–U+202E, U+2066–U+2069.
  static func isForbidden(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    // ASCII: the controls, space and DEL (U+0009–U+000D, the ASCII white space, are controls).
    if v < 0x80 { return v <= 0x20 || v == 0x7F }
    if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
    if v == 0x61C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
    {
      return true
    }
    return s.properties.isWhitespace
  }
}
