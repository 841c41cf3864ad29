import Testing

@testable import LedgerCore

/// Issue 8: while an action is deferred with an `until` date, it is overdue only after that
/// date. Hand-worked dates; the rule is stated independently of the fold.
@Suite("Overdue and deferral")
struct DeferralTests {
  static func d(_ s: String) -> CivilDate { CivilDate(parsing: s)! }

  static func action(_ status: ActionStatus, due: String, until: String? = nil) -> Action {
    var a = Action(
      id: "A1", recommendations: ["R1"], title: "t", owner: "o", due: d(due), addedSeq: 4,
      lastChangedSeq: 4)
    a.status = status
    a.deferredUntil = until.map(d)
    return a
  }

  @Test(
    "deferred until 2022-06-30, due 2022-03-31",
    arguments: [
      ("2022-03-31", false), ("2022-04-15", false), ("2022-06-30", false), ("2022-07-01", true),
    ])
  func deferredWithUntil(on day: String, overdue: Bool) {
    let a = Self.action(.deferred, due: "2022-03-31", until: "2022-06-30")
    #expect(a.isOverdue(on: Self.d(day)) == overdue)
    #expect(a.overdueAfter == Self.d("2022-06-30"))
  }

  @Test("deferred without a date: overdue after its due date, as before")
  func deferredWithoutUntil() {
    let a = Self.action(.deferred, due: "2022-03-31")
    #expect(!a.isOverdue(on: Self.d("2022-03-31")))
    #expect(a.isOverdue(on: Self.d("2022-04-01")))
  }

  @Test("open past its due date is overdue; done or withdrawn never is")
  func otherStatuses() {
    #expect(Self.action(.open, due: "2022-03-31").isOverdue(on: Self.d("2022-04-01")))
    for s in [ActionStatus.complete, .signedOff, .withdrawn] {
      #expect(!Self.action(s, due: "2022-03-31").isOverdue(on: Self.d("2023-01-01")))
    }
  }

  @Test("the fold: a sign-off note never replaces the work; a completion note does")
  func latestWork() {
    var plan = Plan()
    let actor = Actor(name: "A", role: "R")
    let t = Timestamp(rfc3339: "2026-01-05T09:00:00Z")!
    let bodies: [EventBody] = [
      .planCreated(title: "P", authority: "C"),
      .sourceAdded(
        SourceDetails(id: "FV", sourceType: .focusedVisit, title: "FV", date: Self.d("2025-11-04"))),
      .recommendationAdded(
        id: "R1", source: "FV", text: "x", theme: nil, framework: nil, priority: false),
      .actionAdded(
        id: "A1", recommendations: ["R1"], title: "t", owner: "o", due: Self.d("2026-03-31")),
      .actionProgress(id: "A1", note: "Half done"),
      .actionCompleted(id: "A1", note: "All done"),
      .actionSignedOff(id: "A1", note: "Board accepts completion"),
    ]
    for (i, b) in bodies.enumerated() {
      plan.apply(Event(seq: i + 1, recorded: t, effective: nil, actor: actor, body: b))
    }
    #expect(plan.actions["A1"]?.latestUpdate?.note == "Board accepts completion")
    #expect(plan.actions["A1"]?.latestWork?.note == "All done")
    #expect(plan.actions["A1"]?.latestWork?.type == .actionCompleted)
  }
}
