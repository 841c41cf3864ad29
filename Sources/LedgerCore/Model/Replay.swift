/// Folds a log into a plan, honouring retractions and "as of" points.
///
/// The state at any point is the fold of every event recorded up to that point, in `seq`
/// order, skipping those retracted by an `event.retracted` recorded up to that point.
public struct Replay: Sendable {
  /// Every event of the log, `events[i].seq == i + 1`.
  public let events: [RecordedEvent]

  /// Wraps a log.
  public init(_ events: [RecordedEvent]) {
    self.events = events
  }

  /// How many events were recorded at or before `instant` (`recorded` never goes backwards).
  public func count(recordedUpTo instant: Timestamp) -> Int {
    var low = 0
    var high = events.count
    while low < high {
      let mid = (low + high) / 2
      if events[mid].event.recorded <= instant { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The retractions among the first `count` events: retracted `seq` → the retraction.
  public func retractions(upTo count: Int? = nil) -> [Int: Retraction] {
    var result: [Int: Retraction] = [:]
    for recorded in events.prefix(count ?? events.count) {
      if case .eventRetracted(let target, let reason) = recorded.event.body, target < recorded.seq,
        result[target] == nil
      {
        result[target] = Retraction(seq: recorded.seq, actor: recorded.event.actor, reason: reason)
      }
    }
    return result
  }

  /// The redactions among the first `count` events: redacted `seq` → every redaction of it,
  /// oldest first. Unlike retractions, redactions are never skipped or retracted.
  public func redactions(upTo count: Int? = nil) -> [Int: [RedactionRecord]] {
    var result: [Int: [RedactionRecord]] = [:]
    for recorded in events.prefix(count ?? events.count) {
      if case .payloadRedacted(let details) = recorded.event.body, details.seq < recorded.seq {
        result[details.seq, default: []].append(
          RedactionRecord(
            seq: recorded.seq, recorded: recorded.event.recorded, actor: recorded.event.actor,
            details: details))
      }
    }
    return result
  }

  /// The plan after the first `count` events (all by default), skipping retracted ones and,
  /// if given, the event `excluding`.
  public func plan(upTo count: Int? = nil, excluding: Int? = nil) -> Plan {
    fold(upTo: count, excluding: excluding) { _, _ in }
  }

  /// The fold behind every plan: applies the first `count` events (all by default) in `seq`
  /// order, skipping those retracted among them and, if given, the event `excluding`.
  /// `visit` sees each event applied, with the plan just before it. For the plan after
  /// each event in turn, walk with ``PlanWalk`` instead.
  public func fold(
    upTo count: Int? = nil, excluding: Int? = nil, visit: (RecordedEvent, Plan) -> Void
  ) -> Plan {
    let n = count ?? events.count
    let retracted = retractions(upTo: n)
    var plan = Plan()
    for recorded in events.prefix(n)
    where retracted[recorded.seq] == nil && recorded.seq != excluding {
      visit(recorded, plan)
      plan.apply(recorded.event)
    }
    plan.lastSeq = n
    return plan
  }

  /// The plan as it was at `instant`.
  public func plan(asOf instant: Timestamp) -> Plan {
    plan(upTo: count(recordedUpTo: instant))
  }
}

/// A retraction of an earlier event.
public struct Retraction: Hashable, Sendable {
  /// The `seq` of the `event.retracted` event.
  public var seq: Int
  /// Who retracted it.
  public var actor: Actor
  /// Why.
  public var reason: String
}

/// A redaction of an earlier line's members.
public struct RedactionRecord: Hashable, Sendable {
  /// The `seq` of the `payload.redacted` event.
  public var seq: Int
  /// When it was recorded.
  public var recorded: Timestamp
  /// Who redacted.
  public var actor: Actor
  /// Which line, which members, why.
  public var details: RedactionDetails
}

extension Replay {
  /// Why the log does not contain `head` (a board paper's `SEQ:HASH`), or nil if it does.
  public func problem(withHead head: Head) -> String? {
    Replay.problem(withHead: head, count: events.count) { events[$0 - 1].hash }
  }

  /// Why a log of `count` events, whose line `seq` has the hash `hash(seq)`, does not contain
  /// `head`, or nil if it does: `problem(withHead:)` for a reader that did not keep the log
  /// (`hash` is asked only for `head.seq`, and only if the log reaches it).
  static func problem(withHead head: Head, count: Int, hash: (Int) -> String) -> String? {
    let quoted = "head \(head.seq):\(head.hash.prefix(16))…"
    guard head.seq <= count else {
      return
        "\(quoted) is not in this ledger: it ends at seq \(count); events were cut from the end"
    }
    let actual = hash(head.seq)
    guard actual == head.hash else {
      return
        "\(quoted) is not in this ledger: line \(head.seq) has hash \(actual.prefix(16))…; the history since that paper was rewritten"
    }
    return nil
  }
}
