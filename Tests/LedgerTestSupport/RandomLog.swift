import LedgerCore

/// Random logs for differential tests: a few recommendations and actions that many events
/// name, in any order (an action may name a recommendation not yet added, an amendment an item
/// that does not exist), some recorded in the same minute.
public enum RandomLog {
  /// One random event for a log of `count` events so far. With `retractions`, about one in
  /// five is a retraction naming any earlier seq, a retraction or one already retracted
  /// included; without, those draws are amendments that relink an action instead.
  public static func body(_ rng: inout SeededRandom, count: Int, retractions: Bool = true)
    -> EventBody
  {
    let recs = ["R1", "R2", "R3"]
    let actions = ["A1", "A2", "A3", "A4"]
    let day = CivilDate(parsing: "2026-03-01")!.adding(days: Int.random(in: -60...60, using: &rng))
    let a = actions.randomElement(using: &rng)!
    let r = recs.randomElement(using: &rng)!
    switch Int.random(in: 0..<18, using: &rng) {
    case 0:
      return .recommendationAdded(
        id: r, source: "FV", text: "Finding \(r)", theme: nil, framework: nil, priority: false)
    case 1:
      return .actionAdded(
        id: a, recommendations: [r], title: "Action \(a)", owner: "Owner", due: day)
    case 2: return .actionRated(id: a, rag: RAG.rateable.randomElement(using: &rng)!, note: "n")
    case 3:
      // A note that quotes a retraction line's start: never taken for one.
      return .actionProgress(id: a, note: #"{"v":1,"seq":3,"type":"event.retracted","#)
    case 4: return .actionCompleted(id: a, note: "done")
    case 5: return .actionSignedOff(id: a, note: "accepted")
    case 6: return .actionReopened(id: a, reason: "again")
    case 7: return .actionDeferred(id: a, reason: "later", until: day)
    case 8: return .actionWithdrawn(id: a, reason: "dropped")
    case 9:
      return .actionAmended(id: a, title: nil, owner: "Other", due: day, reason: "rebaseline")
    case 10: return .recommendationClosed(id: r, note: "closed")
    case 11: return .recommendationAmended(id: r, text: "Amended", reason: "wording")
    case 12: return .actionImpact(id: a, note: "impact")
    case 13: return .boardMeeting(date: day, note: "met")
    default:
      if retractions {
        return .eventRetracted(seq: Int.random(in: 2...count, using: &rng), reason: "mistake")
      }
      let other = recs.randomElement(using: &rng)!
      let relink = Bool.random(using: &rng)
      return .actionAmended(
        id: a, title: relink && Bool.random(using: &rng) ? nil : "Retitled \(count)", owner: nil,
        due: Bool.random(using: &rng) ? day : nil, reason: "relink",
        recommendations: relink ? (r == other ? [r] : [r, other]) : nil)
    }
  }

  /// A random log of `length` events after a plan and its source; with `padding`, every tenth
  /// event is a progress note of that many bytes.
  public static func make(
    seed: UInt64, length: Int, padding: Int = 0, retractions: Bool = true
  ) -> LogBuilder {
    var rng = SeededRandom(seed: seed)
    var b = LogBuilder()
    b.add(.planCreated(title: "Plan", authority: "Council"))
    b.add(
      .sourceAdded(
        SourceDetails(
          id: "FV", sourceType: .focusedVisit, title: "Focused visit",
          date: LogBuilder.date("2025-11-04"))))
    while b.events.count < length {
      if padding > 0, b.events.count % 10 == 0 {
        b.add(.actionProgress(id: "A1", note: String(repeating: "n", count: padding)))
      }
      b.add(
        body(&rng, count: b.events.count, retractions: retractions),
        minutes: Int64(Int.random(in: 0...2, using: &rng)))
    }
    return b
  }
}
