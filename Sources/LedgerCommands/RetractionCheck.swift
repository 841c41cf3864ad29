import LedgerCore

/// Rule 9: what a retraction may name, and whether later events build on it.
public enum RetractionCheck {
  /// The refusal for retracting `target`, or nil if it may be retracted.
  public static func check(target: Int, in replay: Replay) -> LedgerError? {
    let events = replay.events
    guard target >= 1, target <= events.count else {
      return .rule(
        "there is no event \(target) to retract; the ledger has \(events.count) events",
        hint: "find the seq with 'ledger history'")
    }
    let named = events[target - 1].event
    switch named.type {
    case .planCreated:
      return .rule("event 1 creates the plan and cannot be retracted")
    case .eventRetracted:
      return .rule(
        "event \(target) is itself a retraction and cannot be retracted",
        hint: "record the original change again instead")
    default: break
    }
    let retractions = replay.retractions()
    if let earlier = retractions[target] {
      return .rule("event \(target) was already retracted by event \(earlier.seq)")
    }
    // Replay without the named event: any later live event that a rule would now refuse
    // builds on it.
    var plan = Plan()
    var dependents: [String] = []
    for recorded in events where retractions[recorded.seq] == nil && recorded.seq != target {
      if recorded.seq > target, recorded.event.type != .eventRetracted,
        let problem = Rules.check(recorded.event, against: plan)
      {
        _ = problem
        dependents.append(
          "\(recorded.seq) (\(recorded.event.type.rawValue)"
            + (recorded.event.body.subject.map { " \($0)" } ?? "") + ")")
      }
      plan.apply(recorded.event)
    }
    guard dependents.isEmpty else {
      return .rule(
        "later events build on event \(target) (\(named.type.rawValue)): "
          + dependents.prefix(10).joined(separator: ", ") + (dependents.count > 10 ? ", …" : ""),
        hint: "retract those first, newest first, then retract \(target)")
    }
    return nil
  }
}
