/// Rule 9: what a retraction may name, and whether later events build on it.
public enum RetractionCheck {
  /// The refusal for retracting `target` at the end of `replay`'s log, or nil if it may be.
  public static func check(target: Int, in replay: Replay) -> RuleRefusal? {
    check(target: target, in: replay, upTo: replay.events.count)
  }

  /// The refusal for retracting `target` after the first `count` events of `replay`'s log,
  /// as if the log ended there, or nil if it may be. The verifier checks each retraction
  /// this way against the log before it, without copying that prefix.
  public static func check(target: Int, in replay: Replay, upTo count: Int) -> RuleRefusal? {
    let count = min(max(count, 0), replay.events.count)
    guard target >= 1, target <= count else {
      return RuleRefusal(
        rule: 9, "there is no event \(target) to retract; the ledger has \(count) events",
        hint: "find the seq in the history")
    }
    let named = replay.events[target - 1].event
    switch named.type {
    case .planCreated:
      return RuleRefusal(rule: 9, "event 1 creates the plan and cannot be retracted")
    case .eventRetracted:
      return RuleRefusal(
        rule: 9, "event \(target) is itself a retraction and cannot be retracted",
        hint: "record the original change again instead")
    case .payloadRedacted:
      return RuleRefusal(
        rule: 9, "event \(target) is a redaction and cannot be retracted",
        hint: "a redaction cannot be undone; the removed text is gone")
    default: break
    }
    let retractions = replay.retractions(upTo: count)
    if let earlier = retractions[target] {
      return RuleRefusal(
        rule: 9, "event \(target) was already retracted by event \(earlier.seq)")
    }
    // Replay without the named event: any later live event that a rule would now refuse
    // builds on it.
    var dependents: [String] = []
    _ = replay.fold(upTo: count, excluding: target) { recorded, plan in
      if recorded.seq > target, Rules.check(recorded.event, against: plan) != nil {
        dependents.append(
          "\(recorded.seq) (\(recorded.event.type.rawValue)"
            + (recorded.event.body.subject.map { " \($0)" } ?? "") + ")")
      }
    }
    guard dependents.isEmpty else {
      return RuleRefusal(
        rule: 9,
        "later events build on event \(target) (\(named.type.rawValue)): "
          + dependents.prefix(10).joined(separator: ", ") + (dependents.count > 10 ? ", …" : ""),
        hint: "retract those first, newest first, then retract \(target)")
    }
    return nil
  }
}
