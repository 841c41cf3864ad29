/// A calendar date (proleptic Gregorian), e.g. a due date. No time, no time zone.
///
/// Dates read from text are years 0001 to 9999, written `YYYY-MM-DD`. Arithmetic may reach
/// other years; those are written in ISO 8601's expanded form (`+10000-01-01`, `-0001-12-31`).
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year, e.g. 2026 (year 0 is 1 BC).
  public let year: Int
  /// The month, 1 (January) to 12 (December).
  public let month: Int
  /// The day of the month, from 1.
  public let day: Int

  /// The years `init(year:month:day:)` accepts: nine digits either way.
  public static let supportedYears = -999_999_999...999_999_999

  /// The date, or `nil` if there is no such day (2026-02-29 is `nil`, 2028-02-29 is a date)
  /// or the year is outside `supportedYears`.
  public init?(year: Int, month: Int, day: Int) {
    guard CivilDate.supportedYears.contains(year), (1...12).contains(month),
      day >= 1, day <= CivilDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads exactly `YYYY-MM-DD` (RFC 3339 `full-date`): a four-digit year 0001 to 9999, a
  /// two-digit month and day, ASCII digits only, a real date, nothing before or after.
  public init?(parsing text: String) {
    var text = text
    guard let date = text.withUTF8({ CivilDate.parse(UnsafeRawBufferPointer($0), at: 0) }),
      text.utf8.count == 10
    else { return nil }
    self = date
  }

  /// The date `days` days after 1970-01-01 (which is day 0); negative days are before it.
  public init(daysSinceEpoch days: Int) {
    // Howard Hinnant's civil_from_days: March-based years in 400-year eras.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra =
      (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    self.day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    self.month = month
    self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// Days since 1970-01-01 (day 0); negative before it.
  public var daysSinceEpoch: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `days` days later (earlier if negative).
  public func adding(days: Int) -> CivilDate {
    CivilDate(daysSinceEpoch: daysSinceEpoch + days)
  }

  /// The ISO weekday: Monday 1 through Sunday 7.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let r = (daysSinceEpoch + 3) % 7
    return (r < 0 ? r + 7 : r) + 1
  }

  /// `YYYY-MM-DD`; years outside 0000-9999 get a sign (`+10000-01-01`, `-0001-01-01`).
  public var description: String {
    // The common case, written straight into the string's storage (reports print hundreds of
    // thousands of these).
    if year >= 0, year <= 9999 {
      return String(unsafeUninitializedCapacity: 10) { out in
        writeYYYYMMDD(into: out)
        return 10
      }
    }
    var out = ""
    if year < 0 {
      out += "-"
    } else if year > 9999 {
      out += "+"
    }
    out += CivilDate.padded(year.magnitude, width: 4)
    out += "-" + CivilDate.padded(UInt(month), width: 2)
    out += "-" + CivilDate.padded(UInt(day), width: 2)
    return out
  }

  /// Earlier dates sort first.
  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Whether `year` has a 29 February.
  public static func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// The number of days in a month (1...12) of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Reads `YYYY-MM-DD` at `start` (exactly 10 bytes, year 0001-9999); `nil` if those bytes
  /// are not a real date. Does not look past the 10 bytes.
  static func parse(_ bytes: UnsafeRawBufferPointer, at start: Int) -> CivilDate? {
    guard bytes.count - start >= 10,
      bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
      let year = digits(bytes, start, 4), let month = digits(bytes, start + 5, 2),
      let day = digits(bytes, start + 8, 2), year >= 1
    else { return nil }
    return CivilDate(year: year, month: month, day: day)
  }

  /// The value of `count` ASCII digits at `start`, or `nil` if any byte is not one.
  static func digits(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int? {
    guard start >= 0, start + count <= bytes.count else { return nil }
    var value = 0
    for k in start..<start + count {
      let d = bytes[k] &- UInt8(ascii: "0")
      guard d < 10 else { return nil }
      value = value * 10 + Int(d)
    }
    return value
  }

  /// `value` in decimal, zero-padded to at least `width` digits.
  /// Writes `YYYY-MM-DD` into the first 10 bytes of `out`; the year must be 0...9999.
  func writeYYYYMMDD(into out: UnsafeMutableBufferPointer<UInt8>) {
    CivilDate.writeDigits(UInt(year), width: 4, into: out, at: 0)
    out[4] = 0x2D
    CivilDate.writeDigits(UInt(month), width: 2, into: out, at: 5)
    out[7] = 0x2D
    CivilDate.writeDigits(UInt(day), width: 2, into: out, at: 8)
  }

  /// Writes `value` (which must fit) as `width` decimal digits, zero-padded, at `at`.
  static func writeDigits(
    _ value: UInt, width: Int, into out: UnsafeMutableBufferPointer<UInt8>, at: Int
  ) {
    var value = value
    for k in stride(from: at + width - 1, through: at, by: -1) {
      out[k] = 0x30 + UInt8(value % 10)
      value /= 10
    }
  }

  static func padded(_ value: UInt, width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
