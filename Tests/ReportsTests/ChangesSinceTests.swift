import LedgerCore
import LedgerTestSupport
import Testing

@testable import Reports

@Suite("Changes since the last board meeting, on the example ledger")
struct ChangesSinceTests {
  let replay = Fixtures.example

  @Test("as of 2022-02-28: the window starts after the February board meeting (event 51)")
  func sinceFebruaryBoard() throws {
    let model = try BoardReport.model(replay, asOf: Fixtures.time("2022-02-28"))
    guard case .meeting(let meeting) = model.window.start else {
      Issue.record("expected the window to start at a meeting, got \(model.window.start)")
      return
    }
    #expect(meeting.seq == 51)
    #expect(meeting.date == Fixtures.date("2022-02-08"))
    #expect(model.window.from == 51 && model.window.to == 54)
    #expect(model.window.note == nil)
    #expect(try model.changes.map(\.seq) == [52, 53, 54])

    let signOff = try model.changes[0]
    #expect(signOff.what == "signed off A1.1")
    #expect(signOff.fieldTexts == ["Status: complete → signed-off"])
    #expect(signOff.actor == Actor(name: "Helen Marsh", role: "Improvement Board Chair"))
    #expect(signOff.why == "Board accepts completion")

    let rating = try model.changes[2]
    #expect(rating.happened == Fixtures.date("2022-02-21"))
    #expect(rating.subject == "A2.1")
    #expect(rating.fieldTexts == ["RAG: green → amber"])
    #expect(rating.actor.role == "Principal Social Worker")
    #expect(
      rating.why
        == "Two delivery groups behind plan; recruitment to the sufficiency lead post ongoing")
    #expect(model.meetingsInWindow.isEmpty)
  }

  @Test("the changes section in Markdown names date, who, before → after and why")
  func markdownSection() throws {
    let md = try BoardReport.model(replay, asOf: Fixtures.time("2022-02-28")).markdown
    #expect(md.contains("## Changes since the board meeting of 8 February 2022"))
    #expect(
      md.contains(
        "| 2022-02-21 | Amara Okafor, Principal Social Worker | rated A2.1 amber<br>RAG: green → amber | Two delivery groups behind plan; recruitment to the sufficiency lead post ongoing | 54 |"
      ))
  }

  @Test("when the last meeting is the very latest event, the meeting before it is used")
  func meetingIsTheLatestEvent() throws {
    // Event 51, the February board, recorded at 18:00; nothing after it yet.
    let model = try BoardReport.model(replay, asOf: Fixtures.time("2022-02-08T18:00:00Z"))
    #expect(model.head.seq == 51)
    guard case .meeting(let meeting) = model.window.start else {
      Issue.record("expected a meeting, got \(model.window.start)")
      return
    }
    #expect(meeting.seq == 41, "the December board")
    #expect(model.window.from == 41 && model.window.to == 51)
    #expect(model.window.note?.contains("since the meeting before it") == true)
    let changes = try model.changes
    #expect(changes.first?.seq == 42 && changes.last?.seq == 51)
    #expect(
      try model.changes.contains {
        $0.what == "moved A2.2's due date from 2022-04-30 to 2022-07-31"
      })
  }

  @Test("before any board meeting, changes run from the start of the plan")
  func noMeetingYet() throws {
    let model = try BoardReport.model(replay, asOf: Fixtures.time("2021-10-01"))
    #expect(model.window.start == .planStart)
    #expect(model.window.from == 0)
    #expect(try model.changes.count == model.head.seq)
    #expect(model.changesTitle == "Changes since the plan began")
  }

  @Test("--since an instant: the events recorded after it, a retraction shown with its reason")
  func sinceInstant() throws {
    let model = try BoardReport.model(
      replay, asOf: Fixtures.time("2021-10-31"),
      since: .instant(Fixtures.time("2021-10-04T09:06:00Z")))
    #expect(try model.changes.map(\.seq) == Array(27...32))
    let wrong = try #require(model.changes.first)
    #expect(wrong.what == "rated A4.1 red")
    #expect(wrong.retracted?.seq == 28)
    let retraction = try model.changes[1]
    #expect(retraction.subject == "A4.1")
    #expect(retraction.fieldTexts == ["RAG: red → unrated"])
    let backRecorded = try model.changes[2]
    #expect(backRecorded.isBackRecorded && backRecorded.happened == Fixtures.date("2021-09-28"))
    #expect(model.meetingsInWindow.map(\.seq) == [31])
  }

  @Test("no events as of a point before the plan: a refusal naming the start")
  func beforeThePlan() {
    #expect(throws: LedgerError.self) {
      try BoardReport.model(replay, asOf: Fixtures.time("2021-01-01"))
    }
  }

  @Test("changes starting after the report's point are refused")
  func sinceAfterAsOf() {
    do {
      _ = try BoardReport.model(
        replay, asOf: Fixtures.time("2021-12-01"), since: .instant(Fixtures.time("2022-01-01")))
      Issue.record("expected a refusal")
    } catch {
      #expect(error.kind == .rule)
    }
  }

  @Test("exceptions: overdue judged on the as-of date, moved due dates, awaiting sign-off")
  func exceptions() throws {
    let model = try BoardReport.model(replay, asOf: Fixtures.time("2022-02-28"))
    #expect(model.overdue.map(\.action.id) == ["A2.1", "A4.1", "A5.1"])
    #expect(model.overdue.map(\.daysOverdue) == [59, 59, 59])
    #expect(model.moved.map(\.action.id) == ["A2.2"])
    #expect(
      model.moved[0].action.dueChanges.map(\.reason) == [
        "DfE capital round moved to February 2022",
        "DfE bid successful; building works need planning consent",
      ])
    #expect(model.awaitingSignOff.map(\.action.id) == ["A5.2"])
    // A4.2 is due on 2022-02-28 itself: not overdue that day, overdue the next.
    let next = try BoardReport.model(replay, asOf: Fixtures.time("2022-03-01"))
    #expect(next.overdue.map(\.action.id).contains("A4.2"))
    #expect(!model.overdue.map(\.action.id).contains("A4.2"))
  }

  @Test("the trend: one point per month, the last at the as-of point")
  func trend() throws {
    let model = try BoardReport.model(replay, asOf: Fixtures.time("2022-02-28"))
    #expect(model.trend.period == .month)
    #expect(
      model.trend.points.map(\.label) == [
        "Sep 2021", "Oct 2021", "Nov 2021", "Dec 2021", "Jan 2022", "Feb 2022",
      ])
    let oct = model.trend.points[1]
    #expect(oct.date == Fixtures.date("2021-10-31"))
    #expect(
      [oct.rag.red, oct.rag.amber, oct.rag.green, oct.rag.blue, oct.rag.unrated] == [1, 3, 3, 1, 3])
    #expect(model.trend.points.map(\.open) == [11, 10, 9, 8, 6, 6])
    #expect(model.trend.points.map(\.notYetDue) == [11, 11, 10, 7, 3, 3])
    #expect(model.trend.points.last?.rag == model.rag)
  }

  @Test("a young plan is charted week by week, weeks ending on Sunday")
  func weekly() throws {
    var log = LogBuilder.plan()
    log.seed(actions: ["A1", "A2"])
    log.add("2026-01-20T10:00:00Z", .actionRated(id: "A1", rag: .amber, note: "Started"))
    let model = try BoardReport.model(log.replay, asOf: Fixtures.time("2026-01-28"))
    #expect(model.trend.period == .week)
    #expect(
      model.trend.points.map(\.date)
        == ["2026-01-11", "2026-01-18", "2026-01-25", "2026-01-28"].map(Fixtures.date))
    #expect(model.trend.points.map { $0.rag.amber } == [0, 0, 1, 1])
  }
}
