/// Small helpers for free text.
public enum Text {
  /// Whether `s` is empty or only white space.
  public static func isBlank(_ s: String) -> Bool {
    // Fast path: a visible ASCII first byte means there is text.
    if let first = s.utf8.first, first > 0x20, first < 0x7F { return false }
    return s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
  }
}

extension String {
  /// The string padded with spaces on the right to at least `width` characters.
  public func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
