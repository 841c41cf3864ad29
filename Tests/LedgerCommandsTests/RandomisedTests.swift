import Foundation
import LedgerCommands
import LedgerCore
import LedgerTestSupport
import Testing

/// Random sequences of commands, good and bad, against a real file: whatever is accepted, the
/// live log always obeys the rules, and whatever is refused leaves the file unchanged.
@Suite("Randomised command sequences")
struct RandomisedTests {
  static let actor = Actor(name: "Amara Okafor", role: "Principal Social Worker")

  static func randomBody(_ rng: inout SeededRandom, seqCount: Int) -> EventBody {
    let recs = ["R1", "R2", "R3"]
    let actions = ["A1", "A2", "A3", "A4", "A5"]
    let day = CivilDate(parsing: "2026-03-01")!.adding(days: Int.random(in: -60...60, using: &rng))
    let a = actions.randomElement(using: &rng)!
    let r = recs.randomElement(using: &rng)!
    switch Int.random(in: 0..<16, using: &rng) {
    case 0:
      return .recommendationAdded(
        id: r, source: "FV", text: "Finding \(r)", theme: nil, framework: nil, priority: false)
    case 1:
      return .actionAdded(
        id: a, recommendations: Array(Set([r, recs.randomElement(using: &rng)!])).sorted(),
        title: "Action \(a)", owner: "Owner", due: day)
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
        id: a, title: nil, owner: Bool.random(using: &rng) ? "Other owner" : nil, due: day,
        reason: "rebaseline")
    case 10: return .recommendationClosed(id: r, note: "closed")
    case 11: return .recommendationReopened(id: r, reason: "reopened")
    case 12:
      return .recommendationAmended(
        id: r, text: "Amended \(Int.random(in: 0..<3, using: &rng))", reason: "wording")
    case 13: return .actionEvidence(id: a, note: "evidence", link: nil)
    default:
      // Not the plan or its one source (seq 1 and 2): that would starve the rest of the run.
      return .eventRetracted(
        seq: Int.random(in: 3...max(3, seqCount + 1), using: &rng), reason: "mistake")
    }
  }

  /// Every live event of the log, replayed from scratch, passes the rules at its point.
  static func liveLogObeysRules(_ events: [RecordedEvent]) -> String? {
    let replay = Replay(events)
    let retracted = replay.retractions()
    var plan = Plan()
    for e in events where retracted[e.seq] == nil {
      if e.event.type != .eventRetracted, let problem = Rules.check(e.event, against: plan) {
        return "seq \(e.seq) \(e.event.type.rawValue): \(problem.message)"
      }
      plan.apply(e.event)
    }
    // Invariants of the folded plan.
    for (id, r) in plan.recommendations where r.status == .closed {
      for a in r.actions where plan.actions[a]?.status.isLive == true {
        return "closed \(id) has live action \(a)"
      }
    }
    for (id, a) in plan.actions {
      let done = a.status == .complete || a.status == .signedOff
      if done != (a.rag == .blue) {
        return "\(id) is \(a.status.rawValue) but rated \(String(describing: a.rag))"
      }
    }
    return nil
  }

  @Test(
    "the live log always obeys the rules; refusals change nothing", arguments: Array(UInt64(1)...8))
  func randomSequences(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let scratch = try ScratchLedger("random")
    let path = scratch.path
    let clock = Clock()
    let recorder = Recorder(path: path, now: { clock.tick() })
    _ = try recorder.record(.planCreated(title: "P", authority: "C"), actor: Self.actor)
    _ = try recorder.record(
      .sourceAdded(
        SourceDetails(
          id: "FV", sourceType: .focusedVisit, title: "FV", date: CivilDate(parsing: "2025-11-01")!)
      ),
      actor: Self.actor)
    var accepted = 0
    for _ in 0..<250 {
      let before = try Data(contentsOf: URL(fileURLWithPath: path))
      let count = try LedgerReader.read(path: path).events.count
      let body = Self.randomBody(&rng, seqCount: count)
      do {
        _ = try recorder.record(body, actor: Self.actor)
        accepted += 1
        let problem = Self.liveLogObeysRules(try LedgerReader.read(path: path).events)
        #expect(problem == nil, "after \(body): \(problem ?? "")")
      } catch {
        #expect(error.kind == .rule, "\(body): \(error)")
        #expect(
          try Data(contentsOf: URL(fileURLWithPath: path)) == before,
          "\(body) was refused but changed the file")
      }
    }
    let events = try LedgerReader.read(path: path, verify: true).events
    #expect(accepted > 15, "the sequence should exercise the rules, not only refusals")
    #expect(events.contains { $0.event.type == .eventRetracted })
    #expect(Self.liveLogObeysRules(events) == nil, "\(Self.liveLogObeysRules(events) ?? "")")
  }
}

/// A clock that moves a minute per write.
final class Clock: @unchecked Sendable {
  private let lock = NSLock()
  private var seconds = Timestamp(rfc3339: "2026-03-01T09:00:00Z")!.seconds
  func tick() -> Timestamp {
    lock.withLock {
      seconds += 60
      return Timestamp(seconds: seconds)
    }
  }
}
