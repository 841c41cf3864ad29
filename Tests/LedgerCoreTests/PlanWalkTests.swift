import Foundation
import LedgerCore
import LedgerTestSupport
import Testing

/// The one replay walk (`PlanWalk`) and the one fold (`Replay.fold`), checked against plans
/// recomputed from scratch by `Replay.plan(upTo:)`.
@Suite("The replay walk")
struct PlanWalkTests {
  /// A log with a rating, its retraction, and events either side: seq 1…9.
  static let log: Replay = {
    var b = LogBuilder.small()
    let rated = b.events.count + 1
    b.add(.actionRated(id: "A1", rag: .red, note: "Late"))
    b.add(.actionRated(id: "A2", rag: .amber, note: "Slipping"))
    b.add(.eventRetracted(seq: rated, reason: "Wrong action"))
    b.add(.actionCompleted(id: "A2", note: "Done"))
    return Replay(b.events)
  }()

  /// The plan's stored form, which compares every field.
  static func bytes(_ plan: Plan) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return (try? encoder.encode(plan)) ?? Data()
  }

  @Test("the plan after each step equals the plan recomputed from scratch")
  func stepsMatchScratch() {
    let replay = Self.log
    var walk = PlanWalk(replay)
    var mismatches: [Int] = []
    while walk.next != nil {
      walk.step()
      if Self.bytes(walk.plan) != Self.bytes(replay.plan(upTo: walk.position)) {
        mismatches.append(walk.position)
      }
    }
    #expect(walk.position == replay.events.count)
    #expect(replay.events.contains { $0.event.type == .eventRetracted })
    #expect(mismatches.isEmpty)
    #expect(walk.plan.actions["A1"]?.rag == nil)
  }

  @Test("advancing stops at the point asked, never goes back, and stops at the end")
  func advance() {
    let replay = Self.log
    var walk = PlanWalk(replay, from: 2)
    walk.advance(to: 5)
    #expect(walk.position == 5)
    #expect(Self.bytes(walk.plan) == Self.bytes(replay.plan(upTo: 5)))
    walk.advance(to: 3)
    #expect(walk.position == 5)
    walk.advance(to: 1000)
    #expect(walk.position == replay.events.count)
    #expect(walk.next == nil)
    walk.step()
    #expect(walk.position == replay.events.count)
  }

  @Test("the fold shows each live event the plan before it, skipping the one left out")
  func foldExcluding() {
    let replay = Self.log
    let excluded = replay.events.count
    var visited: [Int] = []
    var mismatches: [Int] = []
    let plan = replay.fold(excluding: excluded) { recorded, before in
      visited.append(recorded.seq)
      if Self.bytes(before) != Self.bytes(replay.plan(upTo: recorded.seq - 1)) {
        mismatches.append(recorded.seq)
      }
    }
    let retracted = Set(replay.retractions().keys)
    #expect(retracted.count == 1)
    #expect(
      visited == replay.events.map(\.seq).filter { !retracted.contains($0) && $0 != excluded })
    #expect(plan.actions["A2"]?.status == .open)
    #expect(Self.bytes(plan) == Self.bytes(replay.plan(excluding: excluded)))
    // Before the retraction, the plan just before an event is the plan after the ones before.
    #expect(mismatches.filter { $0 <= (retracted.first ?? 0) }.isEmpty)
  }
}
