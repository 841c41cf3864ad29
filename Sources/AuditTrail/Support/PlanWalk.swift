import LedgerCore

/// Folds a stretch of the log one event at a time, showing each event the plan just before
/// and just after it.
///
/// The plan after event *k* is the plan after *k − 1* with event *k* applied, except when *k*
/// is a retraction: then it is recomputed from scratch (`Replay.plan(upTo: k)`), since taking
/// an earlier event away cannot be done incrementally. An event inside the stretch is never
/// retracted by the time it is applied (a retraction names an earlier `seq`), so this equals
/// `replay.plan(upTo: k)` at every step.
enum PlanWalk {
  /// Walks events `start + 1 … end` and returns the plan after `end`.
  ///
  /// `before` sees each event with the plan just before it and returns what it wants to keep;
  /// `after` sees the event, the plan just after it and what `before` kept. Neither may keep
  /// the plan beyond the call (so the fold can update it in place).
  @discardableResult
  static func walk<Kept>(
    _ replay: Replay, from start: Int, to end: Int, startingWith initial: Plan? = nil,
    before: (RecordedEvent, Plan) -> Kept, after: (RecordedEvent, Plan, Kept) -> Void
  ) -> Plan {
    var plan = initial ?? replay.plan(upTo: start)
    guard end > start else { return plan }
    for recorded in replay.events[start..<end] {
      let kept = before(recorded, plan)
      if case .eventRetracted = recorded.event.body {
        plan = replay.plan(upTo: recorded.seq)
      } else {
        plan.apply(recorded.event)
      }
      after(recorded, plan, kept)
    }
    return plan
  }
}
