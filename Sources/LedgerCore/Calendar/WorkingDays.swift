/// Working days in England and Wales: Monday to Friday, bank holidays excluded.
///
/// Every function consults ``BankHolidays`` for each day it examines and throws
/// ``BankHolidays/notCovered(_:)`` when a day falls outside the covered years, so an answer is
/// never computed from an incomplete calendar.
public enum WorkingDays {
  /// Whether `date` is a working day: a weekday that is not a bank holiday.
  public static func isWorkingDay(_ date: CivilDate) throws(LedgerError) -> Bool {
    let holiday = try BankHolidays.holiday(on: date)
    return date.weekday <= 5 && holiday == nil
  }

  /// The date `days` working days after `start`, counting from the day after `start`: the
  /// statutory "within 70 working days of publication" is `add(70, after: published)`.
  ///
  /// `add(0, after: start)` is `start`. `start` itself need not be a working day.
  /// - Precondition: `days >= 0`.
  public static func add(_ days: Int, after start: CivilDate) throws(LedgerError) -> CivilDate {
    precondition(days >= 0, "WorkingDays.add counts forwards only")
    var date = start
    var counted = 0
    while counted < days {
      date = date.adding(days: 1)
      if try isWorkingDay(date) { counted += 1 }
    }
    return date
  }

  /// How many working days there are after `start` up to and including `end`; 0 when `end` is
  /// not after `start`. `count(after: d, through: add(n, after: d))` is `n`.
  public static func count(after start: CivilDate, through end: CivilDate) throws(LedgerError)
    -> Int
  {
    var date = start
    var counted = 0
    while date < end {
      date = date.adding(days: 1)
      if try isWorkingDay(date) { counted += 1 }
    }
    return counted
  }
}
