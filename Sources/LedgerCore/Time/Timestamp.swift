#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An instant, UTC, with nanosecond precision.
///
/// Leap seconds are not counted (POSIX time): a leap second such as `1998-12-31T23:59:60Z` is
/// read as the same instant as `1999-01-01T00:00:00Z`.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z (negative before it).
  public let seconds: Int64
  /// Nanoseconds within the second, 0..<1_000_000_000.
  public let nanoseconds: Int32

  /// The instant `seconds` and `nanoseconds` (0..<1_000_000_000) after the epoch.
  public init(seconds: Int64, nanoseconds: Int32 = 0) {
    precondition(
      (0..<1_000_000_000).contains(nanoseconds), "nanoseconds \(nanoseconds) out of range")
    self.seconds = seconds
    self.nanoseconds = nanoseconds
  }

  /// Reads an RFC 3339 `date-time`, converting it to UTC.
  ///
  /// Exactly `YYYY-MM-DD`, `T` or `t`, `HH:MM:SS`, an optional fraction (`.` and one or more
  /// digits; digits past the ninth are truncated), and `Z`, `z` or an offset `+HH:MM`/`-HH:MM`
  /// (hours 00-23, minutes 00-59). Years 0001-9999, real dates, hours 00-23, minutes 00-59.
  /// Second 60 is accepted only where the time, converted to UTC, is 23:59:60 (a leap second);
  /// it is read as the first second of the next day. Anything else (a space instead of `T`, a
  /// missing offset, trailing text) gives `nil`.
  public init?(rfc3339 text: String) {
    var text = text
    guard let instant = text.withUTF8({ Timestamp.parse(UnsafeRawBufferPointer($0)) }) else {
      return nil
    }
    self = instant
  }

  /// The last nanosecond of a day, UTC: `dateT23:59:59.999999999Z`.
  public static func endOfDay(_ date: CivilDate) -> Timestamp {
    Timestamp(seconds: Int64(date.daysSinceEpoch) * 86_400 + 86_399, nanoseconds: 999_999_999)
  }

  /// The wall clock's current time (`CLOCK_REALTIME`).
  public static func now() -> Timestamp {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Timestamp(seconds: Int64(now.tv_sec), nanoseconds: Int32(now.tv_nsec))
  }

  /// The calendar date of this instant in UTC.
  public var date: CivilDate {
    CivilDate(daysSinceEpoch: Int(floorDays))
  }

  /// RFC 3339 in UTC with `Z`: `2026-03-02T09:15:00Z`, or with the fraction's trailing zeros
  /// trimmed when there are nanoseconds, e.g. `2026-03-02T09:15:00.25Z`.
  public var rfc3339: String {
    let secondOfDay = Int(seconds - floorDays * 86_400)
    let day = date
    // The common case (whole seconds, years 0-9999), written straight into the string.
    if nanoseconds == 0, day.year >= 0, day.year <= 9999 {
      return String(unsafeUninitializedCapacity: 20) { out in
        day.writeYYYYMMDD(into: out)
        out[10] = 0x54
        CivilDate.writeDigits(UInt(secondOfDay / 3600), width: 2, into: out, at: 11)
        out[13] = 0x3A
        CivilDate.writeDigits(UInt(secondOfDay / 60 % 60), width: 2, into: out, at: 14)
        out[16] = 0x3A
        CivilDate.writeDigits(UInt(secondOfDay % 60), width: 2, into: out, at: 17)
        out[19] = 0x5A
        return 20
      }
    }
    var out = day.description
    out += "T" + CivilDate.padded(UInt(secondOfDay / 3600), width: 2)
    out += ":" + CivilDate.padded(UInt(secondOfDay / 60 % 60), width: 2)
    out += ":" + CivilDate.padded(UInt(secondOfDay % 60), width: 2)
    if nanoseconds > 0 {
      var fraction = CivilDate.padded(UInt(nanoseconds), width: 9)
      while fraction.hasSuffix("0") { fraction.removeLast() }
      out += "." + fraction
    }
    return out + "Z"
  }

  /// Same as `rfc3339`.
  public var description: String { rfc3339 }

  /// Earlier instants sort first.
  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
  }

  /// Whole days since the epoch, rounded down.
  private var floorDays: Int64 {
    let q = seconds / 86_400
    return seconds % 86_400 < 0 ? q - 1 : q
  }

  private static func parse(_ b: UnsafeRawBufferPointer) -> Timestamp? {
    // date "T" HH ":" MM ":" SS
    guard b.count >= 20, let date = CivilDate.parse(b, at: 0),
      b[10] | 0x20 == UInt8(ascii: "t"), b[13] == UInt8(ascii: ":"),
      b[16] == UInt8(ascii: ":"),
      let hour = CivilDate.digits(b, 11, 2), let minute = CivilDate.digits(b, 14, 2),
      let second = CivilDate.digits(b, 17, 2),
      hour <= 23, minute <= 59, second <= 60
    else { return nil }
    var k = 19
    // Fraction: keep nine digits, truncate the rest.
    var nanoseconds = 0
    if b[k] == UInt8(ascii: ".") {
      k += 1
      let first = k
      var scale = 100_000_000
      while k < b.count, b[k] &- UInt8(ascii: "0") < 10 {
        nanoseconds += Int(b[k] &- UInt8(ascii: "0")) * scale
        scale /= 10
        k += 1
      }
      guard k > first else { return nil }
    }
    // Offset: Z, z, or +HH:MM / -HH:MM, then the end.
    guard k < b.count else { return nil }
    var offsetMinutes = 0
    if b[k] | 0x20 == UInt8(ascii: "z") {
      k += 1
    } else if b[k] == UInt8(ascii: "+") || b[k] == UInt8(ascii: "-") {
      guard k + 6 <= b.count, b[k + 3] == UInt8(ascii: ":"),
        let offsetHour = CivilDate.digits(b, k + 1, 2),
        let offsetMinute = CivilDate.digits(b, k + 4, 2),
        offsetHour <= 23, offsetMinute <= 59
      else { return nil }
      offsetMinutes = offsetHour * 60 + offsetMinute
      if b[k] == UInt8(ascii: "-") { offsetMinutes = -offsetMinutes }
      k += 6
    } else {
      return nil
    }
    guard k == b.count else { return nil }
    // A leap second is only ever the last second of a UTC day.
    if second == 60 {
      let utcMinuteOfDay = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
      guard utcMinuteOfDay == 23 * 60 + 59 else { return nil }
    }
    let local = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    return Timestamp(
      seconds: local - Int64(offsetMinutes * 60), nanoseconds: Int32(nanoseconds))
  }
}
