import LedgerTestSupport
import Testing

@testable import LedgerCore

/// The verifier's rule walk reads each event in place and checks retractions and redactions
/// against a prefix of the log, not a copy of it. These tests hold it to the walk it replaced
/// (a `PlanWalk`, with every retraction and redaction checked against a copied prefix) on
/// random logs full of retractions and redactions, good and bad.
@Suite("verify: the rule walk without copies equals the walk with them")
struct VerifierReplayTests {
  /// The walk as it was: `PlanWalk`, and a copy of the log before each retraction and
  /// redaction.
  static func copyingReplay(_ events: [RecordedEvent], before cutoff: Int) -> (
    seq: Int, refusal: RuleRefusal
  )? {
    var walk = PlanWalk(Replay(events))
    while let recorded = walk.next, recorded.seq < cutoff {
      let i = walk.position
      var refusal: RuleRefusal?
      switch recorded.event.body {
      case .eventRetracted(let target, _):
        refusal = RetractionCheck.check(target: target, in: Replay(Array(events[..<i])))
      case .payloadRedacted(let details):
        refusal = Redaction.problem(details, after: Array(events[..<i]))
      default: break
      }
      if let refusal = refusal ?? Rules.check(recorded.event, against: walk.plan) {
        return (recorded.seq, refusal)
      }
      walk.step()
    }
    return nil
  }

  static let recommendations = ["R1", "R2", "R3"]
  static let actions = ["A1", "A2", "A3", "A4"]

  /// A random event for a log of `count` events so far: mostly plausible, sometimes not.
  static func randomBody(_ rng: inout SeededRandom, log: [RecordedEvent]) -> EventBody {
    let day = CivilDate(parsing: "2026-03-01")!.adding(days: Int.random(in: -30...30, using: &rng))
    let a = actions.randomElement(using: &rng)!
    let r = recommendations.randomElement(using: &rng)!
    switch Int.random(in: 0..<18, using: &rng) {
    case 0:
      return .recommendationAdded(
        id: r, source: "FV", text: "Finding \(r)", theme: nil, framework: nil, priority: false)
    case 1:
      return .actionAdded(
        id: a, recommendations: [r], title: "Action \(a)", owner: "Owner", due: day)
    case 2:
      return .actionRated(id: a, rag: RAG.rateable.randomElement(using: &rng)!, note: "n")
    case 3: return .actionProgress(id: a, note: "progress")
    case 4: return .actionCompleted(id: a, note: "done")
    case 5: return .actionSignedOff(id: a, note: "accepted")
    case 6: return .actionReopened(id: a, reason: "again")
    case 7:
      return .actionDeferred(id: a, reason: "later", until: Bool.random(using: &rng) ? day : nil)
    case 8: return .actionWithdrawn(id: a, reason: "dropped")
    case 9:
      return .actionAmended(
        id: a, title: Bool.random(using: &rng) ? "Action \(a)" : nil, owner: nil, due: day,
        reason: "rebaseline")
    case 10: return .recommendationClosed(id: r, note: "closed")
    case 11: return .recommendationReopened(id: r, reason: "reopened")
    case 12, 13:
      return .eventRetracted(
        seq: Int.random(in: 0...(log.count + 1), using: &rng), reason: "mistake")
    default:
      return .payloadRedacted(randomRedaction(&rng, log: log))
    }
  }

  /// A redaction naming a random line, usually quoting its digest and free-text members.
  static func randomRedaction(_ rng: inout SeededRandom, log: [RecordedEvent])
    -> RedactionDetails
  {
    let seq = Int.random(in: 0...(log.count + 1), using: &rng)
    let line = (1...log.count).contains(seq) ? log[seq - 1] : nil
    let digest =
      Int.random(in: 0..<8, using: &rng) == 0 || line == nil
      ? String(repeating: "ab", count: 32) : line!.dataSHA256
    var members = line?.event.type.freeTextMembers.filter { _ in Bool.random(using: &rng) } ?? []
    switch Int.random(in: 0..<8, using: &rng) {
    case 0: members = []
    case 1: members.append("due")
    default: if members.isEmpty { members = ["note"] }
    }
    return RedactionDetails(
      seq: seq, dataSHA256: digest, members: members.sorted(), reason: "personal data",
      redactedSHA256: String(repeating: "cd", count: 32))
  }

  /// A log grown one random event at a time, keeping each event the old walk accepts and,
  /// now and then, one it refuses; the walks are compared on every log along the way.
  @Test("same first refusal on random logs of retractions and redactions", arguments: 1...12)
  func sameVerdict(seed: Int) {
    var rng = SeededRandom(seed: UInt64(seed) &* 7919)
    var log = LogBuilder()
    log.add(.planCreated(title: "Plan", authority: "Council"))
    log.add(
      .sourceAdded(
        SourceDetails(
          id: "FV", sourceType: .focusedVisit, title: "Visit", date: LogBuilder.date("2026-01-01")))
    )
    var compared = 0
    var refused = 0
    var retractions = 0
    var redactions = 0
    while log.events.count < 90 && compared < 400 {
      var next = log
      next.add(Self.randomBody(&rng, log: log.events))
      let old = Self.copyingReplay(next.events, before: Int.max)
      let new = Verifier.replay(next.events, before: Int.max)
      #expect(old?.seq == new?.seq, "seed \(seed), \(next.events.count) events")
      #expect(old?.refusal == new?.refusal, "seed \(seed), \(next.events.count) events")
      compared += 1
      if old == nil {
        log = next
        switch next.events.last!.event.body {
        case .eventRetracted: retractions += 1
        case .payloadRedacted: redactions += 1
        default: break
        }
      } else {
        refused += 1
        // A cutoff at the refused line, and one before it, ends both walks in the same place.
        let seq = old!.seq
        #expect(Verifier.replay(next.events, before: seq) == nil)
        #expect(Self.copyingReplay(next.events, before: seq) == nil)
      }
    }
    #expect(refused > 0)
    #expect(retractions + redactions > 0, "seed \(seed) accepted no retraction or redaction")
  }

  /// The rule-2 lookup by kind is `plan.kind(of:) == kind`, item for item.
  @Test("holds(id, kind) agrees with kind(of:) for every ID and kind")
  func holdsAgreesWithKind() {
    var log = LogBuilder()
    log.add(.planCreated(title: "Plan", authority: "Council"))
    log.add(
      .sourceAdded(
        SourceDetails(
          id: "FV", sourceType: .focusedVisit, title: "Visit", date: LogBuilder.date("2026-01-01")))
    )
    log.add(
      .recommendationAdded(
        id: "R1", source: "FV", text: "Finding", theme: nil, framework: nil, priority: false))
    log.add(
      .actionAdded(
        id: "A1", recommendations: ["R1"], title: "Act", owner: "Owner",
        due: LogBuilder.date("2026-06-01")))
    log.add(.priorityAdded(id: "P1", title: "Priority", outcome: "Better"))
    let plan = log.replay.plan()
    let kinds: [ItemKind] = [.source, .recommendation, .action, .priority, .measure]
    for id in ["FV", "R1", "A1", "P1", "M1", "nope", ""] {
      for kind in kinds {
        #expect(Rules.holds(plan, id, kind) == (plan.kind(of: id) == kind), "\(id) \(kind)")
        #expect((Rules.existing(id, kind, in: plan) == nil) == (plan.kind(of: id) == kind))
      }
    }
  }
}
