import Foundation
import LedgerCore
import Testing

/// The bank holidays of England and Wales exactly as gov.uk/bank-holidays published them, year
/// by year, written out by hand (not derived from the table or the rules).
private let govUK: [Int: [String]] = [
  2018: [
    "2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27",
    "2018-12-25", "2018-12-26",
  ],
  2019: [
    "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26",
    "2019-12-25", "2019-12-26",
  ],
  // The early May bank holiday moved to Friday 8 May for VE Day; Boxing Day (a Saturday)
  // substituted on Monday 28 December.
  2020: [
    "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31",
    "2020-12-25", "2020-12-28",
  ],
  // Christmas on a Saturday: substitute days Monday 27 and Tuesday 28 December.
  2021: [
    "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30",
    "2021-12-27", "2021-12-28",
  ],
  // New Year's Day (a Saturday) on Monday 3 January; spring bank holiday moved to Thursday
  // 2 June and the Platinum Jubilee on Friday 3 June; the State Funeral on Monday 19 September;
  // Christmas on a Sunday, so Boxing Day on Monday 26 and Christmas's substitute on Tuesday 27.
  2022: [
    "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
    "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27",
  ],
  // New Year's Day (a Sunday) on Monday 2 January; the Coronation on Monday 8 May.
  2023: [
    "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
    "2023-08-28", "2023-12-25", "2023-12-26",
  ],
  2024: [
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
    "2024-12-25", "2024-12-26",
  ],
  2025: [
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
    "2025-12-25", "2025-12-26",
  ],
  // Boxing Day (a Saturday) substituted on Monday 28 December.
  2026: [
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
    "2026-12-25", "2026-12-28",
  ],
  // Christmas on a Saturday: substitute days Monday 27 and Tuesday 28 December.
  2027: [
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
    "2027-12-27", "2027-12-28",
  ],
]

/// `Events/calendar/bank-holidays-england-and-wales.csv`, read from the checkout.
private let csvURL = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Events/calendar/bank-holidays-england-and-wales.csv")

private func dates(_ holidays: [BankHoliday]) -> [String] {
  holidays.map(\.date.description)
}

@Suite("England and Wales bank holidays")
struct BankHolidayTests {
  @Test("the compiled-in table is the CSV, row for row")
  func tableMatchesCSV() throws {
    let text = try String(contentsOf: csvURL, encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.last == "", "the file ends with a newline")
    lines.removeLast()
    #expect(lines.first == "date,name")
    let rows = Array(lines.dropFirst())
    let table = BankHolidays.all.map { "\($0.date),\($0.name)" }
    #expect(rows.count == table.count)
    for (row, entry) in zip(rows, table) {
      #expect(row == entry)
    }
  }

  @Test("the table has gov.uk's published dates for each year", arguments: govUK.keys.sorted())
  func publishedByGovUK(_ year: Int) throws {
    #expect(try dates(BankHolidays.holidays(in: year)) == govUK[year])
  }

  @Test("the rules give the table's dates for every covered year", arguments: 2018...2030)
  func rulesMatchTable(_ year: Int) throws {
    #expect(
      try dates(BankHolidays.holidays(in: year)) == HolidayRules.holidays(year).map(\.description))
  }

  @Test("the computus gives known Easter Sundays, the extremes included")
  func computus() {
    let known = [
      (1818, "1818-03-22"), (2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"),
      (2038, "2038-04-25"), (2285, "2285-03-22"),
    ]
    for (year, sunday) in known {
      #expect(HolidayRules.easterSunday(year).description == sunday)
    }
  }

  @Test("the one-off days are there under gov.uk's names")
  func oneOffNames() throws {
    let expected = [
      ("2020-05-08", "Early May bank holiday (VE day)"),
      ("2022-06-02", "Spring bank holiday"),
      ("2022-06-03", "Platinum Jubilee bank holiday"),
      ("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"),
      ("2023-05-08", "Bank holiday for the coronation of King Charles III"),
      ("2021-12-27", "Christmas Day (substitute day)"),
      ("2022-01-03", "New Year’s Day (substitute day)"),
    ]
    for (date, name) in expected {
      #expect(try BankHolidays.holiday(on: CivilDate(parsing: date)!)?.name == name)
    }
    // The days the one-offs replaced are ordinary working days.
    #expect(try BankHolidays.holiday(on: CivilDate(parsing: "2020-05-04")!) == nil)
    #expect(try BankHolidays.holiday(on: CivilDate(parsing: "2022-05-30")!) == nil)
  }

  @Test("the table is in date order, one row a day, every day a weekday, every year covered")
  func tableShape() {
    let all = BankHolidays.all
    #expect(zip(all, all.dropFirst()).allSatisfy { $0.date < $1.date })
    #expect(all.allSatisfy { $0.date.weekday <= 5 })
    #expect(Set(all.map(\.date.year)) == Set(BankHolidays.coveredYears))
    #expect(all.allSatisfy { !$0.name.isEmpty && !$0.name.contains(",") })
  }

  @Test("a year outside 2018–2030 is refused, not guessed", arguments: [2017, 2031, 1999, 2100])
  func uncoveredYear(_ year: Int) {
    #expect(throws: BankHolidays.notCovered(year)) { try BankHolidays.holidays(in: year) }
    #expect(throws: BankHolidays.notCovered(year)) {
      try BankHolidays.holiday(on: CivilDate(year: year, month: 12, day: 25)!)
    }
    #expect(BankHolidays.notCovered(year).message.contains("does not cover \(year)"))
  }
}
