import LedgerCore
import Testing

@Suite("Carrying a plan forward: the new ledger's events, and continuity")
struct CarryOverTests {
  let old = CycleLog.year()

  /// The new ledger, sealed, every event checked against the rules.
  func newLedger(_ title: String = "Business Plan 2021-22") -> [RecordedEvent] {
    var out: [RecordedEvent] = []
    var plan = Plan()
    let at = Timestamp(rfc3339: "2021-04-06T10:00:00Z")!
    for body in CarryOver.events(from: Replay(old.events), title: title, authority: "Group") {
      let e = Event(seq: out.count + 1, recorded: at, actor: old.actor, body: body)
      #expect(Rules.check(e, against: plan) == nil, "\(body)")
      plan.apply(e)
      out.append(Chain.seal(e, prev: out.last?.hash ?? Chain.genesis))
    }
    return out
  }

  /// The old log with its `plan.carried-forward` naming `new`.
  func closed(with new: [RecordedEvent]) -> [RecordedEvent] {
    var b = old
    b.add(
      "2021-04-06",
      .planCarriedForward(
        CarryForwardDetails(
          toTitle: "Business Plan 2021-22", toLedger: "next.jsonl", toSeq: new.count,
          toHash: new[new.count - 1].hash,
          items: CarryOver.items(Replay(b.events).plan()))))
    return b.events
  }

  @Test("open and deferred actions come across with their links, rating, deferral and history")
  func carried() {
    let new = newLedger()
    let plan = Replay(new).plan()
    // A5 was completed on 2 April 2021, before the carry-forward: it stays behind.
    #expect(plan.actionOrder == ["A2", "A4"])
    #expect(plan.actions["A2"]?.status == .deferred)
    #expect(plan.actions["A4"]?.rag == .amber)
    #expect(Set(plan.recommendationOrder) == ["R1", "R2"])
    #expect(plan.cycle.previous?.seq == old.events.count)
    #expect(plan.cycle.previous?.hash == old.events.last?.hash)
    // A2's history in the old ledger: added (seq 6) and deferred (seq 14).
    #expect(plan.cycle.carriedHistory["A2"] == [6, 14])
    #expect(new.first?.event.body.version == 3)
  }

  @Test("continuity holds; and fails when the old file is cut, unfinished or rewritten")
  func continuity() {
    let new = newLedger()
    let complete = closed(with: new)
    #expect(Continuity.problem(new: new, newPath: "n", old: complete, oldPath: "o") == nil)
    let interrupted = Continuity.problem(new: new, newPath: "n", old: old.events, oldPath: "o")
    #expect(interrupted?.message.contains("was interrupted") == true)
    let cut = Continuity.problem(
      new: new, newPath: "n", old: Array(old.events.prefix(5)), oldPath: "o")
    #expect(cut?.message.contains("no longer holds the head") == true)
    var rewritten = old
    rewritten.events.removeLast()
    rewritten.add("2021-04-02", .actionCompleted(id: "A4", note: "Forged"))
    let forged = Continuity.problem(
      new: new, newPath: "n", old: rewritten.events, oldPath: "o")
    #expect(forged?.message.contains("rewritten") == true)
  }

  @Test("rule 15: the carried items are exactly the open and deferred actions, once")
  func rule15() {
    let plan = Replay(old.events).plan()
    func forward(_ items: [String]) -> Event {
      Event(
        seq: old.events.count + 1, recorded: Timestamp(rfc3339: "2021-04-06T10:00:00Z")!,
        actor: old.actor,
        body: .planCarriedForward(
          CarryForwardDetails(
            toTitle: "Next", toLedger: nil, toSeq: 1, toHash: String(repeating: "a", count: 64),
            items: items)))
    }
    #expect(Rules.check(forward(["A2", "A4"]), against: plan) == nil)
    #expect(Rules.check(forward(["A2"]), against: plan)?.rule == 15)
    #expect(Rules.check(forward(["A2", "A4", "A5"]), against: plan)?.rule == 15)
    #expect(Rules.check(forward(["A4", "A2"]), against: plan)?.rule == 15)
  }

  @Test("rules 14 and 16: a plan sent once, not before publication; items carried once")
  func rules14and16() {
    var b = old
    let d = CycleLog.date
    b.add(
      "2021-04-01",
      .sourceAdded(
        SourceDetails(
          id: "IL", sourceType: .ilacsStandard, title: "ILACS", date: d("2021-01-10"),
          published: d("2021-02-20"))))
    let plan = Replay(b.events).plan()
    func at(_ body: EventBody) -> Event {
      Event(
        seq: b.events.count + 1, recorded: Timestamp(rfc3339: "2021-04-06T10:00:00Z")!,
        actor: b.actor, body: body)
    }
    #expect(
      Rules.check(at(.sourcePlanSent(id: "IL", date: d("2021-02-19"), note: nil)), against: plan)?
        .rule == 3)
    #expect(
      Rules.check(at(.sourcePlanSent(id: "IL", date: d("2021-04-07"), note: nil)), against: plan)?
        .rule == 8)
    #expect(
      Rules.check(at(.sourcePlanSent(id: "IL", date: d("2021-04-01"), note: nil)), against: plan)
        == nil)
    b.add("2021-04-06", .sourcePlanSent(id: "IL", date: d("2021-04-01"), note: nil))
    let sent = Replay(b.events).plan()
    #expect(sent.cycle.planSent["IL"] == d("2021-04-01"))
    #expect(
      Rules.check(at(.sourcePlanSent(id: "IL", date: d("2021-04-02"), note: nil)), against: sent)?
        .rule == 14)
    #expect(Rules.check(at(.itemCarried(id: "A4", history: [1])), against: sent)?.rule == 16)
  }
}
