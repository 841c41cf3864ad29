import LedgerCore
import PlanState
import Testing

@Suite("The plan as of a point")
struct StatusTests {
  static let actor = Actor(name: "Amara Okafor", role: "Principal Social Worker")
  static func d(_ s: String) -> CivilDate { CivilDate(parsing: s)! }
  static func t(_ s: String) -> Timestamp { Timestamp(rfc3339: s)! }

  /// Seals `bodies` one a day from 2026-01-01.
  static func replay(_ bodies: [EventBody]) -> Replay {
    var events: [RecordedEvent] = []
    for (i, body) in bodies.enumerated() {
      let event = Event(
        seq: i + 1,
        recorded: Timestamp(seconds: t("2026-01-01T09:00:00Z").seconds + Int64(i) * 86_400),
        actor: actor, body: body)
      events.append(Chain.seal(event, prev: events.last?.hash ?? Chain.genesis))
    }
    return Replay(events)
  }

  static let log = replay([
    .planCreated(title: "Plan", authority: "Council"),  // 01-01
    .sourceAdded(
      SourceDetails(id: "FV", sourceType: .focusedVisit, title: "FV", date: d("2025-11-01"))),
    .recommendationAdded(
      id: "R1", source: "FV", text: "One", theme: nil, framework: nil, priority: false),
    .actionAdded(id: "A1", recommendations: ["R1"], title: "T1", owner: "O", due: d("2026-01-10")),
    .actionAdded(id: "A2", recommendations: ["R1"], title: "T2", owner: "O", due: d("2026-03-01")),
    .actionAdded(id: "A3", recommendations: ["R1"], title: "T3", owner: "O", due: d("2026-01-02")),
    .actionRated(id: "A1", rag: .amber, note: "late"),  // 01-07
    .actionRated(id: "A2", rag: .green, note: "fine"),  // 01-08
    .actionWithdrawn(id: "A3", reason: "duplicate"),  // 01-09
    .actionCompleted(id: "A2", note: "done"),  // 01-10
  ])

  @Test("RAG counts leave withdrawn actions out and count blue for complete")
  func counts() {
    let report = Status.report(Self.log, asOf: Self.t("2026-02-01T00:00:00Z"))
    #expect(report.rag == RAGCounts(amber: 1, blue: 1))
    #expect(report.head?.seq == 10)
    #expect(report.head?.hash == Self.log.events[9].hash)
  }

  @Test("overdue is judged on the as-of date, for open actions only")
  func overdue() {
    let early = Status.report(Self.log, asOf: Self.t("2026-01-10T12:00:00Z"))
    #expect(early.overdue.map(\.action.id).isEmpty)
    let later = Status.report(Self.log, asOf: Self.t("2026-01-11T00:00:00Z"))
    #expect(later.overdue.map(\.action.id) == ["A1"])
  }

  @Test("as-of sees only events recorded by then")
  func asOf() {
    let report = Status.report(Self.log, asOf: Self.t("2026-01-07T09:00:00Z"))
    #expect(report.head?.seq == 7)
    #expect(report.actions.map { $0.action.rag } == [.amber, nil, nil])
    #expect(report.rag == RAGCounts(amber: 1, unrated: 2))
    let none = Status.report(Self.log, asOf: Self.t("2025-12-31T00:00:00Z"))
    #expect(none.head == nil)
    #expect(none.actions.isEmpty)
  }

  @Test("status JSON carries the keys other tools rely on")
  func jsonKeys() throws {
    let json = Status.report(Self.log, asOf: Self.t("2026-02-01T00:00:00Z")).json
    let object = try #require(json.objectValue)
    for key in ["plan", "head", "recommendations", "actions", "rag"] {
      #expect(object[key] != nil, "missing \(key)")
    }
    let action = try #require(object["actions"]?.arrayValue?.first?.objectValue)
    for key in ["id", "title", "owner", "due", "status", "rag", "overdue", "recommendations"] {
      #expect(action[key] != nil, "missing actions[].\(key)")
    }
    #expect(object["rag"]?.objectValue?["unrated"] == .number(JSONNumber(0)))
  }

  @Test("show finds each kind of item")
  func show() {
    let plan = Self.log.plan()
    let today = Self.d("2026-02-01")
    #expect(ItemView.find("FV", in: plan, on: today)?.kind == .source)
    #expect(ItemView.find("R1", in: plan, on: today)?.kind == .recommendation)
    #expect(ItemView.find("A1", in: plan, on: today)?.text.contains("(OVERDUE)") == true)
    #expect(ItemView.find("A9", in: plan, on: today) == nil)
  }
}
