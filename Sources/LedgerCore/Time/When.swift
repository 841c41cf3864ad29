/// Parses the `WHEN` of `--as-of`, `--since` and `--until`.
public enum When {
  /// `YYYY-MM-DD` means the end of that day, UTC; otherwise an RFC 3339 timestamp.
  public static func parse(_ text: String) -> Timestamp? {
    if let date = CivilDate(parsing: text) { return Timestamp.endOfDay(date) }
    return Timestamp(rfc3339: text)
  }

  /// The usage error for a bad `WHEN` given to `option`.
  public static func problem(_ text: String, option: String) -> LedgerError {
    .usage(
      "\(option) \"\(text)\" is not a date or time",
      hint:
        "give YYYY-MM-DD (the end of that day, UTC) or an RFC 3339 time such as 2026-03-02T09:15:00Z"
    )
  }
}
