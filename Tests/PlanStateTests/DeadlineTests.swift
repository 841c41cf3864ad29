import LedgerCore
import PlanState
import Testing

private func d(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

private func source(_ id: String, _ type: SourceType, published: String?) -> EventBody {
  .sourceAdded(
    SourceDetails(
      id: id, sourceType: type, title: id, date: d("2021-01-04"),
      published: published.map(d)))
}

/// A plan with sources of every shape: two ILACS inspections with published reports, a focused
/// visit (no 70-day clock) and an ILACS inspection not yet published.
private func plan(_ sources: [EventBody]) -> Plan {
  var plan = Plan()
  let actor = Actor(name: "Amara Okafor", role: "Principal Social Worker")
  let bodies = [EventBody.planCreated(title: "Plan", authority: "Council")] + sources
  for (i, body) in bodies.enumerated() {
    plan.apply(
      Event(
        seq: i + 1, recorded: Timestamp(rfc3339: "2021-01-04T09:00:00Z")!, actor: actor, body: body)
    )
  }
  return plan
}

private let mixed = plan([
  source("FV21", .focusedVisit, published: "2021-10-01"),
  source("ILACS23", .ilacsStandard, published: "2023-05-09"),
  source("DRAFT", .ilacsStandard, published: nil),
  source("SHORT22", .ilacsShort, published: "2022-07-06"),
])

private let stockton = plan([source("ILACS23", .ilacsStandard, published: "2023-05-09")])

@Suite("Statutory deadlines")
struct DeadlineTests {
  @Test("only ILACS standard and short inspections with a published report set the 70-day clock")
  func whichSources() throws {
    let list = try Deadlines.list(mixed, asOf: d("2022-08-01"))
    #expect(list.map(\.source) == ["ILACS23", "SHORT22"])
    #expect(list.allSatisfy { $0.kind == .actionPlanToOfsted })
    // Stockton: published Tue 9 May 2023, due Wed 16 Aug 2023 (WorkingDaysTests works it out).
    #expect(list[0].due == d("2023-08-16"))
    // Published Wed 6 Jul 2022; Mon 29 Aug and the State Funeral, Mon 19 Sep, push the 14
    // weeks' Wed 12 Oct to Fri 14 Oct 2022.
    #expect(list[1].due == d("2022-10-14"))
    let starting = SourceType.allCases.filter { Deadline.Kind.actionPlanToOfsted.applies(to: $0) }
    #expect(starting == [.ilacsStandard, .ilacsShort])
  }

  @Test("not sent: due up to and including the due date, overdue the day after")
  func dueThenOverdue() throws {
    // As of Tue 1 Aug 2023: Wed 2 – Fri 4 (3), Mon 7 – Fri 11 (5), Mon 14 – Wed 16 (3) = 11.
    let early = try #require(Deadlines.list(stockton, asOf: d("2023-08-01")).first)
    #expect(early.status == .due)
    #expect(early.workingDaysLeft == 11)
    #expect(early.sent == nil)
    #expect(early.isOpen)
    let onTheDay = try #require(Deadlines.list(stockton, asOf: d("2023-08-16")).first)
    #expect(onTheDay.status == .due)
    #expect(onTheDay.workingDaysLeft == 0)
    let after = try #require(Deadlines.list(stockton, asOf: d("2023-08-17")).first)
    #expect(after.status == .overdue)
    #expect(after.workingDaysLeft == nil)
    #expect(after.isOpen)
  }

  @Test("before publication the clock has not started: all 70 working days are left")
  func beforePublication() throws {
    let deadline = try #require(Deadlines.list(stockton, asOf: d("2023-04-20")).first)
    #expect(deadline.status == .due)
    #expect(deadline.workingDaysLeft == 70)
  }

  @Test("sent: met from the day it was sent, on time or late; a later sent date does not count yet")
  func met() throws {
    let onTime = ["ILACS23": d("2023-08-10")]
    let metOnTime = try #require(
      Deadlines.list(stockton, sent: onTime, asOf: d("2023-09-01")).first)
    #expect(metOnTime.status == .met)
    #expect(metOnTime.sent == d("2023-08-10"))
    #expect(!metOnTime.late)
    #expect(!metOnTime.isOpen)
    #expect(metOnTime.workingDaysLeft == nil)

    let notYet = try #require(Deadlines.list(stockton, sent: onTime, asOf: d("2023-08-09")).first)
    #expect(notYet.status == .due)
    #expect(notYet.sent == nil)

    let lateDate = ["ILACS23": d("2023-08-18")]
    let beforeSending = try #require(
      Deadlines.list(stockton, sent: lateDate, asOf: d("2023-08-17")).first)
    #expect(beforeSending.status == .overdue)
    let sentLate = try #require(
      Deadlines.list(stockton, sent: lateDate, asOf: d("2023-08-18")).first)
    #expect(sentLate.status == .met)
    #expect(sentLate.late)
  }

  @Test("by default, sent is what the plan's source.plan-sent events recorded")
  func sentDefaultsToThePlan() throws {
    let sentPlan = plan([
      source("ILACS23", .ilacsStandard, published: "2023-05-09"),
      .sourcePlanSent(id: "ILACS23", date: d("2023-08-10"), note: nil),
    ])
    #expect(sentPlan.cycle.planSent == ["ILACS23": d("2023-08-10")])
    let byDefault = try #require(Deadlines.list(sentPlan, asOf: d("2023-09-01")).first)
    #expect(byDefault.status == .met)
    #expect(byDefault.sent == d("2023-08-10"))
    // An explicit map still wins, even an empty one.
    let notSent = try #require(Deadlines.list(sentPlan, sent: [:], asOf: d("2023-09-01")).first)
    #expect(notSent.status == .overdue)
  }

  @Test("JSON is {source, what, due, status, sent}")
  func json() throws {
    let sent = try #require(
      Deadlines.list(stockton, sent: ["ILACS23": d("2023-08-10")], asOf: d("2023-09-01")).first)
    #expect(
      JSONWriter.compact(sent.json)
        == #"{"source":"ILACS23","what":"action plan to Ofsted","due":"2023-08-16","status":"met","sent":"2023-08-10"}"#
    )
    let open = try #require(Deadlines.list(stockton, asOf: d("2023-08-17")).first)
    #expect(
      JSONWriter.compact(open.json)
        == #"{"source":"ILACS23","what":"action plan to Ofsted","due":"2023-08-16","status":"overdue","sent":null}"#
    )
  }

  @Test("text says what is due, when, and how it stands")
  func text() throws {
    func line(sent: String?, asOf: String) throws -> String {
      let sentDates = sent.map { ["ILACS23": d($0)] } ?? [:]
      return try #require(Deadlines.list(stockton, sent: sentDates, asOf: d(asOf)).first).text
    }
    let prefix = "ILACS23  action plan to Ofsted  due Wed 16 Aug 2023 — "
    #expect(try line(sent: nil, asOf: "2023-08-01") == prefix + "11 working days left")
    #expect(try line(sent: nil, asOf: "2023-08-15") == prefix + "1 working day left")
    #expect(try line(sent: nil, asOf: "2023-08-16") == prefix + "due today")
    #expect(try line(sent: nil, asOf: "2023-08-17") == prefix + "OVERDUE: not sent")
    #expect(
      try line(sent: "2023-08-10", asOf: "2023-09-01") == prefix + "met: sent Thu 10 Aug 2023")
    #expect(
      try line(sent: "2023-08-21", asOf: "2023-09-01")
        == prefix + "met: sent Mon 21 Aug 2023, after the due date")
  }

  @Test("a publication the calendar cannot count from is an error naming the source and year")
  func outsideTheCalendar() throws {
    let late = plan([source("ILACS30", .ilacsShort, published: "2030-11-01")])
    let error = try #require(throws: LedgerError.self) {
      try Deadlines.list(late, asOf: d("2030-11-02"))
    }
    #expect(error.message.contains("source ILACS30"))
    #expect(error.message.contains("does not cover 2031"))
    #expect(error.hint != nil)
    // A source that sets no clock is not counted, so it cannot fail.
    let visit = plan([source("FV31", .focusedVisit, published: "2031-03-01")])
    #expect(try Deadlines.list(visit, asOf: d("2031-03-02")).isEmpty)
  }
}
