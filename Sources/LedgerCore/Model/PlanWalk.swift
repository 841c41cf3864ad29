/// The one replay walk: folds a log's events one at a time, keeping the plan as it stood
/// after each.
///
/// The plan after event *k* is the plan after *k − 1* with event *k* applied, except when *k*
/// is a retraction: then it is recomputed from scratch (``Replay/plan(upTo:excluding:)``),
/// since taking an earlier event away cannot be done incrementally. An event ahead of the walk
/// is never retracted by the time it is applied (a retraction names an earlier `seq`), so
/// ``plan`` equals `replay.plan(upTo: position)` at every step.
///
/// Read ``plan`` in place and do not keep it across a ``step()``: the walk then updates it
/// without copying.
public struct PlanWalk: Sendable {
  /// The log being walked.
  public let replay: Replay
  /// The plan after the first ``position`` events.
  public private(set) var plan: Plan
  /// How many events have been folded.
  public private(set) var position: Int

  /// A walk that has folded the first `start` events; `plan`, if given, must be
  /// `replay.plan(upTo: start)` (it saves recomputing it).
  public init(_ replay: Replay, from start: Int = 0, plan: Plan? = nil) {
    let start = min(max(start, 0), replay.events.count)
    self.replay = replay
    self.position = start
    self.plan = plan ?? replay.plan(upTo: start)
  }

  /// The event the next ``step()`` folds, or nil at the end of the log.
  public var next: RecordedEvent? {
    position < replay.events.count ? replay.events[position] : nil
  }

  /// Folds the next event (nothing at the end of the log).
  public mutating func step() {
    guard let recorded = next else { return }
    if case .eventRetracted = recorded.event.body {
      plan = replay.plan(upTo: recorded.seq)
    } else {
      plan.apply(recorded.event)
    }
    position += 1
  }

  /// Folds events until ``position`` is `end` (or the end of the log); never goes back.
  public mutating func advance(to end: Int) {
    while position < min(end, replay.events.count) { step() }
  }
}
