import LedgerCore

/// The audit trail (`ledger history`): every event as a `HistoryEntry`, filtered.
///
/// Retracted events stay in the trail, marked with the retraction (who and why); retractions
/// are those recorded anywhere in the log given, so a trail cut off with `until` still shows
/// that an event was later taken back.
public enum History {
  /// The entries of `replay`, oldest first, that pass every filter given.
  ///
  /// - `item`: only events that name the ID (`EventBody.references`: the subject, the source
  ///   of a new recommendation, the recommendations of a new action) and retractions of such
  ///   events. The history of a recommendation does not include the events on its actions;
  ///   ask for each action's ID for those.
  /// - `since`: only events recorded strictly after this instant.
  /// - `until`: only events recorded at or before this instant.
  /// - `actor`: only events recorded by this person (the name, compared case-insensitively).
  public static func entries(
    _ replay: Replay, item: String? = nil, since: Timestamp? = nil, until: Timestamp? = nil,
    actor: String? = nil
  ) -> [HistoryEntry] {
    let first = since.map { replay.count(recordedUpTo: $0) } ?? 0
    let last = until.map { replay.count(recordedUpTo: $0) } ?? replay.events.count
    guard last > first else { return [] }
    let retractions = replay.retractions()
    let redactions = replay.redactions()
    let actorName = actor?.lowercased()
    var entries: [HistoryEntry] = []
    // The walk supplies the plan before each event, which an amendment's "from" needs.
    PlanWalk.walk(
      replay, from: 0, to: last,
      before: { recorded, plan in
        let event = recorded.event
        guard recorded.seq > first,
          actorName.map({ event.actor.name.lowercased() == $0 }) ?? true,
          item.map({ names($0, event, in: replay) }) ?? true
        else { return }
        entries.append(
          entry(
            recorded, before: plan, in: replay, retractions: retractions,
            redactions: redactions))
      },
      after: { _, _, _ in })
    return entries
  }

  /// The entry for one event, given the plan just before it.
  static func entry(
    _ recorded: RecordedEvent, before plan: Plan, in replay: Replay,
    retractions: [Int: Retraction], redactions: [Int: [RedactionRecord]] = [:]
  ) -> HistoryEntry {
    let event = recorded.event
    var subject = event.body.subject
    var retracts: Int?
    if case .eventRetracted(let target, _) = event.body {
      retracts = target
      subject =
        target >= 1 && target < event.seq ? replay.events[target - 1].event.body.subject : nil
    }
    var redacts: Int?
    if case .payloadRedacted(let r) = event.body {
      redacts = r.seq
      subject = r.seq >= 1 && r.seq < event.seq ? replay.events[r.seq - 1].event.body.subject : nil
    }
    return HistoryEntry(
      seq: event.seq, type: event.type, recorded: event.recorded, effective: event.effective,
      actor: event.actor, subject: subject,
      what: EventSummary.what(event, before: plan, in: replay), why: event.body.why,
      retracted: retractions[event.seq], retracts: retracts, isBackRecorded: event.isBackRecorded,
      redactions: redactions[event.seq] ?? [], redacts: redacts)
  }

  /// Whether `event` names `id`, or retracts or redacts an event that does.
  static func names(_ id: String, _ event: Event, in replay: Replay) -> Bool {
    if event.body.references.contains(id) { return true }
    let named: Int
    switch event.body {
    case .eventRetracted(let seq, _): named = seq
    case .payloadRedacted(let r): named = r.seq
    default: return false
    }
    guard named >= 1, named < event.seq else { return false }
    let target = named
    return replay.events[target - 1].event.body.references.contains(id)
  }
}
