import LedgerCommands
import LedgerCore
import Testing

@Suite("The rules of the plan")
struct RulesTests {
  static let actor = Actor(name: "Amara Okafor", role: "Principal Social Worker")
  static let day = CivilDate(parsing: "2026-01-10")!

  static func event(_ body: EventBody, seq: Int = 99, effective: CivilDate? = nil) -> Event {
    Event(
      seq: seq, recorded: Timestamp.endOfDay(day), effective: effective, actor: actor, body: body)
  }

  /// A plan with source FV, R1 open with A1 (open) and A2 (complete), R2 closed.
  static func plan() -> Plan {
    var p = Plan()
    let d = { (s: String) in CivilDate(parsing: s)! }
    let bodies: [EventBody] = [
      .planCreated(title: "P", authority: "C"),
      .sourceAdded(
        SourceDetails(id: "FV", sourceType: .focusedVisit, title: "FV", date: d("2025-11-01"))),
      .recommendationAdded(
        id: "R1", source: "FV", text: "One", theme: nil, framework: nil, priority: false),
      .recommendationAdded(
        id: "R2", source: "FV", text: "Two", theme: nil, framework: nil, priority: false),
      .actionAdded(
        id: "A1", recommendations: ["R1"], title: "T1", owner: "O", due: d("2026-02-01")),
      .actionAdded(
        id: "A2", recommendations: ["R1"], title: "T2", owner: "O", due: d("2026-02-01")),
      .actionCompleted(id: "A2", note: "done"),
      .recommendationClosed(id: "R2", note: "closed"),
    ]
    for (i, body) in bodies.enumerated() { p.apply(event(body, seq: i + 1)) }
    return p
  }

  @Test("each action status allows exactly the documented commands")
  func statusTable() {
    #expect(Rules.allowedStatuses(for: .actionSignedOff) == [.complete])
    #expect(Rules.allowedStatuses(for: .actionRated) == [.open, .deferred])
    #expect(Rules.allowedStatuses(for: .actionDeferred) == [.open])
    #expect(
      Rules.allowedStatuses(for: .actionReopened) == [.complete, .signedOff, .deferred, .withdrawn])
    #expect(Rules.allowedStatuses(for: .actionWithdrawn) == [.open, .deferred, .complete])
  }

  @Test("allowed events pass")
  func allowed() {
    let p = Self.plan()
    let ok: [EventBody] = [
      .actionRated(id: "A1", rag: .green, note: "n"),
      .actionSignedOff(id: "A2", note: "n"),
      .actionEvidence(id: "A2", note: "n", link: nil),
      .recommendationReopened(id: "R2", reason: "r"),
      .actionAdded(id: "A3", recommendations: ["R1"], title: "t", owner: "o", due: Self.day),
      .boardMeeting(date: Self.day, note: nil),
    ]
    for body in ok { #expect(Rules.check(Self.event(body), against: p) == nil, "\(body)") }
  }

  @Test("refused events say why")
  func refused() {
    let p = Self.plan()
    let cases: [(EventBody, String)] = [
      (.actionSignedOff(id: "A1", note: "n"), "not complete"),
      (.actionRated(id: "A2", rag: .green, note: "n"), "complete (rated blue)"),
      (.recommendationClosed(id: "R1", note: "n"), "A1 (open), A2 (complete)"),
      (.recommendationAmended(id: "R2", text: "x", reason: "r"), "closed"),
      (
        .actionAdded(id: "A3", recommendations: ["R2"], title: "t", owner: "o", due: Self.day),
        "closed"
      ),
      (
        .actionAdded(id: "R1", recommendations: ["R1"], title: "t", owner: "o", due: Self.day),
        "already used"
      ),
      (
        .recommendationAdded(
          id: "R3", source: "FX", text: "t", theme: nil, framework: nil, priority: false),
        "did you mean FV?"
      ),
      (.boardMeeting(date: Self.day.adding(days: 1), note: nil), "in the future"),
    ]
    for (body, words) in cases {
      let problem = Rules.check(Self.event(body), against: p)?.error
      #expect(problem?.kind == .rule)
      #expect(problem?.message.hasPrefix("rule ") == true)
      let said = (problem?.message ?? "") + " " + (problem?.hint ?? "")
      #expect(said.contains(words), "\(String(describing: problem))")
    }
    let late = Rules.check(
      Self.event(.actionProgress(id: "A1", note: "n"), effective: Self.day.adding(days: 1)),
      against: p)
    #expect(late?.rule == 8)
    #expect(late?.message.contains("later than the recorded date") == true)
  }

  @Test("suggestions find near misses only")
  func suggestions() {
    #expect(ClosestMatch.closest(to: "stauts", among: ["status", "show", "history"]) == "status")
    #expect(ClosestMatch.closest(to: "zzzzzz", among: ["status", "show"]) == nil)
    #expect(ClosestMatch.distance("kitten", "sitting") == 3)
  }
}
