/// The rules for IDs of sources, recommendations and actions.
public enum Identifier {
  /// The longest ID allowed.
  public static let maximumLength = 64

  /// Why `text` is not a valid ID, or nil if it is one.
  public static func problem(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else { return "an ID must not be empty" }
    guard bytes.count <= maximumLength else {
      return "ID \"\(text)\" is longer than \(maximumLength) characters"
    }
    func alnum(_ b: UInt8) -> Bool {
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
    guard alnum(bytes[0]) else { return "ID \"\(text)\" must start with a letter or digit" }
    for b in bytes where !(alnum(b) || b == 0x2E || b == 0x5F || b == 0x2D) {
      return "ID \"\(text)\" may use only letters, digits, '.', '_' and '-'"
    }
    return nil
  }
}
