/// Parses a point in time given as a date or an RFC 3339 time.
public enum When {
  /// `YYYY-MM-DD` means the end of that day, UTC; otherwise an RFC 3339 timestamp.
  public static func parse(_ text: String) -> Timestamp? {
    if let date = CivilDate(parsing: text) { return Timestamp.endOfDay(date) }
    return Timestamp(rfc3339: text)
  }
}
