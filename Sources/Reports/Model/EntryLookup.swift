import AuditTrail
import LedgerCore

/// The audit-trail entry of any event of a log, made when it is asked for rather than kept,
/// so the appendix and the changes section hold a `seq` per event instead of an entry.
///
/// An entry's "what" may depend on the plan just before its event (an amendment says what it
/// changed from). Those few are worded during the report's one walk over the log and kept
/// here (`planWords`); every other event's wording needs only the event and the log.
public struct EntryLookup: Equatable, Sendable {
  /// The log; only its first `count` events are read.
  let log: Replay
  /// How many events the report reads: those recorded up to its as-of point.
  let count: Int
  /// Retracted `seq` → its retraction (within `log`).
  let retractions: [Int: Retraction]
  /// Redacted `seq` → its redactions (within `log`).
  let redactions: [Int: [RedactionRecord]]
  /// `seq` → the "what" of each event whose wording depends on the plan before it.
  let planWords: [Int: String]

  /// The entry for event `seq` (1-based, within the log).
  public func entry(_ seq: Int) -> HistoryEntry {
    let recorded = log.events[seq - 1]
    let event = recorded.event
    var subject = event.body.subject
    var retracts: Int?
    var redacts: Int?
    switch event.body {
    case .eventRetracted(let target, _):
      retracts = target
      subject = target >= 1 && target < event.seq ? log.events[target - 1].event.body.subject : nil
    case .payloadRedacted(let r):
      redacts = r.seq
      subject = r.seq >= 1 && r.seq < event.seq ? log.events[r.seq - 1].event.body.subject : nil
    default:
      break
    }
    let what =
      planWords[seq] ?? EventSummary.what(event, before: Self.noPlan, in: log)
    return HistoryEntry(
      seq: event.seq, type: event.type, recorded: event.recorded, effective: event.effective,
      actor: event.actor, subject: subject, what: what, why: event.body.why,
      retracted: retractions[event.seq], retracts: retracts, isBackRecorded: event.isBackRecorded,
      redactions: redactions[event.seq] ?? [], redacts: redacts)
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

  /// Two lookups are equal when they read the same events (the same head) the same way,
  /// whatever was appended to either log after them.
  public static func == (a: EntryLookup, b: EntryLookup) -> Bool {
    a.count == b.count
      && (a.count == 0 || a.log.events[a.count - 1].hash == b.log.events[b.count - 1].hash)
      && a.retractions == b.retractions && a.redactions == b.redactions
      && a.planWords == b.planWords
  }
}
