/// England and Wales bank holidays, compiled in, for the years in ``coveredYears``.
///
/// The source of truth is `Events/calendar/bank-holidays-england-and-wales.csv`; the table in
/// `BankHolidays+Table.swift` is the same list (a test holds them together). Outside the
/// covered years every question is refused with ``notCovered(_:)`` rather than answered from a
/// guess: a deadline computed without a year's one-off holidays would be silently wrong.
public enum BankHolidays {
  /// The years the calendar knows, first to last.
  public static let coveredYears = 2018...2030

  /// Every bank holiday in the covered years, earliest first.
  public static let all: [BankHoliday] = table.map { row in
    BankHoliday(date: CivilDate(parsing: row.date)!, name: row.name)
  }

  /// The bank holidays by date.
  static let byDate: [CivilDate: BankHoliday] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.date, $0) })

  /// The bank holiday on `date`, or `nil` if it is not one; throws if the calendar does not
  /// cover `date`'s year.
  public static func holiday(on date: CivilDate) throws(LedgerError) -> BankHoliday? {
    try checkCovered(date.year)
    return byDate[date]
  }

  /// The bank holidays of `year`, earliest first; throws if the calendar does not cover it.
  public static func holidays(in year: Int) throws(LedgerError) -> [BankHoliday] {
    try checkCovered(year)
    return all.filter { $0.date.year == year }
  }

  /// Throws ``notCovered(_:)`` unless `year` is in ``coveredYears``.
  public static func checkCovered(_ year: Int) throws(LedgerError) {
    guard coveredYears.contains(year) else { throw notCovered(year) }
  }

  /// The refusal for a year the calendar does not hold.
  public static func notCovered(_ year: Int) -> LedgerError {
    let first = coveredYears.lowerBound
    let last = coveredYears.upperBound
    return LedgerError(
      .data,
      "the bank holiday calendar does not cover \(year); it holds England and Wales bank "
        + "holidays for \(first) to \(last) only, so working days in \(year) cannot be counted",
      hint:
        "a build of ledger whose calendar includes \(year) is needed (its bank holidays from "
        + "gov.uk/bank-holidays go in Events/calendar/bank-holidays-england-and-wales.csv "
        + "and BankHolidays+Table.swift)")
  }
}
