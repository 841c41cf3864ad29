import LedgerCore
import LedgerTestSupport
import Testing

@Suite("Folding the log into a plan")
struct ReplayTests {
  @Test("the fold builds sources, recommendations and actions in order")
  func fold() {
    let plan = Replay(LogBuilder.small().events).plan()
    #expect(plan.title == "Plan")
    #expect(plan.sourceOrder == ["FV"])
    #expect(plan.recommendationOrder == ["R1", "R2"])
    #expect(plan.actionOrder == ["A1", "A2"])
    #expect(plan.recommendations["R1"]?.actions == ["A1", "A2"])
    #expect(plan.recommendations["R2"]?.actions == ["A2"])
    #expect(plan.kind(of: "A2") == .action)
    #expect(plan.kind(of: "FV") == .source)
    #expect(plan.kind(of: "nope") == nil)
  }

  @Test("ratings, completion, due moves and reopening")
  func actionLifecycle() {
    var b = LogBuilder.small()
    b.add(.actionRated(id: "A1", rag: .red, note: "Late"))
    b.add(
      .actionAmended(
        id: "A1", title: nil, owner: nil, due: LogBuilder.date("2026-04-30"), reason: "Agreed"))
    b.add(
      .actionAmended(
        id: "A1", title: nil, owner: nil, due: LogBuilder.date("2026-05-31"), reason: "Again"))
    var plan = Replay(b.events).plan()
    var a1 = plan.actions["A1"]!
    #expect(a1.rag == .red)
    #expect(a1.due == LogBuilder.date("2026-05-31"))
    #expect(
      a1.dueChanges.map(\.from) == [LogBuilder.date("2026-02-28"), LogBuilder.date("2026-04-30")])
    #expect(a1.dueChanges.map(\.reason) == ["Agreed", "Again"])
    #expect(a1.isOverdue(on: LogBuilder.date("2026-06-01")))
    #expect(!a1.isOverdue(on: LogBuilder.date("2026-05-31")))
    b.add(.actionCompleted(id: "A1", note: "Done"))
    plan = Replay(b.events).plan()
    a1 = plan.actions["A1"]!
    #expect(a1.status == .complete)
    #expect(a1.rag == .blue)
    #expect(!a1.isOverdue(on: LogBuilder.date("2027-01-01")))
    b.add(.actionReopened(id: "A1", reason: "Not embedded"))
    a1 = Replay(b.events).plan().actions["A1"]!
    #expect(a1.status == .open)
    #expect(a1.rag == nil)
  }

  @Test("withdrawing a completed action clears its blue rating")
  func withdrawClearsRating() {
    var b = LogBuilder.small()
    b.add(.actionCompleted(id: "A1", note: "Done"))
    b.add(.actionWithdrawn(id: "A1", reason: "Superseded by A2"))
    let a1 = Replay(b.events).plan().actions["A1"]!
    #expect(a1.status == .withdrawn)
    #expect(a1.rag == nil)
    #expect(a1.completedOn == nil)
  }

  @Test("a retraction takes effect only from when it was recorded")
  func retractionAsOf() {
    var b = LogBuilder.small()
    b.add(.actionRated(id: "A2", rag: .green, note: "Wrong action"))  // 7
    let ratedAt = b.clock
    b.add(.eventRetracted(seq: 7, reason: "Meant for A1"))  // 8
    let replay = Replay(b.events)
    #expect(replay.plan().actions["A2"]?.rag == nil)
    #expect(replay.plan(asOf: ratedAt).actions["A2"]?.rag == .green)
    #expect(replay.retractions()[7]?.reason == "Meant for A1")
    #expect(replay.retractions(upTo: 7).isEmpty)
    #expect(replay.count(recordedUpTo: ratedAt) == 7)
    #expect(replay.count(recordedUpTo: Timestamp(seconds: 0)) == 0)
  }

  @Test("a board paper's head is found, or the cut or rewrite is named")
  func head() {
    let events = LogBuilder.small().events
    let replay = Replay(events)
    #expect(replay.problem(withHead: Head(seq: 6, hash: events[5].hash)) == nil)
    #expect(replay.problem(withHead: Head(seq: 3, hash: events[2].hash)) == nil)
    let cut = Replay(Array(events.prefix(4))).problem(withHead: Head(seq: 6, hash: events[5].hash))
    #expect(cut?.contains("ends at seq 4") == true)
    let rewritten = replay.problem(withHead: Head(seq: 6, hash: events[4].hash))
    #expect(rewritten?.contains("rewritten") == true)
  }
}
