import AuditTrail
import LedgerCore

/// The audit-trail entry of any event of a log, made when it is asked for rather than kept,
/// so the appendix and the changes section hold a `seq` per event instead of an entry.
///
/// An entry's "what" may depend on the plan just before its event (an amendment says what it
/// changed from). Those few are worded during the report's one walk over the log and kept
/// here (`planWords`); every other event's wording needs only the event and the log, which
/// `store` finds again by `seq` (in memory, or on its line in the file).
public struct EntryLookup: Equatable, Sendable {
  /// Where the events are found again; only the first `count` are read.
  let store: EventStore
  /// How many events the report reads: those recorded up to its as-of point.
  let count: Int
  /// The hash of event `count` (the report's head), or empty when `count` is 0.
  let headHash: String
  /// Retracted `seq` → its retraction (within the first `count` events).
  let retractions: [Int: Retraction]
  /// Redacted `seq` → its redactions (within the first `count` events).
  let redactions: [Int: [RedactionRecord]]
  /// `seq` → the "what" of each event whose wording depends on the plan before it.
  let planWords: [Int: String]

  /// The entry for event `seq` (1-based, within the log).
  ///
  /// Throws when the event's line cannot be read again from the file (`EventStore`).
  public func entry(_ seq: Int) throws(LedgerError) -> HistoryEntry {
    try entry(store.event(seq))
  }

  /// How many entries `forEachEntry` makes at a time.
  static let batch = 4096

  /// Makes the entry of each of `seqs` in turn and hands it to `body`; the events are found a
  /// batch at a time (read from the file on every core, the next batch while `body` takes
  /// this one: `EventPrefetch`), and no entry is kept.
  ///
  /// Throws when a line cannot be read again (`EventStore`): the entries before it have been
  /// handed on, and no more are.
  func forEachEntry<S: Sequence<Int>>(_ seqs: S, _ body: (HistoryEntry) -> Void)
    throws(LedgerError)
  {
    var iterator = seqs.makeIterator()
    func nextBatch() -> [Int] {
      var batch: [Int] = []
      batch.reserveCapacity(Self.batch)
      while batch.count < Self.batch, let seq = iterator.next() { batch.append(seq) }
      return batch
    }
    guard case .file = store else {
      while case let batch = nextBatch(), !batch.isEmpty {
        for event in try store.events(batch) { body(try entry(event)) }
      }
      return
    }
    var batch = nextBatch()
    guard !batch.isEmpty else { return }
    var pending = EventPrefetch(store, batch)
    // No read may outlive this call: the file is closed after the report is written.
    defer { pending.wait() }
    while true {
      let events = try pending.get()
      batch = nextBatch()
      if !batch.isEmpty { pending = EventPrefetch(store, batch) }
      for event in events { body(try entry(event)) }
      if batch.isEmpty { return }
    }
  }

  /// The entry for `event`, one of the log's.
  private func entry(_ event: Event) throws(LedgerError) -> HistoryEntry {
    let seq = event.seq
    var subject = event.body.subject
    var retracts: Int?
    var redacts: Int?
    switch event.body {
    case .eventRetracted(let target, _):
      retracts = target
      subject = nil
      if target >= 1 && target < event.seq { subject = try store.event(target).body.subject }
    case .payloadRedacted(let r):
      redacts = r.seq
      subject = nil
      if r.seq >= 1 && r.seq < event.seq { subject = try store.event(r.seq).body.subject }
    default:
      break
    }
    let what: String
    if let worded = planWords[seq] { what = worded } else { what = try self.what(event) }
    return HistoryEntry(
      seq: event.seq, type: event.type, recorded: event.recorded, effective: event.effective,
      actor: event.actor, subject: subject, what: what, why: event.body.why,
      retracted: retractions[event.seq], retracts: retracts, isBackRecorded: event.isBackRecorded,
      redactions: redactions[event.seq] ?? [], redacts: redacts)
  }

  /// The "what" of an event whose wording needs no plan: the audit trail's, given the log.
  /// Without the log in memory, a retraction or redaction names the event it revises as the
  /// audit trail does (`EventSummary`), from that event's line.
  private func what(_ event: Event) throws(LedgerError) -> String {
    if let replay = store.replay {
      return EventSummary.what(event, before: Self.noPlan, in: replay)
    }
    func named(_ target: Int) throws(LedgerError) -> String {
      let body = try store.event(target).body
      return "\(body.type.rawValue)" + (body.subject.map { " \($0)" } ?? "")
    }
    switch event.body {
    case .eventRetracted(let target, _) where target >= 1 && target < event.seq:
      let name = try named(target)
      return "retracted event \(target) (\(name))"
    case .payloadRedacted(let r) where r.seq >= 1 && r.seq < event.seq:
      let name = try named(r.seq)
      return "redacted " + r.members.joined(separator: ", ") + " of event \(r.seq) (\(name))"
    default:
      return EventSummary.what(event, before: Self.noPlan, in: Self.noLog)
    }
  }

  /// Whether the wording of `body` may depend on the plan before it: every kind except those
  /// known to be worded from the event and the log alone (a new kind counts as dependent,
  /// so it is worded during the walk, never wrongly).
  static func wordingNeedsPlan(_ body: EventBody) -> Bool {
    switch body {
    case .planCreated, .sourceAdded, .recommendationAdded, .recommendationClosed,
      .recommendationReopened, .actionAdded, .actionRated, .actionProgress, .actionEvidence,
      .actionCompleted, .actionSignedOff, .actionReopened, .actionDeferred, .actionWithdrawn,
      .boardMeeting, .sourcePlanSent, .planCarriedForward, .itemCarried, .eventRetracted,
      .payloadRedacted:
      return false
    default:
      return true
    }
  }

  /// The plan an entry that needs none is worded against.
  static let noPlan = Plan()
  /// The log an entry that needs none is worded against (only a retraction's or a
  /// redaction's wording reads the log).
  static let noLog = Replay([])

  /// Two lookups are equal when they read the same events (the same head) the same way,
  /// whatever was appended to either log after them, from memory or from the file.
  public static func == (a: EntryLookup, b: EntryLookup) -> Bool {
    a.count == b.count && a.headHash == b.headHash && a.retractions == b.retractions
      && a.redactions == b.redactions && a.planWords == b.planWords
  }
}
