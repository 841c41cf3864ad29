import LedgerCore

/// Plain-text forms shared by this module's renderers.
enum TextParts {
  /// `2026-03-02 09:15 UTC` from a timestamp: the zone is always said, so a reader in
  /// British Summer Time is not misled.
  static func minute(_ t: Timestamp) -> String {
    let s = Array(t.rfc3339)
    guard s.count >= 16 else { return t.rfc3339 }
    return String(s[0..<10]) + " " + String(s[11..<16]) + " UTC"
  }

  /// An instant for a heading: `the end of 2026-02-10 (UTC)` for the last nanosecond of a
  /// day (what a plain `YYYY-MM-DD` option means), else RFC 3339.
  static func instant(_ t: Timestamp) -> String {
    t == Timestamp.endOfDay(t.date) ? "the end of \(t.date) (UTC)" : t.rfc3339
  }

  /// `"text"`, quoted for a reader.
  static func quoted(_ s: String) -> String { "\"" + s + "\"" }

  /// `A`, `A and B`, `A, B and C`.
  static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items.last!
  }

  /// `s` padded on the left with spaces to `width` characters.
  static func leftPadded(_ s: String, to width: Int) -> String {
    String(repeating: " ", count: max(0, width - s.count)) + s
  }
}
