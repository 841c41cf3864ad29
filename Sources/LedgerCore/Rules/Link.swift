/// What a `url` or `link` may hold (`Events/FORMAT.md`, rule 11).
public enum Link {
  /// The longest URL allowed, in Unicode scalars.
  public static let maximumLength = 2048

  /// Why `text` is not an acceptable URL, or nil if it is one: `http://` or `https://`
  /// (lowercase) then at least one more character, at most 2048 characters in all, and no
  /// white space, control or bidi-control character anywhere.
  public static func problem(_ text: String) -> String? {
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

  /// White space (Unicode White_Space), C0, DEL, C1, and the bidi controls U+061C, U+200E,
  /// U+200F, U+202A–U+202E, U+2066–U+2069.
  static func isForbidden(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
    if v == 0x61C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
    {
      return true
    }
    return s.properties.isWhitespace
  }
}
