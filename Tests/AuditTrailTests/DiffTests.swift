import AuditTrail
import LedgerCore
import Testing

@Suite("Diff")
struct DiffTests {
  let replay = SampleLog.replay
  /// Since the board meeting of 10 February: events 9 … 20.
  var diff: PlanDiff { Diff.between(replay, since: SampleLog.time("2026-02-10T23:59:59Z")) }

  func net(_ id: String, _ field: String, in diff: PlanDiff) -> NetChange? {
    diff.changes.first { $0.change.id == id && $0.change.field == field }
  }

  @Test("the window runs from the event after since to the end of the log")
  func window() {
    let d = diff
    #expect(d.from == 8)
    #expect(d.to == 20)
    #expect(d.fromHead == Head(seq: 8, hash: replay.events[7].hash))
    #expect(d.toHead == Head(seq: 20, hash: replay.events[19].hash))
    #expect(d.until == nil)
    let bounded = Diff.between(
      replay, since: SampleLog.time("2026-02-10T23:59:59Z"),
      until: SampleLog.time("2026-03-02T09:15:00Z"))
    #expect(bounded.to == 12)
  }

  @Test("net changes in plan order, then field order")
  func order() {
    let order = diff.changes.map { "\($0.change.id) \($0.change.field)" }
    #expect(
      order == [
        "R1 text",
        "A1.1 due", "A1.1 rag", "A1.1 latest_update",
        "A2.1 status", "A2.1 rag", "A2.1 latest_update",
        "A1.2 title", "A1.2 owner", "A1.2 due", "A1.2 status", "A1.2 recommendations",
      ])
  }

  @Test(
    "before, after and the events that made each change",
    arguments: [
      ("A1.1", "due", FieldValue.string("2026-03-31"), FieldValue.string("2026-05-31"), [9, 11]),
      ("A1.1", "rag", .string("amber"), .string("green"), [10]),
      (
        "A1.1", "latest_update", .string("Caseloads still above 15"), .string("Policy drafted"),
        [10]
      ),
      ("A2.1", "status", .string("open"), .string("signed-off"), [12, 15]),
      ("A2.1", "rag", .none, .string("blue"), [12]),
      ("A1.2", "recommendations", .none, .list(["R1", "R2"]), [13]),
      ("A1.2", "status", .none, .string("open"), [13]),
      (
        "R1", "text", .string("The timeliness of supervision for social workers."),
        .string("The timeliness and quality of supervision for social workers."), [20]
      ),
    ])
  func values(id: String, field: String, before: FieldValue, after: FieldValue, seqs: [Int]) throws
  {
    let change = try #require(net(id, field, in: diff))
    #expect(change.change.before == before)
    #expect(change.change.after == after)
    #expect(change.events.map(\.seq) == seqs)
  }

  @Test("an item added in the window shows as added; a field set then retracted does not")
  func added() {
    let changes = diff.changes.filter { $0.change.id == "A1.2" }
    #expect(changes.allSatisfy { $0.change.change == .added && $0.change.kind == .action })
    #expect(!changes.contains { $0.change.field == "rag" })
    #expect(
      diff.changes.filter { $0.change.id != "A1.2" }.allSatisfy { $0.change.change == .changed })
  }

  @Test("an action added and retracted inside the window is absent, but its steps are kept")
  func addedAndRetracted() throws {
    let d = diff
    #expect(!d.changes.contains { $0.change.id == "A1.3" })
    let added = try #require(d.steps.first { $0.event.seq == 17 })
    #expect(added.changes.map(\.change) == Array(repeating: .added, count: 5))
    let removed = try #require(d.steps.first { $0.event.seq == 18 })
    #expect(removed.changes.allSatisfy { $0.id == "A1.3" && $0.change == .removed })
  }

  @Test("an action added before the window and retracted inside it shows as removed")
  func removed() throws {
    let d = Diff.between(replay, from: 17, to: 20)
    let changes = d.changes.filter { $0.change.id == "A1.3" }
    #expect(changes.map(\.change.field) == ["title", "owner", "due", "status", "recommendations"])
    let title = try #require(changes.first)
    #expect(title.change.change == .removed)
    #expect(title.change.before == .string("Publish a supervision dashboard"))
    #expect(title.change.after == .none)
    #expect(title.events.map(\.seq) == [18])
  }

  @Test("the change log lists every step, e.g. both moves of a due date")
  func steps() {
    let dueMoves = diff.steps.flatMap { step in
      step.changes.filter { $0.id == "A1.1" && $0.field == "due" }.map { (step.event.seq, $0) }
    }
    #expect(dueMoves.map(\.0) == [9, 11])
    #expect(dueMoves.map(\.1.before) == [.string("2026-03-31"), .string("2026-04-30")])
    #expect(dueMoves.map(\.1.after) == [.string("2026-04-30"), .string("2026-05-31")])
    // Events that changed nothing (board meetings) are not steps.
    #expect(!diff.steps.contains { $0.event.seq == 19 })
  }

  @Test("the rating retracted in the window appears as two steps and no net change")
  func retractedRating() {
    let ragSteps = diff.steps.flatMap { step in
      step.changes.filter { $0.id == "A1.2" && $0.field == "rag" }.map { _ in step.event.seq }
    }
    #expect(ragSteps == [14, 16])
  }

  @Test("meetings recorded in the window")
  func meetings() {
    #expect(diff.meetings.map(\.seq) == [19])
    #expect(Diff.between(replay, from: 0, to: 20).meetings.map(\.seq) == [8, 19])
  }

  @Test("an empty or backwards window has no changes")
  func empty() {
    #expect(Diff.between(replay, from: 20, to: 20).changes.isEmpty)
    let backwards = Diff.between(replay, from: 12, to: 5)
    #expect(backwards.from == 12 && backwards.to == 12)
    #expect(backwards.changes.isEmpty && backwards.steps.isEmpty)
    #expect(Diff.between(replay, from: 0, to: 0).fromHead == nil)
  }

  @Test("JSON: top-level keys and one change in full")
  func json() {
    let json = diff.json
    #expect(keys(json) == ["since", "until", "from", "to", "changes", "meetings", "steps"])
    #expect(member(json, "since").map(compact) == #""2026-02-10T23:59:59Z""#)
    #expect(member(json, "until").map(compact) == "null")
    #expect(member(json, "from").flatMap { member($0, "seq") }.map(compact) == "8")
    #expect(member(json, "to").flatMap { member($0, "seq") }.map(compact) == "20")
    let changes = elements(member(json, "changes") ?? .null)
    #expect(changes.count == 12)
    #expect(
      compact(changes[1])
        == #"{"id":"A1.1","kind":"action","field":"due","change":"changed","before":"2026-03-31","after":"2026-05-31","events":[{"seq":9,"recorded":"2026-02-12T09:00:00Z","effective":null,"actor":{"name":"Tom Okafor","role":"Head of Service"},"why":"Staff vacancies","type":"action.amended"},{"seq":11,"recorded":"2026-02-25T14:00:00Z","effective":null,"actor":{"name":"Tom Okafor","role":"Head of Service"},"why":"Consultation extended","type":"action.amended"}]}"#
    )
    #expect(
      compact(elements(member(json, "meetings") ?? .null)[0])
        == #"{"seq":19,"date":"2026-03-10","recorded":"2026-03-10T16:00:00Z","note":null}"#)
    let recommendations = changes.first {
      member($0, "field").map(compact) == #""recommendations""#
    }
    #expect(recommendations.flatMap { member($0, "after") }.map(compact) == #"["R1","R2"]"#)
    #expect(recommendations.flatMap { member($0, "before") }.map(compact) == "null")
  }
}
