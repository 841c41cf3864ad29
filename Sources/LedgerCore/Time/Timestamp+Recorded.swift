extension Timestamp {
  /// Reads `recorded`'s one spelling (`Events/FORMAT.md`, "The envelope"):
  /// `YYYY-MM-DDTHH:MM:SSZ`, exactly 20 ASCII characters, a real date (years 0001-9999),
  /// hours 00-23, minutes 00-59, seconds 00-59. No fraction, no lowercase `t`/`z`, no offset.
  public init?(recorded text: String) {
    var text = text
    guard let instant = text.withUTF8({ Timestamp(recordedUTF8: UnsafeRawBufferPointer($0)) })
    else { return nil }
    self = instant
  }

  /// Reads `recorded`'s one spelling from its UTF-8 bytes (see `init?(recorded:)`).
  init?(recordedUTF8 b: UnsafeRawBufferPointer) {
    guard b.count == 20, let date = CivilDate.parse(b, at: 0),
      b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
      b[19] == UInt8(ascii: "Z"),
      let hour = CivilDate.digits(b, 11, 2), let minute = CivilDate.digits(b, 14, 2),
      let second = CivilDate.digits(b, 17, 2), hour <= 23, minute <= 59, second <= 59
    else { return nil }
    self.init(
      seconds: Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second))
  }
}
