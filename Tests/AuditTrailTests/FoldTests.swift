import LedgerCore
import Testing

@testable import AuditTrail

/// The diff folds its window incrementally and compares only the items each event names; these
/// tests check that against whole plans recomputed from scratch at every `seq`.
@Suite("Incremental fold")
struct FoldTests {
  let replay = SampleLog.replay

  /// Every field change between the plans after `k - 1` and `k` events, from scratch.
  func bruteForce(_ k: Int) -> Set<FieldChange> {
    let before = replay.plan(upTo: k - 1)
    let after = replay.plan(upTo: k)
    let ids = Set(before.itemIDs + after.itemIDs)
    return Set(
      ids.flatMap {
        ItemSnapshot.changes(
          $0, from: ItemSnapshot($0, in: before), to: ItemSnapshot($0, in: after))
      })
  }

  @Test("steps equal whole-plan comparisons", arguments: [(0, 20), (8, 20), (13, 18), (17, 20)])
  func steps(from: Int, to: Int) {
    let d = Diff.between(replay, from: from, to: to)
    var expected: [Int: Set<FieldChange>] = [:]
    for k in (from + 1)...to {
      let changes = bruteForce(k)
      if !changes.isEmpty { expected[k] = changes }
    }
    var actual: [Int: Set<FieldChange>] = [:]
    for step in d.steps { actual[step.event.seq] = Set(step.changes) }
    #expect(actual == expected)
  }

  @Test("the walk's plan after each event equals the plan recomputed from scratch")
  func walk() {
    var mismatches: [Int] = []
    var walk = PlanWalk(replay)
    while walk.next != nil {
      walk.step()
      let fresh = replay.plan(upTo: walk.position)
      let ids = fresh.itemIDs
      let same =
        walk.plan.itemIDs == ids && walk.plan.meetings == fresh.meetings
        && ids.allSatisfy { ItemSnapshot($0, in: walk.plan) == ItemSnapshot($0, in: fresh) }
      if !same { mismatches.append(walk.position) }
    }
    #expect(walk.position == replay.events.count)
    #expect(mismatches.isEmpty)
  }
}
