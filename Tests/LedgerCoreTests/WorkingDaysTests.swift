import LedgerCore
import Testing

private func d(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

/// A publication date and the action plan's due date, 70 working days later, worked out by
/// hand. The method: 70 working days are 14 whole weeks, so with no bank holiday in the way the
/// 70th working day after a weekday publication is the same weekday 14 weeks (98 days) later;
/// each bank holiday falling on a weekday inside that span pushes the end one working day on,
/// skipping weekends and any further bank holiday met on the way.
struct StatutoryCase: CustomTestStringConvertible, Sendable {
  var published: String
  var due: String
  var about: String
  var testDescription: String { "\(published) → \(due): \(about)" }
}

private let statutoryCases: [StatutoryCase] = [
  // Tue 9 May 2023 + 14 weeks = Tue 15 Aug 2023. In between: Mon 29 May (spring). One push:
  // Wed 16 Aug. (28 Aug, the summer bank holiday, comes after.) Matches the cabinet minutes.
  StatutoryCase(
    published: "2023-05-09", due: "2023-08-16", about: "Stockton-on-Tees, the cabinet minutes"),
  // Thu 1 Feb 2024 + 14 weeks = Thu 9 May 2024. In between: Good Friday 29 Mar, Easter Monday
  // 1 Apr, early May 6 May. Three pushes: Fri 10, Mon 13, Tue 14 May.
  StatutoryCase(published: "2024-02-01", due: "2024-05-14", about: "across Easter 2024"),
  // Fri 19 May 2023 + 14 weeks = Fri 25 Aug 2023. In between: Mon 29 May (spring). One push:
  // Mon 28 Aug is the summer bank holiday, so Tue 29 Aug.
  StatutoryCase(
    published: "2023-05-19", due: "2023-08-29",
    about: "late May, then the August bank holiday met on the push"),
  // Thu 22 May 2025 + 14 weeks = Thu 28 Aug 2025. In between: Mon 26 May (spring), Mon 25 Aug
  // (summer). Two pushes: Fri 29 Aug, Mon 1 Sep.
  StatutoryCase(
    published: "2025-05-22", due: "2025-09-01", about: "late May and August bank holidays 2025"),
  // Fri 22 Oct 2021 + 14 weeks = Fri 28 Jan 2022. Christmas 2021 was a Saturday: substitute
  // days Mon 27 and Tue 28 Dec; New Year's Day 2022 a Saturday: Mon 3 Jan. Three pushes:
  // Mon 31 Jan, Tue 1 Feb, Wed 2 Feb.
  StatutoryCase(
    published: "2021-10-22", due: "2022-02-02",
    about: "Christmas and New Year 2021–22 on substitute days"),
  // Tue 25 Oct 2022 + 14 weeks = Tue 31 Jan 2023. Christmas 2022 a Sunday: Boxing Day Mon 26,
  // Christmas's substitute Tue 27 Dec; New Year's Day 2023 a Sunday: Mon 2 Jan. Three pushes:
  // Wed 1, Thu 2, Fri 3 Feb.
  StatutoryCase(
    published: "2022-10-25", due: "2023-02-03",
    about: "Christmas 2022 on a Sunday, substitute Tuesday"),
  // Wed 21 Oct 2020 + 14 weeks = Wed 27 Jan 2021. In between: Fri 25 Dec, Boxing Day's
  // substitute Mon 28 Dec (26 Dec a Saturday), Fri 1 Jan. Three pushes: Thu 28, Fri 29 Jan,
  // Mon 1 Feb.
  StatutoryCase(
    published: "2020-10-21", due: "2021-02-01", about: "Boxing Day 2020 on its substitute day"),
  // Mon 4 Apr 2022 + 14 weeks = Mon 11 Jul 2022. In between: Good Friday 15 Apr, Easter Monday
  // 18 Apr, early May 2 May, spring (moved) Thu 2 Jun, Platinum Jubilee Fri 3 Jun. (Mon 30 May
  // was a working day that year.) Five pushes: Tue 12, Wed 13, Thu 14, Fri 15, Mon 18 Jul.
  StatutoryCase(
    published: "2022-04-04", due: "2022-07-18", about: "the Platinum Jubilee, 2–3 June 2022"),
  // Wed 6 Jul 2022 + 14 weeks = Wed 12 Oct 2022. In between: Mon 29 Aug (summer), Mon 19 Sep
  // (the State Funeral). Two pushes: Thu 13, Fri 14 Oct.
  StatutoryCase(
    published: "2022-07-06", due: "2022-10-14", about: "the State Funeral, 19 September 2022"),
  // Wed 1 Mar 2023 + 14 weeks = Wed 7 Jun 2023. In between: Good Friday 7 Apr, Easter Monday
  // 10 Apr, early May 1 May, the Coronation Mon 8 May, spring 29 May. Five pushes: Thu 8,
  // Fri 9, Mon 12, Tue 13, Wed 14 Jun.
  StatutoryCase(published: "2023-03-01", due: "2023-06-14", about: "the Coronation, 8 May 2023"),
  // Fri 6 Mar 2020 + 14 weeks = Fri 12 Jun 2020. In between: Good Friday 10 Apr, Easter Monday
  // 13 Apr, VE Day Fri 8 May (Mon 4 May was a working day), spring 25 May. Four pushes:
  // Mon 15, Tue 16, Wed 17, Thu 18 Jun.
  StatutoryCase(
    published: "2020-03-06", due: "2020-06-18", about: "VE Day 2020 moved the early May holiday"),
  // Mon 16 Sep 2030 + 14 weeks = Mon 23 Dec 2030, no bank holiday in between: the last
  // publication date whose deadline the calendar can reach without crossing into 2031.
  StatutoryCase(
    published: "2030-09-16", due: "2030-12-23", about: "late in the calendar's last year"),
]

@Suite("Working days")
struct WorkingDaysTests {
  @Test("70 working days after publication", arguments: statutoryCases)
  func statutoryDeadline(_ c: StatutoryCase) throws {
    let due = try WorkingDays.add(70, after: d(c.published))
    #expect(due == d(c.due))
    #expect(try WorkingDays.isWorkingDay(due))
    #expect(try WorkingDays.count(after: d(c.published), through: due) == 70)
    #expect(try WorkingDays.count(after: d(c.published), through: due.adding(days: -1)) == 69)
  }

  @Test("counting starts the day after, and skips weekends and bank holidays")
  func smallSteps() throws {
    #expect(try WorkingDays.add(0, after: d("2023-05-27")) == d("2023-05-27"))
    // Fri 26 May 2023: Sat, Sun, then Mon 29 May (spring bank holiday); Tue 30 May.
    #expect(try WorkingDays.add(1, after: d("2023-05-26")) == d("2023-05-30"))
    // Published on a Saturday: the first working day is Monday.
    #expect(try WorkingDays.add(1, after: d("2024-06-01")) == d("2024-06-03"))
    // Published on Good Friday 2024: Easter Monday is skipped too; Tue 2 Apr.
    #expect(try WorkingDays.add(1, after: d("2024-03-29")) == d("2024-04-02"))
    // Wed 24 Dec 2025: Thu 25, Fri 26 are holidays; Mon 29 Dec.
    #expect(try WorkingDays.add(1, after: d("2025-12-24")) == d("2025-12-29"))
    #expect(try !WorkingDays.isWorkingDay(d("2022-09-19")))
    #expect(try !WorkingDays.isWorkingDay(d("2026-03-07")))
    #expect(try WorkingDays.isWorkingDay(d("2022-05-30")))
    #expect(try WorkingDays.count(after: d("2024-03-28"), through: d("2024-03-28")) == 0)
    #expect(try WorkingDays.count(after: d("2024-03-28"), through: d("2024-03-01")) == 0)
  }

  @Test("a count that would cross out of 2018–2030 is refused, naming the year")
  func outsideTheCalendar() throws {
    // Fri 20 Dec 2030: Mon 23, Tue 24, (25 and 26 are holidays) Fri 27, Mon 30, Tue 31.
    #expect(try WorkingDays.add(5, after: d("2030-12-20")) == d("2030-12-31"))
    #expect(throws: BankHolidays.notCovered(2031)) {
      try WorkingDays.add(6, after: d("2030-12-20"))
    }
    #expect(throws: BankHolidays.notCovered(2031)) {
      try WorkingDays.add(70, after: d("2030-11-01"))
    }
    #expect(throws: BankHolidays.notCovered(2017)) {
      try WorkingDays.add(70, after: d("2017-11-01"))
    }
    #expect(throws: BankHolidays.notCovered(2031)) {
      try WorkingDays.isWorkingDay(d("2031-01-04"))
    }
  }
}
