import Foundation
import LedgerCore
import Testing

/// One string case of a JSON-Schema format suite (non-string cases are ignored by the suite).
struct TimeFormatCase: CustomTestStringConvertible, Sendable {
  var text: String
  var valid: Bool
  var about: String
  var testDescription: String { "\(text.debugDescription) (\(about))" }

  static func load(_ file: String) -> [TimeFormatCase] {
    guard
      let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
        .appendingPathComponent("rfc3339").appendingPathComponent(file),
      let data = try? Data(contentsOf: url),
      let groups = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    else { return [] }
    return groups.flatMap { group in
      (group["tests"] as? [[String: Any]] ?? []).compactMap { test in
        guard let text = test["data"] as? String, let valid = test["valid"] as? Bool else {
          return nil
        }
        return TimeFormatCase(text: text, valid: valid, about: test["description"] as? String ?? "")
      }
    }
  }
}

private let dateTimeCases = TimeFormatCase.load("date-time.json")
private let dateCases = TimeFormatCase.load("date.json")

private func instant(_ text: String) -> Timestamp? {
  Timestamp(rfc3339: text)
}

@Suite("CivilDate")
struct CivilDateTests {
  @Test func suiteIsPresent() {
    #expect(dateCases.count == 75)
  }

  @Test("date.json: CivilDate(parsing:) agrees with valid", arguments: dateCases)
  func dateSuite(_ test: TimeFormatCase) {
    #expect((CivilDate(parsing: test.text) != nil) == test.valid)
  }

  @Test func leapYears() {
    #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2028, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2400, month: 2, day: 29) != nil)
    #expect(CivilDate(parsing: "2028-02-29")?.adding(days: 365).description == "2029-02-28")
    #expect(CivilDate(parsing: "2028-02-28")?.adding(days: 1).description == "2028-02-29")
    #expect(CivilDate(parsing: "2026-02-28")?.adding(days: 1).description == "2026-03-01")
  }

  @Test func invalidComponents() {
    #expect(CivilDate(year: 2026, month: 0, day: 1) == nil)
    #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
    #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
    #expect(CivilDate(year: 2026, month: 1, day: 0) == nil)
    #expect(CivilDate(parsing: "0000-01-01") == nil)
    #expect(CivilDate(parsing: "9999-12-31")?.description == "9999-12-31")
    #expect(CivilDate(parsing: "0001-01-01")?.description == "0001-01-01")
  }

  @Test func daysSinceEpoch() {
    #expect(CivilDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
    #expect(CivilDate(year: 2000, month: 3, day: 1)?.daysSinceEpoch == 11_017)
    #expect(CivilDate(year: 1, month: 1, day: 1)?.daysSinceEpoch == -719_162)
    #expect(CivilDate(year: 9999, month: 12, day: 31)?.daysSinceEpoch == 2_932_896)
    #expect(CivilDate(year: 1969, month: 12, day: 31)?.daysSinceEpoch == -1)
    #expect(CivilDate(daysSinceEpoch: -1).description == "1969-12-31")
  }

  @Test func everyDayFromYear1To9999RoundTrips() {
    var previous = CivilDate(daysSinceEpoch: -719_163)
    #expect(previous.description == "0000-12-31")
    for days in -719_162...2_932_896 {
      let date = CivilDate(daysSinceEpoch: days)
      guard date.daysSinceEpoch == days, previous < date,
        date == CivilDate(year: date.year, month: date.month, day: date.day)
      else {
        Issue.record("day \(days) gave \(date)")
        return
      }
      if date.day != 1 {
        guard date.day == previous.day + 1, date.month == previous.month else {
          Issue.record("day \(days) gave \(date) after \(previous)")
          return
        }
      }
      previous = date
    }
    #expect(previous.description == "9999-12-31")
  }

  @Test func weekday() {
    #expect(CivilDate(parsing: "1970-01-01")?.weekday == 4)
    #expect(CivilDate(parsing: "2026-03-02")?.weekday == 1)
    #expect(CivilDate(parsing: "2026-03-08")?.weekday == 7)
    #expect(CivilDate(parsing: "1969-12-29")?.weekday == 1)
    #expect(CivilDate(parsing: "0001-01-01")?.weekday == 1)
  }

  @Test func orderingAndDescription() {
    let a = CivilDate(year: 2026, month: 3, day: 2)!
    let b = CivilDate(year: 2026, month: 12, day: 1)!
    #expect(a < b)
    #expect(a.description == "2026-03-02")
    #expect(a.adding(days: -61).description == "2025-12-31")
    #expect(CivilDate(year: 10_000, month: 1, day: 1)?.description == "+10000-01-01")
    #expect(CivilDate(year: -1, month: 12, day: 31)?.description == "-0001-12-31")
    #expect(CivilDate(year: 1_000_000_000, month: 1, day: 1) == nil)
  }
}

@Suite("Timestamp")
struct TimestampTests {
  @Test func suiteIsPresent() {
    #expect(dateTimeCases.count == 27)
  }

  @Test("date-time.json: Timestamp(rfc3339:) agrees with valid", arguments: dateTimeCases)
  func dateTimeSuite(_ test: TimeFormatCase) {
    #expect((Timestamp(rfc3339: test.text) != nil) == test.valid)
  }

  @Test func offsetsAreConvertedToUTC() {
    #expect(instant("2026-03-29T01:30:00+01:00") == instant("2026-03-29T00:30:00Z"))
    #expect(instant("2026-03-29T01:30:00+01:00")?.rfc3339 == "2026-03-29T00:30:00Z")
    #expect(instant("1990-12-31T15:59:50.123-08:00")?.rfc3339 == "1990-12-31T23:59:50.123Z")
    #expect(instant("2026-01-01T00:10:00+00:20")?.rfc3339 == "2025-12-31T23:50:00Z")
    #expect(instant("2026-12-31T23:00:00-02:00")?.rfc3339 == "2027-01-01T01:00:00Z")
    #expect(instant("2026-03-02T09:15:00-00:00") == instant("2026-03-02T09:15:00Z"))
    #expect(instant("2026-03-02t09:15:00z") == instant("2026-03-02T09:15:00Z"))
  }

  @Test func leapSecondsAreTheNextDaysFirstSecond() {
    #expect(instant("1998-12-31T23:59:60Z") == instant("1999-01-01T00:00:00Z"))
    #expect(instant("1998-12-31T15:59:60.123-08:00")?.rfc3339 == "1999-01-01T00:00:00.123Z")
    #expect(instant("1998-12-31T23:59:60+01:00") == nil)
    #expect(instant("1999-01-01T00:59:60+01:00")?.rfc3339 == "1999-01-01T00:00:00Z")
  }

  @Test func fractions() {
    #expect(instant("2026-03-02T09:15:00.25Z")?.nanoseconds == 250_000_000)
    #expect(instant("2026-03-02T09:15:00.25Z")?.rfc3339 == "2026-03-02T09:15:00.25Z")
    #expect(instant("2026-03-02T09:15:00.000Z")?.rfc3339 == "2026-03-02T09:15:00Z")
    #expect(instant("2026-03-02T09:15:00.000000001Z")?.nanoseconds == 1)
    #expect(instant("1985-04-12T00:59:59.999999999999999Z")?.nanoseconds == 999_999_999)
    #expect(
      instant("1985-04-12T00:59:59.123456789999Z")?.rfc3339 == "1985-04-12T00:59:59.123456789Z")
    #expect(instant("2026-03-02T09:15:00.Z") == nil)
    #expect(instant("2026-03-02T09:15:00,5Z") == nil)
  }

  @Test func rejectsNearMisses() {
    for text in [
      "2026-03-02 09:15:00Z", "2026-03-02T09:15:00", "2026-03-02T09:15Z", "2026-03-02T9:15:00Z",
      "2026-03-02T09:15:00+0100", "2026-03-02T09:15:00+01", "2026-03-02T09:15:00Z ",
      " 2026-03-02T09:15:00Z", "2026-02-29T09:15:00Z", "0000-01-01T00:00:00Z", "",
      "2026-03-02T09:15:00+24:00", "2026-03-02T09:15:00ZZ",
    ] {
      #expect(instant(text) == nil, "\(text)")
    }
  }

  @Test func rfc3339RoundTrips() {
    let samples: [Timestamp] = [
      Timestamp(seconds: 0), Timestamp(seconds: 1_772_442_900), Timestamp(seconds: -1),
      Timestamp(seconds: -1, nanoseconds: 500_000_000),
      Timestamp(seconds: 951_782_400, nanoseconds: 1),
      Timestamp(seconds: 253_402_300_799, nanoseconds: 999_999_999),
      Timestamp(seconds: -62_135_596_800),
      Timestamp(seconds: 1_700_000_000, nanoseconds: 120_000_000),
    ]
    for sample in samples {
      #expect(Timestamp(rfc3339: sample.rfc3339) == sample, "\(sample)")
    }
    #expect(Timestamp(seconds: 1_772_442_900).rfc3339 == "2026-03-02T09:15:00Z")
    #expect(Timestamp(seconds: -1).rfc3339 == "1969-12-31T23:59:59Z")
    #expect(
      Timestamp(seconds: -1, nanoseconds: 500_000_000).description == "1969-12-31T23:59:59.5Z")
    #expect(Timestamp(seconds: -62_135_596_800).rfc3339 == "0001-01-01T00:00:00Z")
    for text in [
      "2026-03-02T09:15:00Z", "2026-03-02T09:15:00.25Z", "2000-02-29T23:59:59.999999999Z",
    ] {
      #expect(Timestamp(rfc3339: text)?.rfc3339 == text)
    }
  }

  @Test func endOfDay() {
    let date = CivilDate(year: 2026, month: 3, day: 31)!
    let end = Timestamp.endOfDay(date)
    #expect(end.rfc3339 == "2026-03-31T23:59:59.999999999Z")
    #expect(end.date == date)
    #expect(end < instant("2026-04-01T00:00:00Z")!)
    #expect(end > instant("2026-03-31T23:59:59.999999998Z")!)
    #expect(Timestamp.endOfDay(CivilDate(year: 1969, month: 12, day: 31)!).seconds == -1)
  }

  @Test func dates() {
    #expect(instant("2026-03-02T23:59:59Z")?.date.description == "2026-03-02")
    #expect(instant("2026-03-02T23:30:00-01:00")?.date.description == "2026-03-03")
    #expect(Timestamp(seconds: -1).date.description == "1969-12-31")
    #expect(Timestamp(seconds: .max).date.year > 9999)
    #expect(Timestamp(seconds: .min).date.year < 0)
  }

  @Test func ordering() {
    #expect(Timestamp(seconds: 1, nanoseconds: 5) < Timestamp(seconds: 2))
    #expect(Timestamp(seconds: 1, nanoseconds: 5) > Timestamp(seconds: 1, nanoseconds: 4))
    #expect(Timestamp(seconds: -2, nanoseconds: 999_999_999) < Timestamp(seconds: -1))
  }

  @Test func nowIsTheWallClock() {
    let now = Timestamp.now()
    let foundation = Date().timeIntervalSince1970
    #expect(abs(Double(now.seconds) - foundation) < 5)
    #expect((0..<1_000_000_000).contains(now.nanoseconds))
  }
}

/// The text forms written digit by digit, against `String(format:)` as the reference.
@Suite("Dates and instants as text")
struct TimeTextTests {
  @Test("CivilDate.description and Timestamp.rfc3339 spell every instant as printf would")
  func spelledAsPrintf() {
    var state: UInt64 = 20_261_126
    func next(_ bound: Int64) -> Int64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int64(state >> 33) % bound
    }
    // From 0001-01-01 to 9999-12-31, with the edges of the range and of each field.
    var seconds: [Int64] = [-62_135_596_800, 0, 86_399, 86_400, 253_402_300_799]
    for _ in 0..<5000 { seconds.append(-62_135_596_800 + next(315_537_897_600)) }
    for s in seconds {
      let instant = Timestamp(seconds: s)
      let date = instant.date
      let secondOfDay = Int(((s % 86_400) + 86_400) % 86_400)
      let day = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
      #expect(date.description == day)
      #expect(
        instant.rfc3339
          == day
          + String(
            format: "T%02d:%02d:%02dZ", secondOfDay / 3600, secondOfDay / 60 % 60,
            secondOfDay % 60))
      #expect(CivilDate(parsing: day) == date)
    }
    // Outside the fast path: a fraction, and years beyond four digits.
    #expect(Timestamp(seconds: 0, nanoseconds: 250_000_000).rfc3339 == "1970-01-01T00:00:00.25Z")
    #expect(CivilDate(year: 12_345, month: 6, day: 7)?.description == "+12345-06-07")
    #expect(CivilDate(year: -1, month: 6, day: 7)?.description == "-0001-06-07")
  }
}
