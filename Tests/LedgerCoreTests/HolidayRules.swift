import LedgerCore

/// England and Wales bank holidays worked out from the rules, independently of the table, so
/// the table can be checked against them (and they against the table).
///
/// The Banking and Financial Dealings Act 1971 and the yearly proclamations give: New Year's
/// Day, Good Friday, Easter Monday, the first Monday in May, the last Monday in May, the last
/// Monday in August, Christmas Day and Boxing Day; a holiday that falls on a Saturday or Sunday
/// moves to the next weekday that is not already a holiday. The one-off changes are listed
/// explicitly in `oneOffs`.
enum HolidayRules {
  /// Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).
  static func easterSunday(_ year: Int) -> CivilDate {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CivilDate(year: year, month: month, day: day)!
  }

  /// The first Monday of `month`.
  static func firstMonday(_ year: Int, _ month: Int) -> CivilDate {
    let first = CivilDate(year: year, month: month, day: 1)!
    return first.adding(days: (8 - first.weekday) % 7)
  }

  /// The last Monday of `month`.
  static func lastMonday(_ year: Int, _ month: Int) -> CivilDate {
    let last = CivilDate(
      year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
    return last.adding(days: -((last.weekday - 1) % 7))
  }

  /// The year-specific changes by proclamation: a regular holiday moved, or a day added.
  static let oneOffs: [Int: (moved: [String: String], added: [String])] = [
    // VE Day 75: the early May bank holiday moved from Monday 4 to Friday 8 May.
    2020: (moved: ["2020-05-04": "2020-05-08"], added: []),
    // Platinum Jubilee: the spring bank holiday moved from Monday 30 May to Thursday 2 June,
    // and Friday 3 June was added; the State Funeral of Queen Elizabeth II, Monday 19 September.
    2022: (moved: ["2022-05-30": "2022-06-02"], added: ["2022-06-03", "2022-09-19"]),
    // The Coronation of King Charles III, Monday 8 May.
    2023: (moved: [:], added: ["2023-05-08"]),
  ]

  /// The bank holidays of `year` by the rules, earliest first.
  static func holidays(_ year: Int) -> [CivilDate] {
    let easter = easterSunday(year)
    var days: [CivilDate] = [
      easter.adding(days: -2), easter.adding(days: 1),
      firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8),
    ]
    // New Year's Day, Christmas Day and Boxing Day, in that order, each moving past weekends
    // and past a day already taken (Boxing Day after a Saturday Christmas goes to Tuesday).
    var fixed: [CivilDate] = []
    for (month, day) in [(1, 1), (12, 25), (12, 26)] {
      var date = CivilDate(year: year, month: month, day: day)!
      while date.weekday >= 6 || fixed.contains(date) { date = date.adding(days: 1) }
      fixed.append(date)
    }
    days += fixed
    if let change = oneOffs[year] {
      days = days.map { day in
        change.moved[day.description].map { CivilDate(parsing: $0)! } ?? day
      }
      days += change.added.map { CivilDate(parsing: $0)! }
    }
    return days.sorted()
  }
}
