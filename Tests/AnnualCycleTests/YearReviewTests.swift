import AnnualCycle
import LedgerCore
import Testing

@Suite("The year-end review, in seed 000's words")
struct YearReviewTests {
  let review = YearReview.build(
    Replay(CycleLog.year().events), from: CycleLog.date("2020-04-01"),
    to: CycleLog.date("2021-03-31"))

  @Test("each action lands in the one list a hand reading of the year gives")
  func lists() {
    #expect(review.groupedBy == "theme")
    #expect(review.groups.map(\.title) == ["Raising standards", "Partners"])
    #expect(review.all(\.progressed).map(\.id) == ["A1"])
    #expect(review.all(\.deferred).map(\.id) == ["A2"])
    #expect(review.all(\.withdrawn).map(\.id) == ["A3"])
    // A5 was completed after the period, so at its end it was still open: carried forward.
    #expect(review.all(\.carriedForward).map(\.id) == ["A4", "A5"])
    #expect(review.all(\.progressed).first?.detail == "Two aspiring leaders promoted")
    #expect(review.all(\.deferred).first?.until == CycleLog.date("2021-09-30"))
    #expect(review.all(\.deferred).first?.detail == "Panel not ready")
  }

  @Test("meetings in the period with attendance and apologies; the summary counts")
  func meetingsAndSummary() {
    #expect(review.meetings.map(\.date.description) == ["2020-05-01", "2021-03-16"])
    #expect(review.meetings.last?.apologies == ["B (PSW)"])
    #expect(
      review.summary
        == "The Business Plan 2020-21 was progressed with 1 action completed or signed off "
        + "between 2020-04-01 and 2021-03-31; 2 were carried forward to the following year, "
        + "1 deferred and 1 withdrawn. The board met twice.")
  }

  @Test("JSON has the issue's keys, top level and per group")
  func json() throws {
    guard case .object(let o) = review.json else {
      Issue.record("not an object")
      return
    }
    let keys = o.members.map(\.key)
    for key in ["progressed", "carried_forward", "deferred", "withdrawn", "meetings", "themes"] {
      #expect(keys.contains(key), "\(key)")
    }
  }

  @Test("a shorter period counts only what happened in it")
  func period() {
    let spring = YearReview.build(
      Replay(CycleLog.year().events), from: CycleLog.date("2020-04-01"),
      to: CycleLog.date("2020-06-30"))
    #expect(spring.all(\.progressed).map(\.id) == ["A1"])
    #expect(spring.all(\.withdrawn).isEmpty)
    #expect(spring.all(\.deferred).isEmpty)
    #expect(spring.meetings.count == 1)
  }
}
