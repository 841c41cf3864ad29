/// Small helpers for free text.
public enum Text {
  /// Whether `s` is empty or only white space.
  public static func isBlank(_ s: String) -> Bool {
    s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
  }
}

extension String {
  /// The string padded with spaces on the right to at least `width` characters.
  public func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
